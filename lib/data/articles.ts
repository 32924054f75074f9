// Every read the pages make about articles. Server-only: components never see Prisma.
import "server-only";
import { db } from "../db";

export interface ArticleListItem {
  id: number;
  title: string;
  source: string | null;
  publishedAt: Date | null;
  places: number;
  actors: number;
  events: number;
}

export async function fetchArticles(): Promise<ArticleListItem[]> {
  const articles = await db.article.findMany({
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, source: true, publishedAt: true, _count: { select: { eventSources: true } } },
  });
  const mentions = await db.mention.findMany({
    where: { kind: { in: ["place", "actor"] } },
    select: { articleId: true, placeId: true, actorId: true },
  });
  const distinct = new Map<number, { places: Set<number>; actors: Set<number> }>();
  for (const m of mentions) {
    const d = distinct.get(m.articleId) ?? { places: new Set(), actors: new Set() };
    if (m.placeId) d.places.add(m.placeId);
    if (m.actorId) d.actors.add(m.actorId);
    distinct.set(m.articleId, d);
  }
  return articles.map((a) => ({
    id: a.id, title: a.title, source: a.source, publishedAt: a.publishedAt,
    places: distinct.get(a.id)?.places.size ?? 0, actors: distinct.get(a.id)?.actors.size ?? 0, events: a._count.eventSources,
  }));
}

export async function fetchArticle(id: number) {
  return db.article.findUnique({
    where: { id },
    select: {
      id: true, title: true, body: true, source: true, url: true, fileName: true, publishedAt: true, datePrecision: true,
      dateEvidence: true, extractorVersion: true, ingestedAt: true,
      mentions: {
        orderBy: { start: "asc" },
        select: { id: true, kind: true, start: true, end: true, surface: true, detail: true,
          place: { select: { id: true, nameAr: true, kind: true } }, actor: { select: { id: true, nameAr: true, kind: true } } },
      },
      eventSources: { orderBy: { start: "asc" }, select: { start: true, end: true, event: { select: { id: true, type: true, subType: true, fatalities: true } } } },
    },
  });
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof fetchArticle>>>;
