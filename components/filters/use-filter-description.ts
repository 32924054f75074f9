"use client";
// The active filters as one Arabic line (for chart headers and exports), naming the actor when the
// filter bar's list knows it.
import { useQueryClient } from "@tanstack/react-query";
import type { ActorOption } from "@/lib/api-types";
import type { Filters } from "@/lib/filters";
import { describeFilters } from "@/lib/filters/describe";
import { queryKeys } from "@/lib/queries";

export function useFilterDescription(f: Filters, names: { actor?: string; place?: string } = {}): string {
  const options = useQueryClient().getQueryData<ActorOption[]>(queryKeys.actorOptions());
  const actor = names.actor ?? options?.find((a) => a.id === f.actor)?.name;
  return describeFilters(f, { actor, place: names.place });
}
