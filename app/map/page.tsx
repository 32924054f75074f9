import { HydrationBoundary } from "@tanstack/react-query";
import { FilterBar } from "@/components/filters/filter-bar";
import { EventMap } from "@/components/map/event-map";
import { prefetch } from "@/lib/data/prefetch";
import { readEnv } from "@/lib/env";
import { readPageParams, type SearchParams } from "@/lib/page-params";

export const dynamic = "force-dynamic";
export const metadata = { title: "الخريطة" };

export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await readPageParams(searchParams);
  const state = await prefetch(filters, ["actorOptions"]);
  return (
    <HydrationBoundary state={state}>
      <h1>خريطة الأماكن</h1>
      <FilterBar />
      <EventMap tileUrl={readEnv().TILE_URL ?? null} tall player />
    </HydrationBoundary>
  );
}
