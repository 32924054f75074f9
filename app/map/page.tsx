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
  // The places come with the page, in columns (lib/map-codec.ts), so the map draws without a round trip.
  const state = await prefetch(filters, ["actorOptions", "map"]);
  return (
    <HydrationBoundary state={state}>
      <h1>خريطة الأماكن</h1>
      <FilterBar />
      <EventMap tileUrl={readEnv().TILE_URL ?? null} tall player />
    </HydrationBoundary>
  );
}
