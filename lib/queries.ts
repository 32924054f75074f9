// One definition per query: its key, its API path, the browser's fetcher and the type of what it
// returns. The server's prefetch (lib/data/prefetch.ts) reuses the key and type with its own
// database call, the route handlers declare the same type, and the client components use the
// options as they are, so a new panel adds one entry here. The key holds the canonical query
// string of the filters.
import { queryOptions } from "@tanstack/react-query";
import type { ActorOption, BreakdownData, EventPage, MapData, OverviewData, PlaceOption, Suggestion, TimelineData } from "./api-types";
import { decodeMap, type CompactMap } from "./map-codec";

/** What each API route returns: the route handlers' `jsonRoute<…>` and the prefetch are checked against it. */
export interface QueryDtos {
  overview: OverviewData;
  timeline: TimelineData;
  /** Columns, not objects (lib/map-codec.ts); components read it decoded through `select`. */
  map: CompactMap;
  events: EventPage;
  actorOptions: ActorOption[];
  breakdown: BreakdownData;
  placeOptions: PlaceOption[];
  suggest: Suggestion[];
}

export const apiPaths = {
  overview: (q: string) => `/api/overview?${q}`,
  timeline: (q: string) => `/api/timeline?${q}`,
  map: (q: string) => `/api/map?${q}`,
  events: (q: string, table: string) => `/api/events?${[q, table].filter(Boolean).join("&")}`,
  actorOptions: () => "/api/actors/options",
  breakdown: (q: string) => `/api/breakdown?${q}`,
  placeOptions: (q: string) => `/api/places/options?${new URLSearchParams({ search: q })}`,
  placeOption: (id: number) => `/api/places/options?id=${id}`,
  suggest: (text: string) => `/api/suggest?${new URLSearchParams({ q: text })}`,
  csv: (q: string) => `/api/export/events.csv${q ? `?${q}` : ""}`,
  geojson: (q: string) => `/api/export/events.geojson${q ? `?${q}` : ""}`,
};

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `الخادم أجاب ${res.status}`);
  }
  return (await res.json()) as T;
}

// Decoding is memoised by TanStack Query per data object, so a re-render does not decode again.
const selectMap = (c: CompactMap): MapData => decodeMap(c);

export const queries = {
  overview: (q: string) => queryOptions({ queryKey: ["overview", q] as const, queryFn: () => getJson<QueryDtos["overview"]>(apiPaths.overview(q)) }),
  timeline: (q: string) => queryOptions({ queryKey: ["timeline", q] as const, queryFn: () => getJson<QueryDtos["timeline"]>(apiPaths.timeline(q)) }),
  map: (q: string) => queryOptions({ queryKey: ["map", q] as const, queryFn: () => getJson<QueryDtos["map"]>(apiPaths.map(q)), select: selectMap }),
  events: (q: string, table: string) => queryOptions({ queryKey: ["events", q, table] as const, queryFn: () => getJson<QueryDtos["events"]>(apiPaths.events(q, table)) }),
  actorOptions: () => queryOptions({ queryKey: ["actor-options"] as const, queryFn: () => getJson<QueryDtos["actorOptions"]>(apiPaths.actorOptions()) }),
  breakdown: (q: string) => queryOptions({ queryKey: ["breakdown", q] as const, queryFn: () => getJson<QueryDtos["breakdown"]>(apiPaths.breakdown(q)) }),
  /** Places whose Arabic or English name holds the text (the filter bar's place box). */
  placeOptions: (search: string) => queryOptions({ queryKey: ["place-options", search] as const, queryFn: () => getJson<QueryDtos["placeOptions"]>(apiPaths.placeOptions(search)) }),
  /** The chosen place by its id (same answer shape as placeOptions). */
  placeOption: (id: number) => queryOptions({ queryKey: ["place-option", id] as const, queryFn: () => getJson<QueryDtos["placeOptions"]>(apiPaths.placeOption(id)) }),
  suggest: (text: string) => queryOptions({ queryKey: ["suggest", text] as const, queryFn: () => getJson<QueryDtos["suggest"]>(apiPaths.suggest(text)) }),
};

/** The keys alone, for reading the cache (`getQueryData`). */
export const queryKeys = {
  overview: (q: string) => queries.overview(q).queryKey,
  timeline: (q: string) => queries.timeline(q).queryKey,
  map: (q: string) => queries.map(q).queryKey,
  events: (q: string, table: string) => queries.events(q, table).queryKey,
  actorOptions: () => queries.actorOptions().queryKey,
  breakdown: (q: string) => queries.breakdown(q).queryKey,
  placeOptions: (search: string) => queries.placeOptions(search).queryKey,
  placeOption: (id: number) => queries.placeOption(id).queryKey,
  suggest: (text: string) => queries.suggest(text).queryKey,
};
