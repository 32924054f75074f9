// Builds the lookup structures extraction needs from plain data (gazetteer rows, the curated
// supplement, the actor knowledge base). Pure: lib/ingest/load-knowledge.ts does the reading.
import { fold } from "./normalize";
import { NameIndex } from "./matcher";
import { GOVERNORATES } from "./lexicon/governorates";
import { AMBIGUOUS_PLACE_WORDS, COMPOUND_PREFIXES, PLACE_CUES } from "./lexicon/places";
import { governorateAt, nearestGovernorate, shapesFromGeoJson, type GovernorateShape } from "./geo";
import { buildPeriodIndex, type AliasPeriod, type PeriodIndex } from "./periods";
import type { ActorEntry, ActorKind, PlaceEntry } from "./types";
import COMMON_WORDS from "./data/common-words.json";

export type GeonamesRow = [number, string[], number, number, string, string, number, string];
export interface CountryRow { code: string; names: string[]; nameEn: string; lat: number; lon: number }
export interface SupplementRow { name: string; variants: string[]; en: string; kind: string; lat: number; lon: number; gov: string }
export interface ActorRow {
  id: string; name: string; en: string; kind: ActorKind; aliases: string[]; weakAliases?: string[];
  adjectives?: string[]; affiliation: string | null; description?: string;
  /** Readings of an alias by period (lib/extract/periods.ts): «الجيش السوري» after 8 December 2024. */
  periods?: AliasPeriod[];
  /** Where the facts come from, or why the entry is there (documentation only). */
  source?: string;
}

export interface KnowledgeData {
  geonames: GeonamesRow[];
  countries: CountryRow[];
  supplement: SupplementRow[];
  actors: ActorRow[];
  governorates: { features: { properties: { code: string }; geometry: { type: string; coordinates: unknown } }[] };
  /** Folded names that are also ordinary words (scripts/build-common-words.ts); the committed list by default. */
  commonWords?: { places: Record<string, unknown>; actors: Record<string, unknown> };
}

export interface Knowledge {
  places: NameIndex<PlaceEntry>;
  placeByKey: Map<string, PlaceEntry>;
  actors: NameIndex<ActorEntry>;
  weakActors: NameIndex<ActorEntry>;
  stateAdjectives: NameIndex<ActorEntry>;
  /** The same adjectives without ال, nisba forms only ("روسية", "تركي"): read after an indefinite noun ("طائرات روسية"). */
  indefiniteStateAdjectives: NameIndex<ActorEntry>;
  actorByKey: Map<string, ActorEntry>;
  actorPeriods: PeriodIndex;
  shapes: GovernorateShape[];
  /** Folded place names and actor aliases that are also ordinary words: read as such only with evidence. */
  commonPlaceNames: ReadonlySet<string>;
  commonActorNames: ReadonlySet<string>;
}

/** Spellings news uses for countries beyond the ISO Arabic names. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ["أمريكا", "أميركا", "الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
  GB: ["بريطانيا", "المملكة المتحدة"], RU: ["روسيا", "روسيا الاتحادية"], SY: ["سوريا", "سورية", "الأراضي السورية"], TR: ["تركيا"],
  IR: ["إيران"], IL: ["إسرائيل"], PS: ["فلسطين"], KR: ["كوريا الجنوبية"], KP: ["كوريا الشمالية"], CN: ["الصين"],
  AE: ["الإمارات"], SA: ["السعودية"], NL: ["هولندا"], CZ: ["التشيك"], DE: ["ألمانيا"], FR: ["فرنسا"],
};

const KIND_RANK: Record<string, number> = {
  country: 400, governorate: 320, city: 300, district: 260, subdistrict: 220, town: 200, camp: 190, crossing: 190,
  airport: 180, base: 170, dam: 170, neighbourhood: 160, region: 150, mountain: 150, plain: 140, village: 120, hill: 110,
};

const FEATURE_KIND: Record<string, string> = { PPLC: "city", PPLA: "city", PPLA2: "city", PPLA3: "town", PPLA4: "town" };

/**
 * The Arab world and its neighbours, where conflict news names small capitals without a preposition
 * ("أعلنت المنامة"); a small capital further away (Dili, Victoria) is named only after one ("في ديلي"),
 * so "ديلي ميل" (Daily Mail) and "فيكتوريا سيكريت" are not read as them.
 */
