// Regressions found while testing: a cut search text must stay canonical, and a synthetic event must
// report only the injured and the actors its sentence states.
import { describe, expect, it } from "vitest";
import { filtersToQuery, parseFilters } from "@/lib/filters";
import { generate } from "@/lib/synth/generate";
import type { ActorEntry, ActorKind, PlaceEntry } from "@/lib/extract/types";

describe("lib/filters: a truncated q stays canonical", () => {
  it.each([["space at char 200", "ق".repeat(199) + " " + "حلب".repeat(10)], ["emoji cut in half", "a" + "😀".repeat(150)]])("%s", (_, long) => {
    const { filters: f } = parseFilters(new URLSearchParams({ q: long }));
    expect(parseFilters(new URLSearchParams(filtersToQuery(f))).filters).toEqual(f);
  });
});

const place = (key: string, nameAr: string, lat: number, lon: number, admin1: string): PlaceEntry => ({ key, nameAr, nameEn: null, kind: "town", lat, lon, countryCode: "SY", admin1, geonamesId: null, population: 1, origin: "geonames", precision: 1, ambiguous: false, major: false, aliases: [] });
const actor = (key: string, nameAr: string, kind: ActorKind): ActorEntry => ({ key, nameAr, nameEn: null, kind, aliases: [], weakAliases: [], adjectives: [], affiliation: null, description: null, origin: "kb" });
const data = generate([place("p:saraqib", "سراقب", 35.8626, 36.8064, "SY-ID"), place("p:douma", "دوما", 33.5711, 36.4028, "SY-RD")],
  [actor("a:saa", "قوات النظام", "government_forces"), actor("a:hts", "هيئة تحرير الشام", "armed_group"), actor("a:ru", "روسيا", "state"), actor("a:cd", "الدفاع المدني السوري", "civil_society")],
  { events: 200, places: 10, seed: 99 });
const events = data.articles.flatMap((a) => a.events);

describe("lib/synth/generate: the injured count agrees with the sentence", () => {
  it("the sentence states the injured the event reports, and the event reports the injured the sentence states", () => {
    for (const e of events) {
      const stated = e.sentence.surface.match(/(?:إصابة|جرح|أصيب) (\d+)/);
      expect(e.injured, `${e.subType}: ${e.sentence.surface}`).toBe(stated ? Number(stated[1]) : 0);
    }
  });
});

describe("lib/synth/generate: every event actor is named in its sentence", () => {
  it("every actor of an event has a span in its sentence", () => {
    for (const e of events) for (const a of e.actors) expect(e.actorSpans.map((s) => s.key), `${a.role} of: ${e.sentence.surface}`).toContain(a.key);
  });
});
