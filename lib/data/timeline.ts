// Events per day, week or month, stacked by type, with fatalities, for a filter.
import "server-only";
import type { TimelineBucket, TimelineData } from "../api-types";
import { db, dialect } from "../db";
import { EVENT_TYPES, TYPE_BY_ACLED } from "../event-types";
import type { Filters } from "../filters";
import { bucketEnd, bucketRange, bucketStart, unitFor } from "../timeline-buckets";
import { Prisma } from "../generated/sqlite/client";
import { cachedByGeneration } from "./cache";
import { rollupCanAnswer, rollupSqlWhere, rollupWhere } from "./rollup";
import { dayOf, monthOf, sqlWhere } from "./sql-where";

type Group = { day: string; type: string; n: number | bigint; killed: number | bigint | null };

type Span = { first: string | null; last: string | null };
/** What the timeline needs from the database: the span of the dated events, the undated count, and
 * events and fatalities per day (or month, when `unit` says) × type. */
export interface TimelineSource {
  span(): Promise<Span>;
  undated(): Promise<number>;
  groups(unit: "day" | "week" | "month"): Promise<Group[]>;
}

/** The roll-up (lib/data/rollup.ts): its days are already YYYY-MM-DD text on both databases. */
export function rollupSource(f: Filters): TimelineSource {
  const where = rollupSqlWhere(f);
  return {
    span: async () => (await db.$queryRaw<Span[]>`SELECT MIN(r."day") AS first, MAX(r."day") AS last FROM "EventRollup" r WHERE r."day" <> '' AND ${where}`)[0] ?? { first: null, last: null },
    undated: async () => (await db.eventRollup.aggregate({ where: { AND: [rollupWhere(f), { day: "" }] }, _sum: { events: true } }))._sum.events ?? 0,
    groups: (unit) => db.$queryRaw<Group[]>`
      SELECT ${unit === "month" ? Prisma.sql`substr(r."day", 1, 7) || '-01'` : Prisma.sql`r."day"`} AS day, r."type" AS type, SUM(r."events") AS n, SUM(r."fatalities") AS killed
      FROM "EventRollup" r WHERE r."day" <> '' AND ${where}
      GROUP BY 1, 2`,
  };
}

/** The event table: for the filters the roll-up cannot answer. */
export function eventSource(f: Filters): TimelineSource {
  const where = sqlWhere(f, dialect);
  return {
    span: async () => (await db.$queryRaw<Span[]>`
      SELECT MIN(${dayOf(dialect)}) AS first, MAX(${dayOf(dialect)}) AS last FROM "Event" e WHERE e."date" IS NOT NULL AND ${where}`)[0] ?? { first: null, last: null },
    undated: async () => Number((await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "Event" e WHERE e."date" IS NULL AND ${where}`)[0]?.n ?? 0),
    groups: (unit) => db.$queryRaw<Group[]>`
      SELECT ${unit === "month" ? monthOf(dialect) : dayOf(dialect)} AS day, e."type" AS type, COUNT(*) AS n, SUM(e."fatalities") AS killed
      FROM "Event" e WHERE e."date" IS NOT NULL AND ${where}
      GROUP BY 1, 2`,
  };
}

export const fetchTimeline = (f: Filters) => cachedByGeneration("timeline", f, () => timelineFrom(f, rollupCanAnswer(f) ? rollupSource(f) : eventSource(f)));

export async function timelineFrom(f: Filters, source: TimelineSource): Promise<TimelineData> {
  // The span the user asked for when there is one, else the span of the data; it decides the unit,
  // and a month-long bucket is grouped by the database, so a decade is ~1,000 rows, not 20,000.
  const span = f.from && f.to ? { first: f.from, last: f.to } : await source.span();
  const undated = f.from || f.to ? 0 : await source.undated();
  const first = f.from ?? span.first;
  const last = f.to ?? span.last;
  if (!first || !last) return { unit: "day", buckets: [], undated };
  const unit = unitFor(first, last);
  const groups = await source.groups(unit);
  const days = groups.map((g) => g.day);
  const buckets = new Map<string, TimelineBucket>();
  for (const start of bucketRange(first, last, unit)) {
    const b: TimelineBucket = { start, end: bucketEnd(start, unit), total: 0, fatalities: 0 };
    for (const t of EVENT_TYPES) b[t.slug] = 0;
    buckets.set(start, b);
  }
  groups.forEach((g, i) => {
    const b = buckets.get(bucketStart(days[i], unit));
    const slug = TYPE_BY_ACLED.get(g.type)?.slug;
    if (!b || !slug) return;
    const n = Number(g.n);
    b[slug] = (b[slug] as number) + n;
    b.total += n;
    b.fatalities += Number(g.killed ?? 0);
  });
  return { unit, buckets: [...buckets.values()], undated };
}
