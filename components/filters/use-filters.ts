"use client";
// The filters of the current URL, and a setter that writes them back. History entries are pushed
// without a server round trip (Next keeps useSearchParams in sync), and TanStack Query refetches.
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { EMPTY_FILTERS, filtersToQuery, parseFilters, type Filters } from "@/lib/filters";

/** `pinned` are the filters a page fixes by its path (the actor of its profile): they apply to its
 * queries but are never written to the URL. */
export function useFilters(pinned: Partial<Filters> = {}) {
  const params = useSearchParams();
  const { filters: urlFilters, notices } = useMemo(() => parseFilters(new URLSearchParams(params.toString())), [params]);
  const pinnedKey = JSON.stringify(pinned);
  const filters = useMemo(() => ({ ...urlFilters, ...(JSON.parse(pinnedKey) as Partial<Filters>) }), [urlFilters, pinnedKey]);

  const setFilters = useCallback((next: Filters) => {
    const unpinned = Object.fromEntries(Object.keys(JSON.parse(pinnedKey) as object).map((k) => [k, EMPTY_FILTERS[k as keyof Filters]]));
    // The table's sort survives a new filter; its page goes back to the first.
    const keep = new URLSearchParams();
    for (const [k, v] of new URLSearchParams(window.location.search)) if (k === "sort" || k === "dir") keep.set(k, v);
    const q = [filtersToQuery({ ...next, ...unpinned }), keep.toString()].filter(Boolean).join("&");
    window.history.pushState(null, "", q ? `?${q}` : window.location.pathname);
  }, [pinnedKey]);

  // A change applies to the URL as it is now, not as last rendered: two quick edits («from», then «to»)
  // before React re-renders would otherwise have the second drop the first (pushState is synchronous).
  const patchFilters = useCallback((patch: Partial<Filters>) => {
    setFilters({ ...parseFilters(new URLSearchParams(window.location.search)).filters, ...patch });
  }, [setFilters]);

  return { filters, urlFilters, query: filtersToQuery(filters), notices, setFilters, patchFilters };
}
