// The events table: one sorted page of the filtered set, and the whole set for exports.
import "server-only";
import { Prisma } from "../generated/sqlite/client";
import type { EventPage } from "../api-types";
import { db, dialect } from "../db";
import type { Filters } from "../filters";
import { PAGE_SIZE, type TableState } from "../filters/table";
import { cachedByKey } from "./cache";
import { countEvents, eventIdsPage } from "./event-page-sql";
import { eventRowSelect, eventRowsByIds, toEventRows } from "./event-rows";
import { jsonRows, num, parseJson, type Json, type Num } from "./json-rows";
import { fetchSummary, summaryRollupAnswers } from "./map";
import { sqlWhere } from "./sql-where";
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
  // The total from the filter's summary when a roll-up answers it (the map and the figures read the
  // same one, once per write generation), else counted.
  const count = summaryRollupAnswers(f) ? (await fetchSummary(f)).events : await countEvents(f);
  const ids = await eventIdsPage(f, t, skip, PAGE_SIZE, count);
  const events = ids
    ? await eventRowsByIds(ids)
    : await db.event.findMany({ where: eventWhere(f), orderBy: orderBy(t), skip, take: PAGE_SIZE, select: eventRowSelect });
  return { total: count, page: t.page, pageSize: PAGE_SIZE, rows: await toEventRows(events) };
}

export const exportSelect = {
  id: true, type: true, subType: true, date: true, datePrecision: true, admin1: true, lat: true, lon: true, geoPrecision: true,
  fatalities: true, injured: true, arrested: true, confidence: true, evidence: true, reviewStatus: true, editedFields: true, reviewedBy: true,
  place: { select: { id: true, nameAr: true, nameEn: true } },
  actors: { orderBy: [{ actorId: "asc" }, { role: "asc" }], select: { role: true, actor: { select: { nameAr: true } } } },
  sources: { orderBy: [{ articleId: "asc" }, { start: "asc" }], select: { articleId: true, start: true, article: { select: { title: true, source: true, url: true } } } },
} satisfies Prisma.EventSelect;

export type ExportEvent = Prisma.EventGetPayload<{ select: typeof exportSelect }>;

/** The whole filtered set in id order, a batch at a time, so a large export never sits in memory.
 * One SQL query per batch, its actors and sources as JSON columns: the ORM's nested select made five
 * queries a batch and an object graph of every row (~20,000 rows/s at a million events, the heap
 * growing by ~250 MB). The rows have the ORM's shape (ExportEvent), and a test compares the two. */
export async function* exportEvents(f: Filters, batch = 2000): AsyncGenerator<ExportEvent[]> {
  const where = sqlWhere(f, dialect);
  let cursor = 0;
  for (;;) {
    const rows = (await db.$queryRaw<ExportRow[]>`${exportQuery(where, cursor, batch)}`).map(toExportEvent);
    if (rows.length === 0) return;
    yield rows;
    cursor = rows[rows.length - 1].id;
    if (rows.length < batch) return;
  }
}

interface ExportRow {
  id: Num; type: string; subType: string; date: Date | string | null; datePrecision: Num | null; admin1: string | null; lat: number | null; lon: number | null;
  geoPrecision: Num; fatalities: Num | null; injured: Num | null; arrested: Num | null; confidence: number; evidence: string; reviewStatus: string;
  editedFields: string; reviewedBy: string | null; placeId: Num | null; placeNameAr: string | null; placeNameEn: string | null;
  actors: Json<[string, string][]>; sources: Json<[number, number, string, string | null, string | null][]>;
}

/** A batch of the export: the events after `cursor`, with their place, actors (in the ORM's order:
 * by actor id, then role) and sources (by article, then offset). */
const exportQuery = (where: Prisma.Sql, cursor: number, batch: number) => Prisma.sql`
  SELECT e."id", e."type", e."subType", e."date", e."datePrecision", e."admin1", e."lat", e."lon", e."geoPrecision", e."fatalities", e."injured",
    e."arrested", e."confidence", e."evidence", e."reviewStatus", e."editedFields", e."reviewedBy",
    p."id" AS "placeId", p."nameAr" AS "placeNameAr", p."nameEn" AS "placeNameEn",
    (SELECT ${jsonRows(Prisma.sql`ea."role", a."nameAr"`, Prisma.sql`ea."actorId", ea."role"`)}
      FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id") AS actors,
    (SELECT ${jsonRows(Prisma.sql`es."articleId", es."start", ar."title", ar."source", ar."url"`, Prisma.sql`es."articleId", es."start"`)}
      FROM "EventSource" es JOIN "Article" ar ON ar."id" = es."articleId" WHERE es."eventId" = e."id") AS sources
  FROM "Event" e LEFT JOIN "Place" p ON p."id" = e."placeId"
  WHERE ${where} AND e."id" > ${cursor} ORDER BY e."id" LIMIT ${batch}`;

function toExportEvent(r: ExportRow): ExportEvent {
  return {
    id: Number(r.id), type: r.type, subType: r.subType, date: r.date === null ? null : new Date(r.date), datePrecision: num(r.datePrecision),
    admin1: r.admin1, lat: r.lat, lon: r.lon, geoPrecision: Number(r.geoPrecision), fatalities: num(r.fatalities), injured: num(r.injured),
    arrested: num(r.arrested), confidence: Number(r.confidence), evidence: r.evidence, reviewStatus: r.reviewStatus, editedFields: r.editedFields,
    reviewedBy: r.reviewedBy,
    place: r.placeId === null ? null : { id: Number(r.placeId), nameAr: r.placeNameAr!, nameEn: r.placeNameEn },
    actors: parseJson(r.actors, []).map(([role, nameAr]) => ({ role, actor: { nameAr } })),
    sources: parseJson(r.sources, []).map(([articleId, start, title, source, url]) => ({ articleId, start, article: { title, source, url } })),
  };
}
