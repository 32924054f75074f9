import type { Trace } from "./rules/trace";
// The plain data extraction produces. The JSON of `npm run extract` (shared/eval/README.md) is a
// projection of ExtractionResult; ingestion stores all of it, spans included.

export type ActorKind =
  | "person" | "state" | "government_forces" | "armed_group" | "political_body"
  | "international_org" | "media" | "civil_society";

export type EventType =
  | "Battles" | "Explosions/Remote violence" | "Violence against civilians"
  | "Protests" | "Riots" | "Strategic developments";

export interface Span {
  start: number;
  end: number;
  surface: string;
}

export interface PlaceEntry {
  key: string;
  nameAr: string;
  nameEn: string | null;
  kind: string;
  lat: number;
  lon: number;
  countryCode: string;
  admin1: string | null;
  geonamesId: number | null;
  population: number;
  origin: "geonames" | "supplement" | "governorate" | "country" | "inferred";
  /** ACLED geo-precision of a mention that resolves to this entry. */
  precision: 1 | 2 | 3;
  /** A common word as well as a name: needs a cue word or a list of places around it. */
  ambiguous: boolean;
  /** A capital or a city of a million: named abroad without "في"/"إلى" and still meant as the place. */
  major: boolean;
  aliases: string[];
}

export interface ActorEntry {
  key: string;
  nameAr: string;
  nameEn: string | null;
  kind: ActorKind;
  aliases: string[];
  weakAliases: string[];
  adjectives: string[];
  affiliation: string | null;
  description: string | null;
  origin: "kb" | "inferred";
}

export interface FoundPlace {
  entry: PlaceEntry;
  /** Precision of this article's mentions (2 when only located through a region). */
  geoPrecision: 1 | 2 | 3;
  mentions: Span[];
}

export interface FoundActor {
  entry: ActorEntry;
  mentions: Span[];
}

export interface FoundDate {
  iso: string;
  precision: 1 | 2 | 3;
  span: Span;
}

export interface Statement {
  actorKey: string;
  sentence: Span;
}

export interface ExtractedEvent {
  type: EventType;
  subType: string;
  date: string | null;
  datePrecision: 1 | 2 | 3 | null;
  placeKey: string;
  /** the place as the evidence sentence writes it */
  placeSurface: string;
  /** the place as written with the directions that narrow it ("ريف درعا الجنوبي الغربي"), when longer */
  placeQualified?: string;
  geoPrecision: 1 | 2 | 3;
  fatalities: number | null;
  injured: number | null;
  arrested: number | null;
  actors: { key: string; role: "actor1" | "actor2" | "associated" }[];
  evidence: Span;
  confidence: number;
  fromTicker: boolean;
}

export interface ExtractionResult {
  /** with ArticleMeta.explain: each rule that fired, in order */
  trace?: Trace;
  title: string;
  source: string | null;
  publishedAt: string | null;
  datePrecision: 1 | 2 | 3 | null;
  dateEvidence: Span | null;
  places: FoundPlace[];
  actors: FoundActor[];
  dates: FoundDate[];
  statements: Statement[];
  events: ExtractedEvent[];
}
