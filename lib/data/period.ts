// The span of dates the whole data set covers (no filters): the filter bar shows it, and its date
// presets count back from its last day when the data ends before today.
import "server-only";
import { db } from "../db";
import { cachedByKey } from "./cache";

export interface DataPeriod {
  /** YYYY-MM-DD, or null when no event is dated. */
  first: string | null;
  last: string | null;
}

/** Once per write generation; the first and the last day each read from the date index (one aggregate
 * of both, with the review status in its WHERE, scanned every event). */
export const fetchPeriod = (): Promise<DataPeriod> => cachedByKey("period", async () => {
  // Rejected events (an analyst said they are no events) are in no count, nor in the span.
  const where = { reviewStatus: { not: "rejected" }, date: { not: null } };
  const [first, last] = await Promise.all([
    db.event.findFirst({ where, orderBy: { date: "asc" }, select: { date: true } }),
    db.event.findFirst({ where, orderBy: { date: "desc" }, select: { date: true } }),
  ]);
  const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
  return { first: day(first?.date), last: day(last?.date) };
});
