// Events as the UI lists them: place, actors, the sentence that reports them with its place and
// actor mentions highlighted, and the article to open at that sentence.
import "server-only";
import type { Prisma } from "../generated/sqlite/client";
import type { EventRow, Highlight } from "../api-types";
import { db } from "../db";

export const eventRowSelect = {
  id: true, type: true, subType: true, date: true, datePrecision: true, fatalities: true, injured: true, arrested: true,
  geoPrecision: true, confidence: true, evidence: true, reviewStatus: true,
  place: { select: { id: true, nameAr: true, admin1: true } },
  actors: { select: { role: true, actor: { select: { id: true, nameAr: true } } } },
  sources: { orderBy: [{ articleId: "asc" }, { start: "asc" }], select: { articleId: true, start: true, end: true, article: { select: { title: true } } } },
} satisfies Prisma.EventSelect;

type EventWithRelations = Prisma.EventGetPayload<{ select: typeof eventRowSelect }>;

const ROLE_ORDER: Record<string, number> = { actor1: 0, actor2: 1, associated: 2 };

export async function toEventRows(events: EventWithRelations[]): Promise<EventRow[]> {
  const firstSources = events.map((e) => e.sources[0]).filter((s) => s !== undefined);
  // The mentions inside each evidence sentence, read in one query.
  const mentions = firstSources.length
    ? await db.mention.findMany({
        where: { kind: { in: ["place", "actor"] }, OR: firstSources.map((s) => ({ articleId: s.articleId, start: { gte: s.start }, end: { lte: s.end } })) },
        select: { articleId: true, start: true, end: true, kind: true, placeId: true, actorId: true },
      })
    : [];
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
