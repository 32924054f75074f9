// The span of dates the whole data set covers (no filters): the filter bar shows it, and its date
// presets count back from its last day when the data ends before today.
import "server-only";
import { db } from "../db";

export interface DataPeriod {
  /** YYYY-MM-DD, or null when no event is dated. */
  first: string | null;
  last: string | null;
}

export async function fetchPeriod(): Promise<DataPeriod> {
  // Rejected events (an analyst said they are no events) are in no count, nor in the span.
  const r = await db.event.aggregate({ where: { reviewStatus: { not: "rejected" } }, _min: { date: true }, _max: { date: true } });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  return { first: day(r._min.date), last: day(r._max.date) };
}
