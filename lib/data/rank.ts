// The actors taking part in most events of a set, with their names: the overview's ranking, the
// actors a profile appears with, and who acts at a place.
import "server-only";
import type { Prisma } from "../generated/sqlite/client";
import { Prisma as P } from "../generated/sqlite/client";
import type { Ranked } from "../api-types";
import { db } from "../db";

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
  const groups = await db.$queryRaw<{ id: number | bigint; n: number | bigint }[]>(
    P.sql`SELECT ea."actorId" AS id, COUNT(*) AS n FROM "EventActor" ea JOIN "Event" e ON e."id" = ea."eventId" WHERE ${eventWhere} GROUP BY 1`,
  );
  const all = groups.map((g) => ({ actorId: Number(g.id), n: Number(g.n) }));
  const top = all.sort((a, b) => b.n - a.n || a.actorId - b.actorId).slice(0, take);
  const names = await db.actor.findMany({ where: { id: { in: top.map((g) => g.actorId) } }, select: { id: true, nameAr: true, kind: true } });
  const byId = new Map(names.map((n) => [n.id, n]));
  return {
    ranked: top.map((g) => ({ id: g.actorId, name: byId.get(g.actorId)?.nameAr ?? "؟", events: g.n, detail: byId.get(g.actorId)?.kind })),
    distinct: all.length,
  };
}
