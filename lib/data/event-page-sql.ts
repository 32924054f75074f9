// Which events make one sorted page of a filter, and how many there are, in SQL (lib/data/sql-where.ts):
// the ORM's filter has no full-text index (it scanned every event's folded text with LIKE) and
// evaluated the actor filter per event. The rows themselves are then read by id through the ORM.
import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { db, dialect } from "../db";
import type { Filters } from "../filters";
import type { TableState } from "../filters/table";
import { eventsOf, sqlWhere } from "./sql-where";

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

/** The ids of one page, in order; null when the sort is one the ORM keeps. `matching`, when the
 * caller knows it, is how many events the filter has: an actor's newest page uses it to choose its path. */
export async function eventIdsPage(f: Filters, t: Pick<TableState, "sort" | "dir">, skip: number, take: number, matching?: number): Promise<number[] | null> {
  const order = orderSql(t);
  if (!order) return null;
  // PostgreSQL walks its (date DESC NULLS LAST, id DESC) index and filters: the page costs it ~0.2 ms as is.
  const rows = dialect === "sqlite" && f.gov.length > 1 && t.sort === "date" && skip + take <= PER_GOVERNORATE_MAX
    ? await pagePerGovernorate(f, t.dir, skip, take)
    : dialect === "sqlite" && matching !== undefined && (f.actor !== null || f.q) && t.sort === "date" && t.dir === "desc" && (await walkIsShort(skip + take, matching))
      ? await pageByDate(f, skip, take)
      : await db.$queryRaw<{ id: Num }[]>`SELECT e."id" AS id FROM ${eventsOf(f, dialect)} WHERE ${sqlWhere(f, dialect)} ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`;
  return rows.map((r) => Number(r.id));
}

/** Whether walking every event newest first finds `wanted` of `matching` events sooner than reading all
 * `matching` and sorting them: the walk expects wanted × all ÷ matching steps (cheap index steps, so
 * it may take twice as many), the other path `matching` row reads. The highest id stands for the count
 * of all events (an over-estimate after deletions, which only makes the walk rarer). */
async function walkIsShort(wanted: number, matching: number): Promise<boolean> {
  if (matching === 0) return false;
  const [{ n }] = await db.$queryRaw<{ n: Num | null }[]>`SELECT MAX("id") AS n FROM "Event"`;
  return (wanted * Number(n ?? 0)) / matching < 2 * matching;
}

/** The newest events of an actor or a text by walking the date index and keeping the filter's events
 * (per step a lookup of EventActor's key, or of the text's matches, read once), where the filter read
 * every one of its events and sorted them (the busiest synthetic actor, 23,660 events at a million:
 * 40 → 5 ms; «ادلب», 90,280 events: 124 → 18 ms). Only newest first: an ascending walk would meet the
 * undated events first, which the table lists last. */
export function pageByDate(f: Filters, skip: number, take: number) {
  const role = f.role ? Prisma.sql`AND ea."role" = ${f.role}` : Prisma.empty;
  const actor = f.actor === null ? Prisma.empty
    : Prisma.sql`AND EXISTS (SELECT 1 FROM "EventActor" ea WHERE ea."eventId" = e."id" AND ea."actorId" = ${f.actor} ${role})`;
  return db.$queryRaw<{ id: Num }[]>`SELECT e."id" AS id FROM "Event" e WHERE ${sqlWhere({ ...f, actor: null, role: null }, dialect, { walk: true })}
    ${actor} ORDER BY e."date" DESC NULLS LAST, e."id" DESC LIMIT ${take} OFFSET ${skip}`;
}

/** Deeper pages than this sort the whole filter once, as any other. */
const PER_GOVERNORATE_MAX = 1000;

/** A newest-first (or oldest-first) page of several governorates: each governorate's first skip + take
 * events read in order from the (admin1, date…) index, then merged. With the governorates in one IN
 * list SQLite sorted every event of the filter for the page (two governorates × two years at a
 * million events: 7.5 ms → 0.2 ms). */
function pagePerGovernorate(f: Filters, dir: TableState["dir"], skip: number, take: number) {
  const d = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  const order = (alias: string) => Prisma.sql`${Prisma.raw(alias)}."date" ${d} NULLS LAST, ${Prisma.raw(alias)}."id" ${d}`;
  const parts = f.gov.map((g, i) => Prisma.sql`SELECT * FROM (SELECT e."id", e."date" FROM "Event" e WHERE ${sqlWhere({ ...f, gov: [g] }, dialect)}
    ORDER BY ${order("e")} LIMIT ${skip + take}) ${Prisma.raw(`g${i}`)}`);
  return db.$queryRaw<{ id: Num }[]>`SELECT u."id" AS id FROM (${Prisma.join(parts, " UNION ALL ")}) u ORDER BY ${order("u")} LIMIT ${take} OFFSET ${skip}`;
}

export async function countEvents(f: Filters): Promise<number> {
  const rows = await db.$queryRaw<{ n: Num }[]>`SELECT COUNT(*) AS n FROM ${eventsOf(f, dialect)} WHERE ${sqlWhere(f, dialect)}`;
  return Number(rows[0]?.n ?? 0);
}

/** `rows` (read by id, in any order) in the order of `ids`. */
export function inIdOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
