// Reads of the review work: the queue (unreviewed events, lowest confidence first, under the page's
// filters), one event with its corrections (the history view), and corrections left without an event.
import "server-only";
import { db } from "../db";
import type { Filters } from "../filters";
import { orphanedCorrections } from "../review/reapply";
import { orphanedEntityCorrections } from "../review/entity-reapply";
import { eventRowSelect, toEventRows } from "./event-rows";
import { eventWhere } from "./where";

export const QUEUE_SIZE = 50;

export async function fetchReviewQueue(f: Filters) {
  const where = { AND: [eventWhere({ ...f, status: ["unreviewed"] })] };
  const [total, rows] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({ where, orderBy: [{ confidence: "asc" }, { id: "asc" }], take: QUEUE_SIZE, select: eventRowSelect }),
  ]);
  return { total, rows: await toEventRows(rows) };
}

export async function fetchEventDetail(id: number) {
  const e = await db.event.findUnique({ where: { id }, select: { ...eventRowSelect, key: true, reviewedBy: true, editedFields: true, extracted: true } });
  if (!e) return null;
  const [row] = await toEventRows([e]);
  const history = await db.correction.findMany({ where: { eventKey: e.key }, orderBy: { id: "asc" } });
  return { row, reviewedBy: e.reviewedBy, editedFields: e.editedFields.split(",").filter(Boolean), extracted: e.extracted ? (JSON.parse(e.extracted) as Record<string, unknown>) : null, history };
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof fetchEventDetail>>>;

export const fetchOrphanedCorrections = () => orphanedCorrections(db);
export const fetchOrphanedEntityCorrections = () => orphanedEntityCorrections(db);
