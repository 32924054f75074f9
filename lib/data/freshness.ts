// How fresh the data is, for the overview: the newest article (by publication date, and when it was
// added), the last collection run of any source, and how many articles were added in the last 24 h.
import "server-only";
import { db } from "../db";
import { writeGeneration } from "./cache";

export interface Freshness {
  newestPublished: string | null;
  newestAdded: string | null;
  lastCollection: string | null;
  addedLast24h: number;
}

const DAY_MS = 24 * 3600_000;

type ArticleFreshness = Omit<Freshness, "lastCollection">;
/** The article half for one write generation, and the span of `now` over which its 24-hour count holds. */
type Kept = { generation: string; from: number; until: number; value: Promise<ArticleFreshness> };
let kept: Kept | null = null;

// The article half is read on every render of the overview. It changes only with a write (the generation) or when an article added in the last 24 h grows
// older than 24 h: so it is kept until the generation moves or the oldest recent article drops out
// of the window — the same numbers as asking again. Sources are not covered by the generation, and
// are few: they are read every time.
async function articleFreshness(now: Date): Promise<ArticleFreshness> {
  const generation = await writeGeneration();
  const t = now.getTime();
  if (kept && kept.generation === generation && t >= kept.from && t < kept.until) return kept.value;
  const since = new Date(t - DAY_MS);
  // One aggregate per column, each read from its own index (one query with both maxima scanned every article).
  const value = Promise.all([
    db.article.findFirst({ where: { publishedAt: { not: null } }, orderBy: { publishedAt: "desc" }, select: { publishedAt: true } }),
    db.article.findFirst({ orderBy: { ingestedAt: "desc" }, select: { ingestedAt: true } }),
    db.article.aggregate({ where: { ingestedAt: { gte: since } }, _count: { _all: true }, _min: { ingestedAt: true } }),
  ]).then(([published, added, recent]) => {
    const oldestRecent = recent._min.ingestedAt?.getTime();
    // The count holds until that article is 24 h old; with none recent, until the next write
    // (an article added later than `now` would be a write, which moves the generation).
    const until = oldestRecent === undefined ? Infinity : oldestRecent + DAY_MS;
    if (kept?.value === value) kept.until = until;
    return {
      newestPublished: published?.publishedAt?.toISOString() ?? null,
      newestAdded: added?.ingestedAt.toISOString() ?? null,
      addedLast24h: recent._count._all,
    };
  });
  // Until the answer is in, only this very instant is known to be covered.
  kept = { generation, from: t, until: t + 1, value };
  value.catch(() => {
    if (kept?.value === value) kept = null;
  });
  return value;
}

export async function fetchFreshness(now = new Date()): Promise<Freshness> {
  const [articles, sources] = await Promise.all([articleFreshness(now), db.source.aggregate({ _max: { lastRunAt: true } })]);
  return { ...articles, lastCollection: sources._max.lastRunAt?.toISOString() ?? null };
}
