// Events as the UI lists them: place, actors, the sentence that reports them with its place and
// actor mentions highlighted, and the article to open at that sentence.
import "server-only";
import { Prisma } from "../generated/sqlite/client";
import type { EventRow, Highlight } from "../api-types";
import { db } from "../db";
import { inIdOrder } from "./event-page-sql";
import { jsonRows, num, parseJson, type Json, type Num } from "./json-rows";

export const eventRowSelect = {
  id: true, type: true, subType: true, date: true, datePrecision: true, fatalities: true, injured: true, arrested: true,
  geoPrecision: true, confidence: true, evidence: true, reviewStatus: true,
  place: { select: { id: true, nameAr: true, admin1: true } },
  actors: { orderBy: [{ actorId: "asc" }, { role: "asc" }], select: { role: true, actor: { select: { id: true, nameAr: true } } } },
  sources: { orderBy: [{ articleId: "asc" }, { start: "asc" }], select: { articleId: true, start: true, end: true, article: { select: { title: true } } } },
} satisfies Prisma.EventSelect;

export type EventWithRelations = Prisma.EventGetPayload<{ select: typeof eventRowSelect }>;

interface RowOfIds {
  id: Num; type: string; subType: string; date: Date | string | null; datePrecision: Num | null; fatalities: Num | null; injured: Num | null;
  arrested: Num | null; geoPrecision: Num; confidence: number; evidence: string; reviewStatus: string;
  placeId: Num | null; placeNameAr: string | null; placeAdmin1: string | null;
  actors: Json<[string, number, string][]>; sources: Json<[number, number, number, string][]>;
}

/** The events of `ids` with eventRowSelect's fields, in the order of `ids`, in one SQL query (their
 * actors and sources as JSON columns): the ORM's nested select made five queries and an object graph
 * per page (a page of 50 cost it ~15 ms at a million events). A test compares the two. */
export async function eventRowsByIds(ids: number[]): Promise<EventWithRelations[]> {
  if (!ids.length) return [];
  const rows = await db.$queryRaw<RowOfIds[]>`
    SELECT e."id", e."type", e."subType", e."date", e."datePrecision", e."fatalities", e."injured", e."arrested", e."geoPrecision",
      e."confidence", e."evidence", e."reviewStatus", p."id" AS "placeId", p."nameAr" AS "placeNameAr", p."admin1" AS "placeAdmin1",
      (SELECT ${jsonRows(Prisma.sql`ea."role", a."id", a."nameAr"`, Prisma.sql`ea."actorId", ea."role"`)}
        FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id") AS actors,
      (SELECT ${jsonRows(Prisma.sql`es."articleId", es."start", es."end", ar."title"`, Prisma.sql`es."articleId", es."start"`)}
        FROM "EventSource" es JOIN "Article" ar ON ar."id" = es."articleId" WHERE es."eventId" = e."id") AS sources
    FROM "Event" e LEFT JOIN "Place" p ON p."id" = e."placeId" WHERE e."id" IN (${Prisma.join(ids)})`;
  return inIdOrder(ids, rows.map((r): EventWithRelations => ({
    id: Number(r.id), type: r.type, subType: r.subType, date: r.date === null ? null : new Date(r.date), datePrecision: num(r.datePrecision),
    fatalities: num(r.fatalities), injured: num(r.injured), arrested: num(r.arrested), geoPrecision: Number(r.geoPrecision),
    confidence: Number(r.confidence), evidence: r.evidence, reviewStatus: r.reviewStatus,
    place: r.placeId === null ? null : { id: Number(r.placeId), nameAr: r.placeNameAr!, admin1: r.placeAdmin1 },
    actors: parseJson(r.actors, []).map(([role, id, nameAr]) => ({ role, actor: { id: Number(id), nameAr } })),
    sources: parseJson(r.sources, []).map(([articleId, start, end, title]) => ({ articleId: Number(articleId), start: Number(start), end: Number(end), article: { title } })),
  })));
}

type Span = { articleId: number; start: number; end: number };
type MentionOf = Span & { kind: string; placeId: number | null; actorId: number | null };

/** The place and actor mentions inside each span, in one SQL query read through the articles' index
 * (the ORM's OR of 50 objects cost ~6 ms of query building a page). A test compares it with the ORM. */
export async function mentionsWithin(spans: Span[]): Promise<MentionOf[]> {
  if (!spans.length) return [];
  const within = spans.map((s) => Prisma.sql`(m."articleId" = ${s.articleId} AND m."start" >= ${s.start} AND m."end" <= ${s.end})`);
  const [row] = await db.$queryRaw<{ m: Json<[number, number, number, string, number | null, number | null][]> }[]>`
    SELECT ${jsonRows(Prisma.sql`m."articleId", m."start", m."end", m."kind", m."placeId", m."actorId"`, Prisma.sql`m."id"`)} AS m
    FROM "Mention" m WHERE m."kind" IN ('place', 'actor') AND (${Prisma.join(within, " OR ")})`;
  return parseJson(row.m, []).map(([articleId, start, end, kind, placeId, actorId]) => ({
    articleId: Number(articleId), start: Number(start), end: Number(end), kind, placeId: num(placeId), actorId: num(actorId),
  }));
}

const ROLE_ORDER: Record<string, number> = { actor1: 0, actor2: 1, associated: 2 };

export async function toEventRows(events: EventWithRelations[]): Promise<EventRow[]> {
  const firstSources = events.map((e) => e.sources[0]).filter((s) => s !== undefined);
  // The mentions inside each evidence sentence, read in one query.
  const mentions = await mentionsWithin(firstSources);
  return events.map((e) => {
    const s = e.sources[0];
    const highlights: Highlight[] = s
      ? mentions
          .filter((m) => m.articleId === s.articleId && m.start >= s.start && m.end <= s.end)
          .map((m) => ({ start: m.start - s.start, end: m.end - s.start, kind: m.kind as Highlight["kind"], id: (m.placeId ?? m.actorId)! }))
          .filter((h) => h.id !== null && h.end <= e.evidence.length)
      : [];
    return {
      id: e.id, type: e.type, subType: e.subType, date: e.date?.toISOString().slice(0, 10) ?? null, datePrecision: e.datePrecision,
      fatalities: e.fatalities, injured: e.injured, arrested: e.arrested, geoPrecision: e.geoPrecision, confidence: e.confidence,
      place: e.place ? { id: e.place.id, name: e.place.nameAr, admin1: e.place.admin1 } : null,
      actors: e.actors
        .map((a) => ({ id: a.actor.id, name: a.actor.nameAr, role: a.role }))
        .sort((a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9)),
      evidence: e.evidence,
      highlights,
      source: s ? { articleId: s.articleId, start: s.start, title: s.article.title } : null,
      sourceCount: e.sources.length,
      reviewStatus: e.reviewStatus,
    };
  });
}
