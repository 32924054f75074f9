"use client";
// The dates the whole data set covers, for the filter bar (its period line and its presets).
import { useQuery } from "@tanstack/react-query";
import type { DataPeriod } from "@/lib/data/period";
import { getJson } from "@/lib/queries";

export const usePeriod = () =>
  useQuery({ queryKey: ["period"], queryFn: () => getJson<DataPeriod>("/api/period"), staleTime: 5 * 60_000 });
