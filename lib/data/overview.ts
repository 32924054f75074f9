// The overview's figures, top actors and places, and latest events for a filter.
import "server-only";
import type { OverviewData, Ranked } from "../api-types";
import { db } from "../db";
import { hasFilters, type Filters } from "../filters";
import { eventRowSelect, toEventRows } from "./event-rows";
import { eventWhere } from "./where";

const TOP = 10;

export async function fetchOverview(f: Filters): Promise<OverviewData> {
  const where = eventWhere(f);
  // Without filters, the join to Event would only cost time.
  const related = hasFilters(f) ? { event: where } : {};
  const [count, sums, byPlace, byActor, byArticle, latest] = await Promise.all([
    db.event.count({ where }),
    db.event.aggregate({ where, _sum: { fatalities: true } }),
    db.event.groupBy({ by: ["placeId"], where: { AND: [where, { placeId: { not: null } }] }, _count: { _all: true }, _sum: { fatalities: true } }),
    db.eventActor.groupBy({ by: ["actorId"], where: related, _count: { _all: true } }),
    db.eventSource.groupBy({ by: ["articleId"], where: related }),
    db.event.findMany({ where, orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: 8, select: eventRowSelect }),
  ]);
  // An actor with several roles in one event is counted once per role by the group; close enough
  // for ranking, and the profile page counts exactly.
  const topPlaceRows = byPlace.sort((a, b) => b._count._all - a._count._all || a.placeId! - b.placeId!).slice(0, TOP);
  const topActorRows = byActor.sort((a, b) => b._count._all - a._count._all || a.actorId - b.actorId).slice(0, TOP);
  const [places, actors, rows] = await Promise.all([
    db.place.findMany({ where: { id: { in: topPlaceRows.map((p) => p.placeId!) } }, select: { id: true, nameAr: true, admin1: true } }),
    db.actor.findMany({ where: { id: { in: topActorRows.map((a) => a.actorId) } }, select: { id: true, nameAr: true, kind: true } }),
    toEventRows(latest),
  ]);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const topPlaces: Ranked[] = topPlaceRows.map((p) => ({
    id: p.placeId!, name: placeById.get(p.placeId!)?.nameAr ?? "؟", events: p._count._all, detail: placeById.get(p.placeId!)?.admin1 ?? undefined,
  }));
  const topActors: Ranked[] = topActorRows.map((a) => ({
    id: a.actorId, name: actorById.get(a.actorId)?.nameAr ?? "؟", events: a._count._all, detail: actorById.get(a.actorId)?.kind,
  }));
  return {
    figures: { events: count, fatalities: sums._sum.fatalities ?? 0, places: byPlace.length, actors: byActor.length, articles: byArticle.length },
    topActors, topPlaces, latest: rows,
  };
}
