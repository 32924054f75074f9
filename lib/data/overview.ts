// The overview's figures, top actors and places, and latest events for a filter.
import "server-only";
import type { OverviewData, Ranked } from "../api-types";
import { db } from "../db";
import { hasFilters, type Filters } from "../filters";
import { eventRowSelect, toEventRows } from "./event-rows";
import { rankActors } from "./rank";
import { eventWhere } from "./where";

const TOP = 10;

export async function fetchOverview(f: Filters): Promise<OverviewData> {
  const where = eventWhere(f);
  // Without filters, the join to Event would only cost time.
  const related = hasFilters(f) ? { event: where } : {};
  const [totals, byPlace, byActor, byArticle, latest] = await Promise.all([
    db.event.aggregate({ where, _count: { _all: true }, _sum: { fatalities: true } }),
    db.event.groupBy({ by: ["placeId"], where: { AND: [where, { placeId: { not: null } }] }, _count: { _all: true }, _sum: { fatalities: true } }),
    rankActors(related, TOP),
    db.eventSource.groupBy({ by: ["articleId"], where: related }),
    db.event.findMany({ where, orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: 8, select: eventRowSelect }),
  ]);
  const topPlaceRows = byPlace.sort((a, b) => b._count._all - a._count._all || a.placeId! - b.placeId!).slice(0, TOP);
  const [places, rows] = await Promise.all([
    db.place.findMany({ where: { id: { in: topPlaceRows.map((p) => p.placeId!) } }, select: { id: true, nameAr: true, admin1: true } }),
    toEventRows(latest),
  ]);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const topPlaces: Ranked[] = topPlaceRows.map((p) => ({
    id: p.placeId!, name: placeById.get(p.placeId!)?.nameAr ?? "؟", events: p._count._all, detail: placeById.get(p.placeId!)?.admin1 ?? undefined,
  }));
  return {
    figures: { events: totals._count._all, fatalities: totals._sum.fatalities ?? 0, places: byPlace.length, actors: byActor.distinct, articles: byArticle.length },
    topActors: byActor.ranked, topPlaces, latest: rows,
  };
}
