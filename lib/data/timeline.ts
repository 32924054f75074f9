// Events per day, week or month, stacked by type, with fatalities, for a filter.
import "server-only";
import type { TimelineBucket, TimelineData } from "../api-types";
import { EVENT_TYPES, TYPE_BY_ACLED } from "../event-types";
import type { Filters } from "../filters";
import { bucketEnd, bucketRange, bucketStart, unitFor } from "../timeline-buckets";
import { cachedByGeneration } from "./cache";
import { eventSource, rollupSource, type Span, type TimelineSource } from "./timeline-sources";

export const fetchTimeline = (f: Filters) => cachedByGeneration("timeline", f, async () => timelineFrom(f, (await rollupSource(f)) ?? eventSource(f)));

export async function timelineFrom(f: Filters, source: TimelineSource): Promise<TimelineData> {
  // The span the user asked for when there is one, else the span of the data; it decides the unit,
  // and a month-long bucket is grouped by the database, so a decade is ~1,000 rows, not 20,000.
  const span: Span = f.from && f.to ? { first: f.from, last: f.to } : await source.span();
  const undated = f.from || f.to ? 0 : await source.undated();
  const first = f.from ?? span.first;
  const last = f.to ?? span.last;
  if (!first || !last) return { unit: "day", buckets: [], undated };
  const unit = span.unit ?? unitFor(first, last);
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
