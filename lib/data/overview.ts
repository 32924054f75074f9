// The overview's figures, top actors and places, and latest events for a filter.
import "server-only";
import type { OverviewData, Ranked } from "../api-types";
import { db, dialect } from "../db";
import { hasFilters, type Filters } from "../filters";
import { cachedByGeneration } from "./cache";
import { DEFAULT_TABLE } from "../filters/table";
import { eventIdsPage, inIdOrder } from "./event-page-sql";
import { eventRowSelect, toEventRows } from "./event-rows";
import { rankActors, rankActorsSql } from "./rank";
import { rollupCanAnswer, rollupWhere } from "./rollup";
import { sqlWhere } from "./sql-where";
import { eventWhere } from "./where";

const TOP = 10;
const LATEST = 8;

type Num = number | bigint;
type PlaceCount = { placeId: number; events: number };
type Totals = { events: number; fatalities: number; byPlace: PlaceCount[] };

/** Events, fatalities and events per place, from the roll-up (lib/data/rollup.ts). */
export async function totalsFromRollup(f: Filters): Promise<Totals> {
  const where = rollupWhere(f);
  const [sums, byPlace] = await Promise.all([
    db.eventRollup.aggregate({ where, _sum: { events: true, fatalities: true } }),
    db.eventRollup.groupBy({ by: ["placeId"], where: { AND: [where, { placeId: { not: 0 } }] }, _sum: { events: true } }),
  ]);
  return { events: sums._sum.events ?? 0, fatalities: sums._sum.fatalities ?? 0, byPlace: byPlace.map((p) => ({ placeId: p.placeId, events: p._sum.events ?? 0 })) };
}

/** The same, from the event table (the SQL filter: FTS5 / pg_trgm for text): for the filters the roll-up cannot answer. */
export async function totalsFromEvents(f: Filters): Promise<Totals> {
  const where = sqlWhere(f, dialect);
  const [sums, byPlace] = await Promise.all([
    db.$queryRaw<{ n: Num; k: Num | null }[]>`SELECT COUNT(*) AS n, SUM(e."fatalities") AS k FROM "Event" e WHERE ${where}`,
    db.$queryRaw<{ placeId: Num; n: Num }[]>`SELECT e."placeId" AS "placeId", COUNT(*) AS n FROM "Event" e WHERE e."placeId" IS NOT NULL AND ${where} GROUP BY 1`,
  ]);
  return { events: Number(sums[0]?.n ?? 0), fatalities: Number(sums[0]?.k ?? 0), byPlace: byPlace.map((p) => ({ placeId: Number(p.placeId), events: Number(p.n) })) };
}

/** Distinct articles behind the filtered events: counted by the database (a groupBy made 20,000 objects at 100,000 events). */
async function countArticles(f: Filters): Promise<number> {
  const rows = hasFilters(f)
    ? await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(DISTINCT es."articleId") AS n FROM "EventSource" es JOIN "Event" e ON e."id" = es."eventId" WHERE ${sqlWhere(f, dialect)}`
    : await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(DISTINCT "articleId") AS n FROM "EventSource"`;
  return Number(rows[0]?.n ?? 0);
}

/** The newest events of the filter, chosen in SQL (lib/data/event-page-sql.ts), read by id. */
async function latestEvents(f: Filters) {
  const ids = (await eventIdsPage(f, DEFAULT_TABLE, 0, LATEST)) ?? [];
  return inIdOrder(ids, await db.event.findMany({ where: { id: { in: ids } }, select: eventRowSelect }));
}

export const fetchOverview = (f: Filters) => cachedByGeneration("overview", f, () => loadOverview(f));

async function loadOverview(f: Filters): Promise<OverviewData> {
  const where = eventWhere(f);
  // Without filters, the join to Event would only cost time.
  const related = hasFilters(f) ? { event: where } : {};
  const [totals, byActor, byArticle, latest] = await Promise.all([
    rollupCanAnswer(f) ? totalsFromRollup(f) : totalsFromEvents(f),
    hasFilters(f) ? rankActorsSql(sqlWhere(f, dialect), TOP) : rankActors(related, TOP),
    countArticles(f),
    latestEvents(f),
  ]);
  const byPlace = totals.byPlace;
  const topPlaceRows = [...byPlace].sort((a, b) => b.events - a.events || a.placeId - b.placeId).slice(0, TOP);
  const [places, rows] = await Promise.all([
    db.place.findMany({ where: { id: { in: topPlaceRows.map((p) => p.placeId) } }, select: { id: true, nameAr: true, admin1: true } }),
    toEventRows(latest),
  ]);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const topPlaces: Ranked[] = topPlaceRows.map((p) => ({
    id: p.placeId, name: placeById.get(p.placeId)?.nameAr ?? "؟", events: p.events, detail: placeById.get(p.placeId)?.admin1 ?? undefined,
  }));
  return {
    figures: { events: totals.events, fatalities: totals.fatalities, places: byPlace.length, actors: byActor.distinct, articles: byArticle },
    topActors: byActor.ranked, topPlaces, latest: rows,
  };
}
