// The JSON of `npm run extract`, as shared/eval/README.md specifies it.
import type { Knowledge } from "./knowledge";
import type { ExtractionResult } from "./types";

import { GOVERNORATE_BY_CODE } from "./lexicon/governorates";
import type { PlaceEntry } from "./types";

const round = (n: number) => (Number.isFinite(n) ? +n.toFixed(4) : null);

/** A governorate is also called by its short name ("حماة" for محافظة حماة). */
const shortNames = (e: PlaceEntry) => (e.kind === "governorate" && e.admin1 ? [GOVERNORATE_BY_CODE.get(e.admin1)!.nameAr] : []);

export function toContract(file: string, r: ExtractionResult, k: Knowledge) {
  const placeByKey = new Map(r.places.map((p) => [p.entry.key, p]));
  return {
    file,
    title: r.title,
    publishedAt: r.publishedAt,
    places: r.places.map((p) => ({
      name: p.entry.nameAr,
      aliases: shortNames(p.entry),
      surface: [...new Set(p.mentions.map((m) => m.surface))],
      lat: round(p.entry.lat),
      lon: round(p.entry.lon),
      geoPrecision: p.geoPrecision,
      countryCode: p.entry.countryCode,
      admin1: p.entry.admin1,
    })),
    actors: r.actors.map((a) => ({ name: a.entry.nameAr, surface: [...new Set(a.mentions.map((m) => m.surface))], kind: a.entry.kind })),
    events: r.events.map((e) => {
      const place = placeByKey.get(e.placeKey)?.entry ?? k.placeByKey.get(e.placeKey);
      return {
        type: e.type,
        subType: e.subType,
        date: e.date,
        datePrecision: e.datePrecision,
        place: place?.nameAr ?? null,
        places: place ? [...shortNames(place), e.placeSurface, ...(e.placeQualified ? [e.placeQualified] : [])] : [],
        lat: place ? round(place.lat) : null,
        lon: place ? round(place.lon) : null,
        geoPrecision: e.geoPrecision,
        fatalities: e.fatalities,
        injured: e.injured,
        actors: e.actors.map((a) => r.actors.find((x) => x.entry.key === a.key)?.entry.nameAr ?? a.key),
        evidence: e.evidence.surface,
      };
    }),
  };
}
