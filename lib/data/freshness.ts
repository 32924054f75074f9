// How fresh the data is, for the overview: the newest article (by publication date, and when it was
// added), the last collection run of any source, and how many articles were added in the last 24 h.
import "server-only";
import { db } from "../db";

export interface Freshness {
  newestPublished: string | null;
  newestAdded: string | null;
  lastCollection: string | null;
  addedLast24h: number;
}

export async function fetchFreshness(now = new Date()): Promise<Freshness> {
  const [articles, sources, recent] = await Promise.all([
    db.article.aggregate({ _max: { publishedAt: true, ingestedAt: true } }),
    db.source.aggregate({ _max: { lastRunAt: true } }),
    db.article.count({ where: { ingestedAt: { gte: new Date(now.getTime() - 24 * 3600_000) } } }),
  ]);
  return {
    newestPublished: articles._max.publishedAt?.toISOString() ?? null,
    newestAdded: articles._max.ingestedAt?.toISOString() ?? null,
    lastCollection: sources._max.lastRunAt?.toISOString() ?? null,
    addedLast24h: recent,
  };
}
