// A server component around one panel (in app/: it reads the database through lib/data, which
// components may not): it waits for that panel's queries only and hands their
// data to the client components inside. Put it in a <Suspense> with the panel's skeleton so the
// rest of the page streams past it.
import { HydrationBoundary } from "@tanstack/react-query";
import { prefetch, type View } from "@/lib/data/prefetch";
import type { Filters } from "@/lib/filters";

export async function Prefetched({ filters, views, children }: { filters: Filters; views: View[]; children: React.ReactNode }) {
  const state = await prefetch(filters, views);
  return <HydrationBoundary state={state}>{children}</HydrationBoundary>;
}
