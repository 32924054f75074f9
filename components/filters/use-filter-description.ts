"use client";
// The active filters as one Arabic line (for chart headers and exports), naming the actor and the place
// when the filter bar has loaded their names.
import { useQueryClient } from "@tanstack/react-query";
import type { ActorOption, PlaceOption } from "@/lib/api-types";
import type { Filters } from "@/lib/filters";
import { describeFilters } from "@/lib/filters/describe";
import { queryKeys } from "@/lib/queries";

export function useFilterDescription(f: Filters, names: { actor?: string; place?: string } = {}): string {
  const client = useQueryClient();
  const options = client.getQueryData<ActorOption[]>(queryKeys.actorOptions());
  const actor = names.actor ?? options?.find((a) => a.id === f.actor)?.name;
  const place = names.place ?? (f.place ? client.getQueryData<PlaceOption[]>(queryKeys.placeOption(f.place))?.[0]?.name : undefined);
  return describeFilters(f, { actor, place });
}
