// Events per day, week or month, stacked by type, with fatalities, for a filter.
import "server-only";
import type { TimelineBucket, TimelineData } from "../api-types";
import { db } from "../db";
import { EVENT_TYPES, TYPE_BY_ACLED } from "../event-types";
import type { Filters } from "../filters";
import { bucketEnd, bucketRange, bucketStart, unitFor } from "../timeline-buckets";
import { eventWhere } from "./where";

export async function fetchTimeline(f: Filters): Promise<TimelineData> {
  const where = eventWhere(f);
  const [groups, undated] = await Promise.all([
    db.event.groupBy({ by: ["date", "type"], where: { AND: [where, { date: { not: null } }] }, _count: { _all: true }, _sum: { fatalities: true } }),
    f.from || f.to ? Promise.resolve(0) : db.event.count({ where: { AND: [where, { date: null }] } }),
  ]);
  if (groups.length === 0) return { unit: "day", buckets: [], undated };
  const days = groups.map((g) => g.date!.toISOString().slice(0, 10));
  // The span the user asked for when there is one, else the span of the data.
  const first = f.from ?? days.reduce((a, b) => (a < b ? a : b));
  const last = f.to ?? days.reduce((a, b) => (a > b ? a : b));
  const unit = unitFor(first, last);
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
    b[slug] = (b[slug] as number) + g._count._all;
    b.total += g._count._all;
    b.fatalities += g._sum.fatalities ?? 0;
  });
  return { unit, buckets: [...buckets.values()], undated };
}
