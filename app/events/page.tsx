import { HydrationBoundary } from "@tanstack/react-query";
import { EventsTable } from "@/components/events/events-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { prefetch } from "@/lib/data/prefetch";
import { readPageParams, type SearchParams } from "@/lib/page-params";

export const dynamic = "force-dynamic";
export const metadata = { title: "الأحداث" };

export default async function EventsPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, table } = await readPageParams(searchParams);
  const state = await prefetch(filters, [{ events: table }, "actorOptions"]);
  return (
    <HydrationBoundary state={state}>
      <h1>الأحداث</h1>
      <FilterBar />
      <EventsTable />
    </HydrationBoundary>
  );
}
