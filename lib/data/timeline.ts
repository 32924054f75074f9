// Events per day, week or month, stacked by type, with fatalities, for a filter.
import "server-only";
import type { TimelineBucket, TimelineData } from "../api-types";
import { db, dialect } from "../db";
import { EVENT_TYPES, TYPE_BY_ACLED } from "../event-types";
import type { Filters } from "../filters";
import { bucketEnd, bucketRange, bucketStart, unitFor } from "../timeline-buckets";
import { dayOf, monthOf, sqlWhere } from "./sql-where";
import { eventWhere } from "./where";

type Group = { day: string; type: string; n: number | bigint; killed: number | bigint | null };

export async function fetchTimeline(f: Filters): Promise<TimelineData> {
  const where = sqlWhere(f, dialect);
  // The span the user asked for when there is one, else the span of the data; it decides the unit,
  // and a month-long bucket is grouped by the database, so a decade is ~1,000 rows, not 20,000.
  const span = f.from && f.to ? [{ first: f.from, last: f.to }] : await db.$queryRaw<{ first: string | null; last: string | null }[]>`
    SELECT MIN(${dayOf(dialect)}) AS first, MAX(${dayOf(dialect)}) AS last FROM "Event" e WHERE e."date" IS NOT NULL AND ${where}`;
  const undated = f.from || f.to ? 0 : await db.event.count({ where: { AND: [eventWhere(f), { date: null }] } });
  const first = f.from ?? span[0]?.first;
  const last = f.to ?? span[0]?.last;
  if (!first || !last) return { unit: "day", buckets: [], undated };
  const unit = unitFor(first, last);
  const groups = await db.$queryRaw<Group[]>`
    SELECT ${unit === "month" ? monthOf(dialect) : dayOf(dialect)} AS day, e."type" AS type, COUNT(*) AS n, SUM(e."fatalities") AS killed
    FROM "Event" e WHERE e."date" IS NOT NULL AND ${where}
    GROUP BY 1, 2`;
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
