// Which events make one sorted page of a filter, and how many there are, in SQL (lib/data/sql-where.ts):
// the ORM's filter has no full-text index (it scanned every event's folded text with LIKE) and
// evaluated the actor filter per event. The rows themselves are then read by id through the ORM.
import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { db, dialect } from "../db";
import type { Filters } from "../filters";
import type { TableState } from "../filters/table";
import { sqlWhere } from "./sql-where";

type Num = number | bigint;

/** The ORDER BY of each sort, as lib/data/events.ts orders the ORM's query; null for a sort by place
 * name (a join whose NULL order differs between the databases: that one stays with the ORM). */
function orderSql(t: Pick<TableState, "sort" | "dir">): Prisma.Sql | null {
  const dir = Prisma.raw(t.dir === "asc" ? "ASC" : "DESC");
  switch (t.sort) {
    case "fatalities": return Prisma.sql`e."fatalities" ${dir} NULLS LAST, e."id" DESC`;
    case "type": return Prisma.sql`e."type" ${dir}, e."date" DESC NULLS LAST, e."id" DESC`;
    case "place": return null;
    default: return Prisma.sql`e."date" ${dir} NULLS LAST, e."id" ${dir}`;
  }
}

/** The ids of one page, in order; null when the sort is one the ORM keeps. */
export async function eventIdsPage(f: Filters, t: Pick<TableState, "sort" | "dir">, skip: number, take: number): Promise<number[] | null> {
  const order = orderSql(t);
  if (!order) return null;
  const rows = await db.$queryRaw<{ id: Num }[]>`SELECT e."id" AS id FROM "Event" e WHERE ${sqlWhere(f, dialect)} ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`;
  return rows.map((r) => Number(r.id));
}

export async function countEvents(f: Filters): Promise<number> {
  const rows = await db.$queryRaw<{ n: Num }[]>`SELECT COUNT(*) AS n FROM "Event" e WHERE ${sqlWhere(f, dialect)}`;
  return Number(rows[0]?.n ?? 0);
}

/** `rows` (read by id, in any order) in the order of `ids`. */
export function inIdOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
