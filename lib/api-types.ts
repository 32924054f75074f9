// The shapes the data layer returns and the API serves: plain JSON (dates as ISO strings), so the
// server's prefetch and the client's refetch hold exactly the same data.

export interface Highlight {
  /** Offsets within the evidence sentence. */
  start: number;
  end: number;
  kind: "place" | "actor";
  id: number;
}

export interface EventRow {
  id: number;
  type: string;
  subType: string;
  date: string | null;
  datePrecision: number | null;
  fatalities: number | null;
  injured: number | null;
  arrested: number | null;
  geoPrecision: number;
  confidence: number;
  place: { id: number; name: string; admin1: string | null } | null;
  actors: { id: number; name: string; role: string }[];
  evidence: string;
  highlights: Highlight[];
  /** The first article that reports it, and where in that article the sentence starts. */
  source: { articleId: number; start: number; title: string } | null;
  sourceCount: number;
  /** unreviewed | confirmed | corrected | rejected */
  reviewStatus: string;
}

export interface Figures {
  events: number;
  fatalities: number;
  places: number;
  actors: number;
  articles: number;
}

export interface Ranked {
  id: number;
  name: string;
  events: number;
  detail?: string;
}

export interface OverviewData {
  figures: Figures;
  topActors: Ranked[];
  topPlaces: Ranked[];
  latest: EventRow[];
}

export type TimeUnit = "day" | "week" | "month";

export interface TimelineBucket {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  end: string;
  total: number;
  fatalities: number;
  /** Counts keyed by event type slug. */
  [slug: string]: string | number;
}

export interface TimelineData {
  unit: TimeUnit;
  buckets: TimelineBucket[];
  undated: number;
}

export interface MapPlace {
  id: number;
  name: string;
  lat: number;
  lon: number;
  /** ACLED geo-precision: 1 exact, 2 near, 3 governorate only. */
  precision: number;
  kind: string;
  admin1: string | null;
  events: number;
  fatalities: number;
  /** The ACLED type with most events there. */
  type: string;
}

export interface MapData {
  places: MapPlace[];
  governorates: { code: string; events: number; fatalities: number }[];
  /** Events in the filtered set that have no coordinates (shown as a count, never invented). */
  unlocated: number;
}

export interface EventPage {
  total: number;
  page: number;
  pageSize: number;
  rows: EventRow[];
}

export interface ActorOption {
  id: number;
  name: string;
}

/** A place the filter bar's place search offers: its Arabic name, English name and governorate. */
export interface PlaceOption {
  id: number;
  name: string;
  nameEn: string | null;
  admin1: string | null;
  events: number;
}

/** Events and dead per event type (ACLED name) and per governorate (ISO code; null = none). */
export interface BreakdownData {
  byType: { type: string; events: number; fatalities: number }[];
  byGov: { code: string | null; events: number; fatalities: number }[];
}

/** What the search box suggests as the user types: places and actors whose folded names contain the text. */
export interface Suggestion {
  kind: "place" | "actor";
  id: number;
  name: string;
  /** The governorate of a place (SY-ID…), or the English name of an actor. */
  detail: string | null;
}
