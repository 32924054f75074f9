// The overview's figures, top actors and places, and latest events for a filter.
import "server-only";
import type { OverviewData, Ranked } from "../api-types";
import { db, dialect } from "../db";
import { hasFilters, type Filters } from "../filters";
import { cachedByGeneration } from "./cache";
import { DEFAULT_TABLE } from "../filters/table";
import { eventIdsPage } from "./event-page-sql";
import { eventRowsByIds, toEventRows } from "./event-rows";
import { fetchSummary, summaryRollupAnswers, type Summary } from "./map";
import { overviewFromEvents } from "./overview-events";
import { rankActorsOf } from "./rank";
import { monthRollupAnswers, pairRollupAnswers, rollupSql } from "./rollup";
import { sqlWhere } from "./sql-where";

const TOP = 10;
const LATEST = 8;

type PlaceCount = { placeId: number; events: number };
type Totals = { events: number; fatalities: number; byPlace: PlaceCount[] };

/** Events, fatalities and events per place, from the filter's summary (lib/data/map.ts: a roll-up or the events). */
async function totalsOf(f: Filters): Promise<Totals> {
  return totalsFromSummary(await fetchSummary(f));
}

function totalsFromSummary(s: Summary): Totals {
  return { events: s.events, fatalities: s.fatalities, byPlace: s.places.map(([placeId, events]) => ({ placeId, events })) };
}

/** Distinct articles behind the filtered events, counted by the database: with no filter the rows of
 * RollupSource (an article per row), RollupSourceMonth's slice when it can answer (whole months, no
 * place), an actor's rows of RollupActorSource, else the filtered events joined with their sources. */
export async function countArticles(f: Filters, via: "auto" | "events" = "auto"): Promise<number> {
  type N = { n: number | bigint }[];
  const rows = via === "auto" && !hasFilters(f)
    ? await db.$queryRaw<N>`SELECT COUNT(*) AS n FROM "RollupSource"`
    : via === "auto" && monthRollupAnswers(f)
      ? await db.$queryRaw<N>`SELECT COUNT(DISTINCT r."articleId") AS n FROM "RollupSourceMonth" r WHERE ${rollupSql(f, { month: true })}`
      : via === "auto" && pairRollupAnswers(f)
        ? await db.$queryRaw<N>`SELECT COUNT(DISTINCT r."articleId") AS n FROM "RollupActorSource" r WHERE ${rollupSql(f, { actor: true })}`
        : await db.$queryRaw<N>`SELECT COUNT(DISTINCT es."articleId") AS n FROM "EventSource" es JOIN "Event" e ON e."id" = es."eventId" WHERE ${sqlWhere(f, dialect)}`;
  return Number(rows[0]?.n ?? 0);
}

/** The newest events of the filter, chosen in SQL (lib/data/event-page-sql.ts: how many there are
 * chooses an actor's path), read by id. */
async function latestEvents(f: Filters, totals: Promise<Totals>) {
  const ids = (await eventIdsPage(f, DEFAULT_TABLE, 0, LATEST, (await totals).events)) ?? [];
  return eventRowsByIds(ids);
}

export const fetchOverview = (f: Filters) => cachedByGeneration("overview", f, () => loadOverview(f));

/** Whether the event table answers every part of the overview (no roll-up answers the figures, the
 * actors or the articles): then they come from one pass over the filter's events. */
export const overviewFromEventsOnly = (f: Filters): boolean =>
  hasFilters(f) && !summaryRollupAnswers(f) && !monthRollupAnswers(f) && !pairRollupAnswers(f);

/** Figures, actors and articles: from one pass over the events when no roll-up answers any of them,
 * else each from its own source (a roll-up where it answers). */
function partsOf(f: Filters) {
  if (overviewFromEventsOnly(f)) {
    const once = overviewFromEvents(f, TOP);
    return { totals: once.then((o) => totalsFromSummary(o.summary)), byActor: once.then((o) => o.actors), byArticle: once.then((o) => o.articles) };
  }
  return { totals: totalsOf(f), byActor: rankActorsOf(f, TOP), byArticle: countArticles(f) };
}

async function loadOverview(f: Filters): Promise<OverviewData> {
  const parts = partsOf(f);
  const [totals, byActor, byArticle, latest] = await Promise.all([
    parts.totals,
    parts.byActor,
    parts.byArticle,
    latestEvents(f, parts.totals),
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
