// Events and dead per event type and per governorate, for the overview's two bar charts: read off the
// filter's summary (lib/data/map.ts), which the map and the figures share, kept per write generation.
// Two groupBys over the events took ~1 s at 1,000,000 events and held the server while the page's
// scripts waited behind them.
import "server-only";
import type { BreakdownData } from "../api-types";
import type { Filters } from "../filters";
import { fetchSummary } from "./map";

export async function fetchBreakdown(f: Filters): Promise<BreakdownData> {
  const s = await fetchSummary(f);
  const placed = s.govs.reduce((n, [, events]) => n + events, 0);
  const placedKilled = s.govs.reduce((n, [, , k]) => n + k, 0);
  const byGov: BreakdownData["byGov"] = s.govs.map(([code, events, fatalities]) => ({ code, events, fatalities }));
  // Events in no governorate (abroad, or placed only in "Syria") are one row, code null.
  if (s.events > placed) byGov.push({ code: null, events: s.events - placed, fatalities: s.fatalities - placedKilled });
  return {
    byType: s.types.map(([type, events, fatalities]) => ({ type, events, fatalities })).sort((a, b) => b.events - a.events || a.type.localeCompare(b.type)),
    byGov: byGov.sort((a, b) => b.events - a.events || (a.code ?? "~").localeCompare(b.code ?? "~")),
  };
}
