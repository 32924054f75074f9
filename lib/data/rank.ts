// The actors taking part in most events of a set, with their names: the overview's ranking, the
// actors a profile appears with, and who acts at a place.
import "server-only";
import type { Prisma } from "../generated/sqlite/client";
import { Prisma as P } from "../generated/sqlite/client";
import type { Ranked } from "../api-types";
import { db, dialect } from "../db";
import type { Filters } from "../filters";
import { monthRollupAnswers, pairRollupAnswers, rollupSql } from "./rollup";
import { sqlWhere } from "./sql-where";

/** An actor with two roles in one event counts twice here: close enough to rank, and a profile
 * counts its events exactly. */
export async function rankActors(where: Prisma.EventActorWhereInput, take: number): Promise<{ ranked: Ranked[]; distinct: number }> {
  const groups = await db.eventActor.groupBy({ by: ["actorId"], where, _count: { _all: true } });
  const top = groups.sort((a, b) => b._count._all - a._count._all || a.actorId - b.actorId).slice(0, take);
  const names = await db.actor.findMany({ where: { id: { in: top.map((g) => g.actorId) } }, select: { id: true, nameAr: true, kind: true } });
  const byId = new Map(names.map((n) => [n.id, n]));
  return {
    ranked: top.map((g) => ({ id: g.actorId, name: byId.get(g.actorId)?.nameAr ?? "؟", events: g._count._all, detail: byId.get(g.actorId)?.kind })),
    distinct: groups.length,
  };
}

/** The same ranking for the events of a SQL filter on `"Event" e` (lib/data/sql-where.ts): one GROUP BY
 * in the database, where the ORM's relation filter re-evaluated the event condition per actor row. */
export async function rankActorsSql(eventWhere: Prisma.Sql, take: number): Promise<{ ranked: Ranked[]; distinct: number }> {
  return ranked(await db.$queryRaw<Count[]>(
    P.sql`SELECT ea."actorId" AS id, COUNT(*) AS n FROM "EventActor" ea JOIN "Event" e ON e."id" = ea."eventId" WHERE ${eventWhere} GROUP BY 1`,
  ), take);
}

/** The same counts from the actor roll-ups (lib/db/rollups.ts): RollupActor without dates, RollupActorMonth for whole months. */
export async function rankActorsFromRollup(f: Filters, take: number): Promise<{ ranked: Ranked[]; distinct: number }> {
  const dated = Boolean(f.from || f.to);
  const rows = dated
    ? await db.$queryRaw<Count[]>(P.sql`SELECT r."actorId" AS id, SUM(r."events") AS n FROM "RollupActorMonth" r WHERE ${rollupSql(f, { month: true })} GROUP BY 1`)
    : await db.$queryRaw<Count[]>(P.sql`SELECT r."actorId" AS id, SUM(r."events") AS n FROM "RollupActor" r WHERE ${rollupSql(f)} GROUP BY 1`);
  return ranked(rows, take);
}

/** The same counts for an actor's events (with governorates at most) from RollupCoActor: the roles of
 * every actor in the events the actor is in, itself included. */
export async function rankCoActorsFromRollup(f: Filters, take: number): Promise<{ ranked: Ranked[]; distinct: number }> {
  return ranked(await db.$queryRaw<Count[]>(
    P.sql`SELECT r."coActorId" AS id, SUM(r."events") AS n FROM "RollupCoActor" r WHERE ${rollupSql(f, { actor: true })} GROUP BY 1`,
  ), take);
}

/** The actors of a filter's events, ranked: from a roll-up when it can answer (lib/data/rollup.ts), else from the events. */
export const rankActorsOf = (f: Filters, take: number) =>
  (monthRollupAnswers(f) ? rankActorsFromRollup(f, take) : pairRollupAnswers(f) ? rankCoActorsFromRollup(f, take) : rankActorsSql(sqlWhere(f, dialect), take));

export type Count = { id: number | bigint; n: number | bigint | null };

/** Counts per actor, ranked, the first `take` with their names; `distinct`: the actors with a count. */
export async function ranked(groups: Count[], take: number): Promise<{ ranked: Ranked[]; distinct: number }> {
  const all = groups.map((g) => ({ actorId: Number(g.id), n: Number(g.n ?? 0) })).filter((g) => g.n > 0);
  const top = all.sort((a, b) => b.n - a.n || a.actorId - b.actorId).slice(0, take);
  const names = await db.actor.findMany({ where: { id: { in: top.map((g) => g.actorId) } }, select: { id: true, nameAr: true, kind: true } });
  const byId = new Map(names.map((n) => [n.id, n]));
  return {
    ranked: top.map((g) => ({ id: g.actorId, name: byId.get(g.actorId)?.nameAr ?? "؟", events: g.n, detail: byId.get(g.actorId)?.kind })),
    distinct: all.length,
  };
}
