// The events table: one sorted page of the filtered set, and the whole set for exports.
import "server-only";
import type { Prisma } from "../generated/sqlite/client";
import type { EventPage } from "../api-types";
import { db } from "../db";
import type { Filters } from "../filters";
import { PAGE_SIZE, type TableState } from "../filters/table";
import { cachedByKey } from "./cache";
import { countEvents, eventIdsPage, inIdOrder } from "./event-page-sql";
import { eventRowSelect, toEventRows } from "./event-rows";
import { eventWhere } from "./where";

/** The ORM's order of each sort (lib/data/event-page-sql.ts has the same in SQL; a test compares them). */
export function orderBy(t: TableState): Prisma.EventOrderByWithRelationInput[] {
  const nulls = "last" as const;
  switch (t.sort) {
    case "fatalities": return [{ fatalities: { sort: t.dir, nulls } }, { id: "desc" }];
    case "type": return [{ type: t.dir }, { date: { sort: "desc", nulls } }, { id: "desc" }];
    case "place": return [{ place: { nameAr: t.dir } }, { date: { sort: "desc", nulls } }, { id: "desc" }];
    default: return [{ date: { sort: t.dir, nulls } }, { id: t.dir }];
  }
}

/** One page of the table, kept per write generation like the figures (the overview's table and
 * every repeated view of /events ask for the same page). */
export const fetchEventPage = (f: Filters, t: TableState): Promise<EventPage> =>
  cachedByKey(`events|${JSON.stringify(f)}|${t.sort}|${t.dir}|${t.page}`, () => loadEventPage(f, t));

async function loadEventPage(f: Filters, t: TableState): Promise<EventPage> {
  const skip = (t.page - 1) * PAGE_SIZE;
  const [total, ids] = await Promise.all([countEvents(f), eventIdsPage(f, t, skip, PAGE_SIZE)]);
  const events = ids
    ? inIdOrder(ids, await db.event.findMany({ where: { id: { in: ids } }, select: eventRowSelect }))
    : await db.event.findMany({ where: eventWhere(f), orderBy: orderBy(t), skip, take: PAGE_SIZE, select: eventRowSelect });
  return { total, page: t.page, pageSize: PAGE_SIZE, rows: await toEventRows(events) };
}

export const exportSelect = {
  id: true, type: true, subType: true, date: true, datePrecision: true, admin1: true, lat: true, lon: true, geoPrecision: true,
  fatalities: true, injured: true, arrested: true, confidence: true, evidence: true, reviewStatus: true, editedFields: true, reviewedBy: true,
  place: { select: { id: true, nameAr: true, nameEn: true } },
  actors: { select: { role: true, actor: { select: { nameAr: true } } } },
  sources: { orderBy: { articleId: "asc" }, select: { articleId: true, start: true, article: { select: { title: true, source: true, url: true } } } },
} satisfies Prisma.EventSelect;

export type ExportEvent = Prisma.EventGetPayload<{ select: typeof exportSelect }>;

/** The whole filtered set in id order, a batch at a time, so a large export never sits in memory. */
export async function* exportEvents(f: Filters, batch = 2000): AsyncGenerator<ExportEvent[]> {
  const where = eventWhere(f);
  let cursor = 0;
  for (;;) {
    const rows = await db.event.findMany({ where: { AND: [where, { id: { gt: cursor } }] }, orderBy: { id: "asc" }, take: batch, select: exportSelect });
    if (rows.length === 0) return;
    yield rows;
    cursor = rows[rows.length - 1].id;
    if (rows.length < batch) return;
  }
}
