import { Suspense } from "react";
import { BreakdownCharts } from "@/components/charts/breakdown-charts";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { FilterBar } from "@/components/filters/filter-bar";
import { EventMap } from "@/components/map/event-map";
import { PreloadMap } from "@/components/map/preload-map";
import { PrintReport } from "@/components/ui/print-report";
import { FreshnessPanel } from "@/components/overview/freshness-panel";
import { KeyFigures, LatestEvents, Rankings } from "@/components/overview/overview-view";
import { Prefetched } from "@/app/_panels/prefetched";
import { FiguresSkeleton, FilterBarSkeleton, LatestSkeleton, MapSkeleton, RankingsSkeleton, TimelineSkeleton } from "@/components/ui/skeletons";
import { fetchFreshness } from "@/lib/data/freshness";
import { readEnv } from "@/lib/env";
import { readPageParams, type SearchParams } from "@/lib/page-params";

export const dynamic = "force-dynamic";

// Every panel waits only for its own query, in its own <Suspense>: the head and the skeletons go out
// at once and each panel streams in when its data is ready (the figures, rankings and latest events
// share one overview query, read once per request). The charts by type and governorate fetch on the client.
export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await readPageParams(searchParams);
  return (
    <>
      <PreloadMap />
      <div className="page-head">
        <h1>نظرة عامة</h1>
        <PrintReport />
      </div>
      <Suspense fallback={null}>
        <FreshnessPanel freshness={fetchFreshness()} />
      </Suspense>
      <Suspense fallback={<FilterBarSkeleton />}>
        <Prefetched filters={filters} views={["actorOptions"]}><FilterBar /></Prefetched>
      </Suspense>
      <Suspense fallback={<FiguresSkeleton />}>
        <Prefetched filters={filters} views={["overview"]}><KeyFigures /></Prefetched>
      </Suspense>
      <div className="overview-grid">
        <Suspense fallback={<MapSkeleton />}>
          <Prefetched filters={filters} views={["map"]}><EventMap tileUrl={readEnv().TILE_URL ?? null} /></Prefetched>
        </Suspense>
        <Suspense fallback={<TimelineSkeleton />}>
          <Prefetched filters={filters} views={["timeline"]}><TimelineChart /></Prefetched>
        </Suspense>
      </div>
      <BreakdownCharts />
      <Suspense fallback={<RankingsSkeleton />}>
        <Prefetched filters={filters} views={["overview"]}><Rankings /></Prefetched>
      </Suspense>
      <Suspense fallback={<LatestSkeleton />}>
        <Prefetched filters={filters} views={["overview"]}><LatestEvents /></Prefetched>
      </Suspense>
    </>
  );
}
