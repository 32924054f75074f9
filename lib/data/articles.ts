// Every read the pages make about articles. Server-only: components never see Prisma.
import "server-only";
import { db } from "../db";

export interface ArticleListItem {
  id: number;
  title: string;
  source: string | null;
  /** Where the article was read from (collected articles always have one). */
  url: string | null;
  publishedAt: Date | null;
  places: number;
  actors: number;
  events: number;
}

export const ARTICLES_PER_PAGE = 50;

/** One page of articles, newest first, with how many distinct places, actors and events each gave. */
export async function fetchArticles(page = 1, q = ""): Promise<{ total: number; items: ArticleListItem[] }> {
  const where = q ? { OR: [{ title: { contains: q } }, { source: { contains: q } }, { fileName: { contains: q } }, { url: { contains: q } }] } : {};
  const [total, articles] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * ARTICLES_PER_PAGE,
      take: ARTICLES_PER_PAGE,
      select: { id: true, title: true, source: true, url: true, publishedAt: true, _count: { select: { eventSources: true } } },
    }),
  ]);
  const ids = articles.map((a) => a.id);
  const [places, actors] = await Promise.all([
    db.mention.groupBy({ by: ["articleId", "placeId"], where: { articleId: { in: ids }, kind: "place" } }),
    db.mention.groupBy({ by: ["articleId", "actorId"], where: { articleId: { in: ids }, kind: "actor" } }),
  ]);
  const tally = (rows: { articleId: number }[]) => rows.reduce((m, r) => m.set(r.articleId, (m.get(r.articleId) ?? 0) + 1), new Map<number, number>());
  const placeCount = tally(places);
  const actorCount = tally(actors);
  return {
    total,
    items: articles.map((a) => ({
      id: a.id, title: a.title, source: a.source, url: a.url, publishedAt: a.publishedAt,
      places: placeCount.get(a.id) ?? 0, actors: actorCount.get(a.id) ?? 0, events: a._count.eventSources,
    })),
  };
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

/** The events read from one article, in the order of their sentences, for the article page's list. */
export async function fetchArticleEvents(articleId: number) {
  const rows = await db.eventSource.findMany({
    where: { articleId },
    orderBy: { start: "asc" },
    select: {
      start: true,
      event: { select: { id: true, type: true, subType: true, date: true, datePrecision: true, fatalities: true, injured: true, geoPrecision: true, place: { select: { id: true, nameAr: true } } } },
    },
  });
  return rows.map((r) => ({ start: r.start, ...r.event }));
}

export type ArticleEvent = Awaited<ReturnType<typeof fetchArticleEvents>>[number];
