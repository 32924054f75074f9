// The overview of a filter no roll-up answers (a text, a place, an actor with dates or a role…) from
// the event table in one statement: the filter's events are found once (a MATERIALIZED CTE) and the
// figures, the actors and the articles are summed from them. Three statements found the events three
// times: «ادلب» at a million events (90,000 matches) cost ~150 ms a pass on SQLite, most of it reading
// the matching rows (docs/decisions/0023-one-pass-overview.md).
import "server-only";
import { db, dialect } from "../db";
import { Prisma } from "../generated/sqlite/client";
import type { Filters } from "../filters";
import type { Ranked } from "../api-types";
import { jsonRows, parseJson, type Json } from "./json-rows";
import { summarise, type Cell, type Summary } from "./map";
import { ranked } from "./rank";
import { eventsOf, sqlWhere } from "./sql-where";

export interface EventOverview {
  summary: Summary;
  actors: { ranked: Ranked[]; distinct: number };
  articles: number;
}

type Row = { cells: Json<[number, string, string, number, number][]>; actors: Json<[number, number][]>; articles: number | bigint | null };

/** The summary (lib/data/map.ts), the actors ranked as rankActorsSql ranks them (an actor with two
 * roles in an event counts twice) and the distinct articles, of the filter's events. */
export async function overviewFromEvents(f: Filters, take: number): Promise<EventOverview> {
  // SQLite: CROSS JOIN keeps the matched events as the outer loop (its planner otherwise scanned every
  // EventActor row and probed the set: 1.9 s); PostgreSQL has no CROSS JOIN … ON and plans the join itself.
  const join = Prisma.raw(dialect === "sqlite" ? "CROSS JOIN" : "JOIN");
  const [row] = await db.$queryRaw<Row[]>`
    WITH m AS MATERIALIZED (
      SELECT e."id", COALESCE(e."placeId", 0) AS "placeId", COALESCE(e."admin1", '') AS admin1, e."type" AS type, e."fatalities" AS k
      FROM ${eventsOf(f, dialect)} WHERE ${sqlWhere(f, dialect)})
    SELECT
      (SELECT ${jsonRows(Prisma.sql`"placeId", admin1, type, n, k`)} FROM (
        SELECT "placeId", admin1, type, COUNT(*) AS n, COALESCE(SUM(k), 0) AS k FROM m GROUP BY 1, 2, 3) c) AS cells,
      (SELECT ${jsonRows(Prisma.sql`id, n`)} FROM (
        SELECT ea."actorId" AS id, COUNT(*) AS n FROM m ${join} "EventActor" ea ON ea."eventId" = m."id" GROUP BY 1) a) AS actors,
      (SELECT COUNT(DISTINCT es."articleId") FROM m ${join} "EventSource" es ON es."eventId" = m."id") AS articles`;
  const cells = parseJson(row.cells, []).map(([id, admin1, type, n, k]): Cell => [Number(id), admin1, type, Number(n), Number(k)]);
  const actors = parseJson(row.actors, []).map(([id, n]) => ({ id, n }));
  return { summary: summarise(cells), actors: await ranked(actors, take), articles: Number(row.articles ?? 0) };
}
