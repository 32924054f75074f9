// The server's half of TanStack Query: each page runs the queries its client components will ask
// for, under the same keys, so the first paint already has data and nothing refetches on load.
// The map's places are the exception pages leave out: Leaflet draws only in the browser, so on
// the server they would only add up to a megabyte of HTML (10,000 places) to a first paint that
// cannot show them.
import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { filtersToQuery, type Filters } from "../filters";
import { tableToQuery, type TableState } from "../filters/table";
import { queryKeys } from "../queries";
import { fetchActorOptions } from "./actors";
import { fetchEventPage } from "./events";
import { fetchMap } from "./map";
import { fetchOverview } from "./overview";
import { fetchTimeline } from "./timeline";

export type View = "overview" | "timeline" | "map" | "actorOptions" | { events: TableState };

export async function prefetch(f: Filters, views: View[]): Promise<DehydratedState> {
  const qc = new QueryClient();
  const q = filtersToQuery(f);
  await Promise.all(
    views.map((v) => {
      if (v === "overview") return qc.prefetchQuery({ queryKey: queryKeys.overview(q), queryFn: () => fetchOverview(f) });
      if (v === "timeline") return qc.prefetchQuery({ queryKey: queryKeys.timeline(q), queryFn: () => fetchTimeline(f) });
      if (v === "map") return qc.prefetchQuery({ queryKey: queryKeys.map(q), queryFn: () => fetchMap(f) });
      if (v === "actorOptions") return qc.prefetchQuery({ queryKey: queryKeys.actorOptions(), queryFn: fetchActorOptions });
      return qc.prefetchQuery({ queryKey: queryKeys.events(q, tableToQuery(v.events)), queryFn: () => fetchEventPage(f, v.events) });
    }),
  );
  return dehydrate(qc);
}