const inRegion = (lat: number, lon: number) => lat >= 0 && lat <= 45 && lon >= -20 && lon <= 65;

export function placeRank(p: PlaceEntry): number {
  return (p.countryCode === "SY" ? 1000 : 0) + (KIND_RANK[p.kind] ?? 100) + Math.log10(1 + p.population) * 20 + (p.origin === "supplement" ? 15 : 0);
}

const COMPOUND_LIST = COMPOUND_PREFIXES.map(fold).sort((a, b) => b.length - a.length);
const COMPOUND = new Set(COMPOUND_LIST);
const DIRECTIONAL = /^(ريف|شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي) /;
const CUE_WORDS = new Set(Object.keys(PLACE_CUES).map(fold));
const AMBIGUOUS = new Set(AMBIGUOUS_PLACE_WORDS.map(fold));

export function buildKnowledge(data: KnowledgeData): Knowledge {
  const shapes = shapesFromGeoJson(data.governorates);
  const places = new NameIndex<PlaceEntry>();
  const placeByKey = new Map<string, PlaceEntry>();

  // Spacing variants: "ديرالزور", "جسرالشغور" are written without the space, "كفرحمرة" with one.
  // They are added last, and only where no place has that name as written.
  const variants: [string, PlaceEntry][] = [];
  const addPlace = (entry: PlaceEntry, names: string[]) => {
    placeByKey.set(entry.key, entry);
    for (const name of new Set(names)) {
      places.add(name, entry);
      const words = fold(name).split(" ");
      if (words.length === 2 && (words[1].startsWith("ال") || COMPOUND.has(words[0]))) variants.push([words.join(""), entry]);
      if (words.length === 1) {
        const prefix = COMPOUND_LIST.find((c) => words[0].startsWith(c) && words[0].length - c.length >= 3);
        if (prefix) variants.push([`${prefix} ${words[0].slice(prefix.length)}`, entry]);
      }
    }
  };
  // A one-word village whose name is a definite noun (الزيارة، الدرة) reads as that noun unless a cue
  // word or a list of places says otherwise.
  const isSmallDefinite = (name: string, kind: string) =>
    ["village", "hill", "neighbourhood"].includes(kind) && !fold(name).includes(" ") && fold(name).startsWith("ال");
  const isAmbiguous = (names: string[], kind: string) =>
    kind !== "governorate" && kind !== "country" && names.some((n) => AMBIGUOUS.has(fold(n)));

  for (const g of GOVERNORATES) {
    addPlace({
      key: `gov:${g.code}`, nameAr: g.regionNames[0], nameEn: `${g.nameEn} Governorate`, kind: "governorate",
      lat: g.lat, lon: g.lon, countryCode: "SY", admin1: g.code, geonamesId: null, population: 0,
      origin: "governorate", precision: 3, ambiguous: false, major: true, aliases: g.regionNames.slice(1),
    }, g.regionNames);
  }

  for (const c of data.countries) {
    const names = [...c.names, ...(COUNTRY_ALIASES[c.code] ?? [])];
    addPlace({
      key: `country:${c.code}`, nameAr: COUNTRY_ALIASES[c.code]?.[0] ?? c.names[0], nameEn: c.nameEn, kind: "country",
      lat: c.lat, lon: c.lon, countryCode: c.code, admin1: null, geonamesId: null, population: 0,
      origin: "country", precision: 3, ambiguous: false, major: false, aliases: names,
    }, names);
  }

  const capitals = new Map(GOVERNORATES.map((g) => [fold(g.capitalAr), g]));
  for (const [id, allNames, lat, lon, cc, code, population, ascii] of data.geonames) {
    // Abroad, a name that is also a common word (المدينة for Medina, مدينه) is never read as that city.
    const names = cc === "SY" ? allNames : allNames.filter((n) => !AMBIGUOUS.has(fold(n)) && !CUE_WORDS.has(fold(n)));
    if (names.length === 0) continue;
    const admin1 = cc === "SY" ? nearestGovernorate(shapes, lat, lon) : null;
    const main = cc === "SY" ? names.find((n) => capitals.get(fold(n))?.code === admin1) ?? names[0] : names[0];
    const kind = FEATURE_KIND[code] ?? (population > 50000 ? "city" : "town");
    addPlace({
      key: `gn:${id}`, nameAr: main, nameEn: ascii, kind, lat, lon, countryCode: cc, admin1, geonamesId: id, population,
      origin: "geonames", precision: 1, ambiguous: isAmbiguous(names, kind), major: (code === "PPLC" && inRegion(lat, lon)) || population >= 1_000_000, aliases: names.filter((n) => n !== main),
    }, names);
  }

  // "حي عكرمة"، "بلدة الصور": an entry written with its cue word (to be matched only with it) is named without it.
  const bareName = (name: string) => name.replace(/^(حي|بلدة|قرية|مدينة) (?=\S)/, "");
  for (const s of data.supplement) {
    // "ريف إدلب الجنوبي", "جنوب إدلب": a direction from a governorate is read as that governorate
    // with geo-precision 2 (places.ts), not as a place of its own.
    if (DIRECTIONAL.test(fold(s.name))) continue;
    const names = [s.name, ...(s.variants ?? []).filter((v) => !DIRECTIONAL.test(fold(v)))];
    const key = `sup:${s.gov}:${fold(s.name).replace(/ /g, "-")}:${s.lat.toFixed(2)},${s.lon.toFixed(2)}`;
    addPlace({
      key, nameAr: bareName(s.name), nameEn: s.en, kind: s.kind, lat: s.lat, lon: s.lon, countryCode: "SY",
      admin1: s.gov || governorateAt(shapes, s.lat, s.lon), geonamesId: null, population: 0, origin: "supplement",
      precision: s.kind === "region" ? 2 : 1, ambiguous: isAmbiguous(names, s.kind) || isSmallDefinite(s.name, s.kind), major: false, aliases: s.variants ?? [],
    }, names);
  }

  const written = new Set(variants.map(([v]) => v).filter((v) => places.get(v)));
  for (const [v, entry] of variants) if (!written.has(v)) places.add(v, entry);

  const actors = new NameIndex<ActorEntry>();
  const weakActors = new NameIndex<ActorEntry>();
  const stateAdjectives = new NameIndex<ActorEntry>();
  const indefiniteStateAdjectives = new NameIndex<ActorEntry>();
  const actorByKey = new Map<string, ActorEntry>();
  for (const a of data.actors) {
    const entry: ActorEntry = {
      key: `kb:${a.id}`, nameAr: a.name, nameEn: a.en, kind: a.kind, aliases: a.aliases ?? [], weakAliases: a.weakAliases ?? [],
      adjectives: a.adjectives ?? [], affiliation: a.affiliation ? `kb:${a.affiliation}` : null, description: a.description ?? null,
      origin: "kb",
    };
    actorByKey.set(entry.key, entry);
    for (const n of [a.name, ...entry.aliases]) actors.add(n, entry);
    for (const n of entry.weakAliases) weakActors.add(n, entry);
    for (const n of entry.adjectives) {
      stateAdjectives.add(n, entry);
      // "الروسية" → "روسية"; not the plurals of people ("الأتراك" → "أتراك" names people, not the state).
      if (/^ال.+(ي|ية|يه)$/.test(n)) indefiniteStateAdjectives.add(n.slice(2), entry);
    }
  }

  const common = data.commonWords ?? COMMON_WORDS;
  return {
    places, placeByKey, actors, weakActors, stateAdjectives, indefiniteStateAdjectives, actorByKey, actorPeriods: buildPeriodIndex(data.actors), shapes,
    commonPlaceNames: new Set(Object.keys(common.places)), commonActorNames: new Set(Object.keys(common.actors)),
  };
}
