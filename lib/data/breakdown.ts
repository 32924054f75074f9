// Events and dead per event type and per governorate, for the overview's two bar charts.
import "server-only";
import type { BreakdownData } from "../api-types";
import { db } from "../db";
import type { Filters } from "../filters";
import { eventWhere } from "./where";

export async function fetchBreakdown(f: Filters): Promise<BreakdownData> {
  const where = eventWhere(f);
  const [byType, byGov] = await Promise.all([
    db.event.groupBy({ by: ["type"], where, _count: { _all: true }, _sum: { fatalities: true } }),
    db.event.groupBy({ by: ["admin1"], where, _count: { _all: true }, _sum: { fatalities: true } }),
  ]);
  const row = <K extends string>(key: K, g: { _count: { _all: number }; _sum: { fatalities: number | null } }, value: string | null) =>
    ({ [key]: value, events: g._count._all, fatalities: g._sum.fatalities ?? 0 }) as { [P in K]: string | null } & { events: number; fatalities: number };
  return {
    byType: byType.map((g) => row("type", g, g.type) as BreakdownData["byType"][number]).sort((a, b) => b.events - a.events || a.type.localeCompare(b.type)),
    // Events in no governorate (abroad, or placed only in "Syria") are one row, code null.
    byGov: byGov.map((g) => row("code", g, g.admin1)).sort((a, b) => b.events - a.events || (a.code ?? "~").localeCompare(b.code ?? "~")),
  };
}
