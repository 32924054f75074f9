import { HydrationBoundary } from "@tanstack/react-query";
import { BreakdownCharts } from "@/components/charts/breakdown-charts";
import { Suspense } from "react";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { FilterBar } from "@/components/filters/filter-bar";
import { EventMap } from "@/components/map/event-map";
import { PrintReport } from "@/components/ui/print-report";
import { FreshnessPanel } from "@/components/overview/freshness-panel";
import { KeyFigures, LatestEvents, Rankings } from "@/components/overview/overview-view";
import { fetchFreshness } from "@/lib/data/freshness";
import { prefetch } from "@/lib/data/prefetch";
import { readEnv } from "@/lib/env";
import { readPageParams, type SearchParams } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await readPageParams(searchParams);
  const state = await prefetch(filters, ["overview", "timeline", "actorOptions"]);
  return (
    <HydrationBoundary state={state}>
      <div className="page-head">
        <h1>نظرة عامة</h1>
        <PrintReport />
      </div>
      <Suspense fallback={null}>
        <FreshnessPanel freshness={fetchFreshness()} />
      </Suspense>
      <FilterBar />
      <KeyFigures />
      <div className="overview-grid">
        <EventMap tileUrl={readEnv().TILE_URL ?? null} />
        <TimelineChart />
      </div>
      <BreakdownCharts />
      <Rankings />
      <LatestEvents />
    </HydrationBoundary>
  );
}
