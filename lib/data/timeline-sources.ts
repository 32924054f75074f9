// Where the timeline's numbers come from: the event table (any filter), or the week and month
// roll-ups (lib/db/rollups.ts) when they can answer — whole weeks or months from the roll-up, the
// partial ones at a range's ends from the events, so any range of a governorate/type filter reads a
// few hundred roll-up rows and at most two partial buckets of events. docs/decisions/0020-coarse-rollups.md.
import "server-only";
import type { TimeUnit } from "../api-types";
import { db, dialect } from "../db";
import type { Filters } from "../filters";
import { Prisma } from "../generated/sqlite/client";
import { addDays, bucketEnd, bucketStart, nextBucket, unitFor } from "../timeline-buckets";
import { actorRollupAnswers, rollupSql, timelineRollupAnswers } from "./rollup";
import { dayOf, eventsOf, monthOf, sqlWhere } from "./sql-where";

export type Group = { day: string; type: string; n: number | bigint; killed: number | bigint | null };
export type Span = { first: string | null; last: string | null; unit?: TimeUnit };

/** What the timeline needs from the database: the span of the dated events (and the unit, when the
 * source knows the span only roughly), the undated count, and events and fatalities per bucket × type. */
export interface TimelineSource {
  span(): Promise<Span>;
  undated(): Promise<number>;
  groups(unit: TimeUnit): Promise<Group[]>;
}

/** The event table: for every filter. */
export function eventSource(f: Filters): TimelineSource {
  const where = sqlWhere(f, dialect);
  const table = eventsOf(f, dialect);
  // One pass by month × type gives the span (each group's first and last day), the undated count (the
  // group without a month) and, when the span makes the unit a month, the buckets themselves: for an
  // actor with dates or a text, each pass over the filter's events is a join, and a timeline of years
  // read them once instead of twice. A shorter span is grouped again by day.
  let monthly: Promise<{ dated: Group[]; first: string | null; last: string | null; undated: number }> | null = null;
  const byMonth = () => (monthly ??= db.$queryRaw<(Group & { lo: string | null; hi: string | null })[]>`
      SELECT ${monthOf(dialect)} AS day, e."type" AS type, COUNT(*) AS n, SUM(e."fatalities") AS killed, MIN(${dayOf(dialect)}) AS lo, MAX(${dayOf(dialect)}) AS hi
      FROM ${table} WHERE ${where} GROUP BY 1, 2`
    .then((rows) => {
      const dated = rows.filter((r) => r.day !== null);
      const days = dated.flatMap((r) => [r.lo!, r.hi!]).sort();
      const undated = rows.filter((r) => r.day === null).reduce((sum, r) => sum + Number(r.n), 0);
      return { dated: dated.map(({ day, type, n, killed }) => ({ day, type, n, killed })), first: days[0] ?? null, last: days.at(-1) ?? null, undated };
    }));
  return {
    span: async () => {
      const { first, last } = await byMonth();
      return { first, last };
    },
    undated: async () => (await byMonth()).undated,
    groups: async (unit) => (unit === "month" ? (await byMonth()).dated : db.$queryRaw<Group[]>`
      SELECT ${dayOf(dialect)} AS day, e."type" AS type, COUNT(*) AS n, SUM(e."fatalities") AS killed
      FROM ${table} WHERE e."date" IS NOT NULL AND ${where}
      GROUP BY 1, 2`),
  };
}

const BUCKET = { week: { table: Prisma.sql`"RollupWeek"`, column: Prisma.sql`r."week"` }, month: { table: Prisma.sql`"RollupMonth"`, column: Prisma.sql`r."month"` } };
/** A bucket's start as the roll-up stores it: a week's Monday, a month's YYYY-MM. */
const stored = (start: string, unit: "week" | "month") => (unit === "month" ? start.slice(0, 7) : start);

/** The roll-ups, when they can answer: a filter they have columns for, and a unit (week or month)
 * that the roll-up's span settles — it knows the first and last weeks, not days, so near a unit's
 * threshold the events decide. Null otherwise. */
