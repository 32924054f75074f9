// One definition per query: its key, its API path, the browser's fetcher and the type of what it
// returns. The server's prefetch (lib/data/prefetch.ts) reuses the key and type with its own
// database call, the route handlers declare the same type, and the client components use the
// options as they are, so a new panel adds one entry here. The key holds the canonical query
// string of the filters.
import { queryOptions } from "@tanstack/react-query";
import type { ActorOption, EventPage, MapData, OverviewData, TimelineData } from "./api-types";
import { decodeMap, type CompactMap } from "./map-codec";

/** What each API route returns: the route handlers' `jsonRoute<…>` and the prefetch are checked against it. */
export interface QueryDtos {
  overview: OverviewData;
  timeline: TimelineData;
  /** Columns, not objects (lib/map-codec.ts); components read it decoded through `select`. */
  map: CompactMap;
  events: EventPage;
  actorOptions: ActorOption[];
}

export const apiPaths = {
  overview: (q: string) => `/api/overview?${q}`,
  timeline: (q: string) => `/api/timeline?${q}`,
  map: (q: string) => `/api/map?${q}`,
  events: (q: string, table: string) => `/api/events?${[q, table].filter(Boolean).join("&")}`,
  actorOptions: () => "/api/actors/options",
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
};

/** The keys alone, for reading the cache (`getQueryData`). */
export const queryKeys = {
  overview: (q: string) => queries.overview(q).queryKey,
  timeline: (q: string) => queries.timeline(q).queryKey,
  map: (q: string) => queries.map(q).queryKey,
  events: (q: string, table: string) => queries.events(q, table).queryKey,
  actorOptions: () => queries.actorOptions().queryKey,
};
