// The server's half of TanStack Query: each panel of a page runs the query its client component
// will ask for, under the same key (lib/queries.ts), inside its own <Suspense>, so the first paint
// already has data, nothing refetches on load, and the slowest query holds back only its panel.
// The map's places travel in columns (lib/map-codec.ts): 10,000 places fit in the page.
import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { cache } from "react";
import { readEnv } from "../env";
import { filtersToQuery, type Filters } from "../filters";
import { tableToQuery, type TableState } from "../filters/table";
import { queries, type QueryDtos } from "../queries";
import { fetchActorOptions } from "./actors";
import { fetchEventPage } from "./events";
import { fetchCompactMap } from "./map";
import { fetchOverview } from "./overview";
import { fetchTimeline } from "./timeline";

export type View = "overview" | "timeline" | "map" | "actorOptions" | { events: TableState };
type Name = Exclude<View, { events: TableState }> | "events";

/** PANEL_DELAY (tests only): "timeline:1500" holds that panel's data back, to show the others do not wait. */
function delays(): Map<string, number> {
  const raw = readEnv().PANEL_DELAY;
  return new Map((raw ? raw.split(",") : []).map((d) => d.split(":")).map(([name, ms]) => [name, Number(ms)]));
}

// One database call per view and filter set per request, however many panels read it (the
// overview's figures, rankings and latest events share one): React's per-request cache, keyed on
// the Filters object the page hands to every panel.
const load = cache(async (name: Name, f: Filters, table?: TableState): Promise<QueryDtos[Name]> => {
  const ms = delays().get(name);
  if (ms) await new Promise((r) => setTimeout(r, ms));
  if (name === "overview") return fetchOverview(f);
  if (name === "timeline") return fetchTimeline(f);
  if (name === "map") return fetchCompactMap(f);
  if (name === "actorOptions") return fetchActorOptions();
  return fetchEventPage(f, table!);
});

export async function prefetch(f: Filters, views: View[]): Promise<DehydratedState> {
  const qc = new QueryClient();
  const q = filtersToQuery(f);
  await Promise.all(
    views.map((v) => {
      // The spread keeps each key exactly the client's; the queryFn is the database instead of the API.
      if (v === "overview") return qc.prefetchQuery({ ...queries.overview(q), queryFn: () => load("overview", f) as Promise<QueryDtos["overview"]> });
      if (v === "timeline") return qc.prefetchQuery({ ...queries.timeline(q), queryFn: () => load("timeline", f) as Promise<QueryDtos["timeline"]> });
      if (v === "map") return qc.prefetchQuery({ ...queries.map(q), queryFn: () => load("map", f) as Promise<QueryDtos["map"]> });
      if (v === "actorOptions") return qc.prefetchQuery({ ...queries.actorOptions(), queryFn: () => load("actorOptions", f) as Promise<QueryDtos["actorOptions"]> });
      return qc.prefetchQuery({ ...queries.events(q, tableToQuery(v.events)), queryFn: () => load("events", f, v.events) as Promise<QueryDtos["events"]> });
    }),
  );
  return dehydrate(qc);
}