export async function rollupSource(f: Filters): Promise<TimelineSource | null> {
  if (actorRollupAnswers(f) && !f.place) return actorMonthSource(f);
  if (!timelineRollupAnswers(f)) return null;
  const where = rollupSql(f);
  let first = f.from ? { lo: f.from, hi: f.from } : null;
  let last = f.to ? { lo: f.to, hi: f.to } : null;
  const fromWeek = f.from ? bucketStart(f.from, "week") : null;
  if (!first || !last) {
    const [w] = await db.$queryRaw<{ lo: string | null; hi: string | null }[]>`
      SELECT MIN(r."week") AS lo, MAX(r."week") AS hi FROM "RollupWeek" r WHERE r."week" <> '' AND ${where}
      ${fromWeek ? Prisma.sql`AND r."week" >= ${fromWeek}` : Prisma.empty} ${f.to ? Prisma.sql`AND r."week" <= ${f.to}` : Prisma.empty}`;
    // No dated event, or the only ones in a week the range cuts (are they inside it?): the events know.
    if (!w?.lo || !w.hi || w.hi === fromWeek || (f.to && w.lo === bucketStart(f.to, "week"))) return null;
    first ??= { lo: w.lo, hi: addDays(w.lo, 6) };
    last ??= { lo: w.hi, hi: addDays(w.hi, 6) };
  }
  const unit = unitFor(first.lo, last.hi);
  const shortest = first.hi <= last.lo ? unitFor(first.hi, last.lo) : "day";
  if (unit === "day" || unit !== shortest) return null;
  const u = unit;
  const { table, column } = BUCKET[u];
  const bounded = (sql: Prisma.Sql) => Prisma.sql`${sql} ${f.from ? Prisma.sql`AND ${column} >= ${stored(bucketStart(f.from!, u), u)}` : Prisma.empty}
    ${f.to ? Prisma.sql`AND ${column} <= ${stored(bucketStart(f.to, u), u)}` : Prisma.empty}`;
  return {
    span: async () => {
      if (u === "week") return { first: f.from ?? first.lo, last: f.to ?? last.lo, unit: u };
      const [m] = await db.$queryRaw<{ lo: string | null; hi: string | null }[]>`
        SELECT MIN(r."month") AS lo, MAX(r."month") AS hi FROM "RollupMonth" r WHERE ${bounded(Prisma.sql`r."month" <> '' AND ${where}`)}`;
      return { first: f.from ?? `${m!.lo}-01`, last: f.to ?? `${m!.hi}-01`, unit: u };
    },
    undated: async () => Number((await db.$queryRaw<{ n: number | bigint | null }[]>`SELECT SUM(r."events") AS n FROM "RollupWeek" r WHERE r."week" = '' AND ${where}`)[0]?.n ?? 0),
    groups: async () => {
      // The whole buckets inside [from, to]; the partial ones at either end come from the events.
      const inner = f.from && bucketStart(f.from, u) !== f.from ? nextBucket(bucketStart(f.from, u), u) : f.from;
      const toStart = f.to ? bucketStart(f.to, u) : null;
      const innerLast = f.to && bucketEnd(toStart!, u) !== f.to ? bucketStart(addDays(toStart!, -1), u) : toStart;
      const whole = !inner || !innerLast || inner <= innerLast;
      const edges: [string, string][] = !whole ? [[f.from!, f.to!]] : [
        ...(f.from && inner! > f.from ? [[f.from, addDays(inner!, -1)] as [string, string]] : []),
        ...(f.to && innerLast! < toStart! ? [[toStart!, f.to] as [string, string]] : []),
      ];
      const rows = whole ? await db.$queryRaw<Group[]>`
        SELECT ${u === "month" ? Prisma.sql`r."month" || '-01'` : Prisma.sql`r."week"`} AS day, r."type" AS type, SUM(r."events") AS n, SUM(r."fatalities") AS killed
        FROM ${table} r WHERE ${column} <> '' AND ${where}
        ${inner ? Prisma.sql`AND ${column} >= ${stored(inner, u)}` : Prisma.empty} ${innerLast ? Prisma.sql`AND ${column} <= ${stored(innerLast, u)}` : Prisma.empty}
        GROUP BY 1, 2` : [];
      const parts = await Promise.all(edges.map(([from, to]) => eventSource({ ...f, from, to }).groups("day")));
      return [...rows, ...parts.flat()];
    },
  };
}

/** An actor's timeline without dates from RollupActorEventMonth (each of its events once), when the
 * span its first and last months allow is months whichever days they hold; null otherwise. */
async function actorMonthSource(f: Filters): Promise<TimelineSource | null> {
  const where = rollupSql(f, { actor: true });
  const [m] = await db.$queryRaw<{ lo: string | null; hi: string | null }[]>`
    SELECT MIN(r."month") AS lo, MAX(r."month") AS hi FROM "RollupActorEventMonth" r WHERE r."month" <> '' AND ${where}`;
  if (!m?.lo || !m.hi) return null;
  const [first, last] = [`${m.lo}-01`, `${m.hi}-01`];
  const shortest = bucketEnd(first, "month") <= last ? unitFor(bucketEnd(first, "month"), last) : "day";
  if (unitFor(first, bucketEnd(last, "month")) !== "month" || shortest !== "month") return null;
  return {
    span: async () => ({ first, last, unit: "month" }),
    undated: async () => Number((await db.$queryRaw<{ n: number | bigint | null }[]>`SELECT SUM(r."events") AS n FROM "RollupActorEventMonth" r WHERE r."month" = '' AND ${where}`)[0]?.n ?? 0),
    groups: () => db.$queryRaw<Group[]>`
      SELECT r."month" || '-01' AS day, r."type" AS type, SUM(r."events") AS n, SUM(r."fatalities") AS killed
      FROM "RollupActorEventMonth" r WHERE r."month" <> '' AND ${where} GROUP BY 1, 2`,
  };
}
