// Every read the pages make about articles. Server-only: components never see Prisma.
import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/sqlite/client";
import { inIdOrder } from "./event-page-sql";

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

/** The LIKE pattern of a literal substring: `%`, `_` and `\` match themselves (ESCAPE '\'). */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of articles, newest first, with how many distinct places, actors and events each gave.
 * The page's ids are chosen in SQL, through the date index: the ORM's `nulls: "last"` is a CASE in
 * the ORDER BY, which read and sorted every article (bodies and all) for each page. */
export async function fetchArticles(page = 1, q = ""): Promise<{ total: number; items: ArticleListItem[] }> {
  const like = containing(q);
  const where = q
    ? Prisma.sql`WHERE (a."title" LIKE ${like} ESCAPE '\\' OR a."source" LIKE ${like} ESCAPE '\\' OR a."fileName" LIKE ${like} ESCAPE '\\' OR a."url" LIKE ${like} ESCAPE '\\')`
    : Prisma.empty;
  const [[{ n }], pageIds] = await Promise.all([
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "Article" a ${where}`,
    db.$queryRaw<{ id: number | bigint }[]>`SELECT a."id" FROM "Article" a ${where}
      ORDER BY a."publishedAt" DESC NULLS LAST, a."id" ASC LIMIT ${ARTICLES_PER_PAGE} OFFSET ${(page - 1) * ARTICLES_PER_PAGE}`,
  ]);
  const total = Number(n);
  const order = pageIds.map((r) => Number(r.id));
  const rows = await db.article.findMany({ where: { id: { in: order } }, select: { id: true, title: true, source: true, url: true, publishedAt: true } });
  const articles = inIdOrder(order, rows);
  const ids = articles.map((a) => a.id);
  // Counted for this page's articles only: the ORM's `_count` grouped every article's sources to read
  // fifty.
  const [places, actors, sources] = await Promise.all([
    db.mention.groupBy({ by: ["articleId", "placeId"], where: { articleId: { in: ids }, kind: "place" } }),
    db.mention.groupBy({ by: ["articleId", "actorId"], where: { articleId: { in: ids }, kind: "actor" } }),
    db.eventSource.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } }),
  ]);
  const events = new Map(sources.map((g) => [g.articleId, g._count._all]));
  const tally = (rows: { articleId: number }[]) => rows.reduce((m, r) => m.set(r.articleId, (m.get(r.articleId) ?? 0) + 1), new Map<number, number>());
  const placeCount = tally(places);
  const actorCount = tally(actors);
  return {
    total,
    items: articles.map((a) => ({
      id: a.id, title: a.title, source: a.source, url: a.url, publishedAt: a.publishedAt,
      places: placeCount.get(a.id) ?? 0, actors: actorCount.get(a.id) ?? 0, events: events.get(a.id) ?? 0,
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
