// The one way collected articles reach the database. It hands each article to the same
// ingestion as `npm run ingest` (as a JSON file of one article, so the reader, hashing, extraction
// and the per-article transaction are all the ones uploads use). Scheduled collections run inside a
// job of the worker (lib/jobs/collect-job.ts), so this runs in the worker process, not the web server.
import type { Db } from "../db/client";
import type { Knowledge } from "../extract/knowledge";
import type { ArticleInput } from "../ingest/read";
import { contentHash } from "../ingest/persist";
import { ingestBuffers, type FileInput } from "../ingest/run";
import { sha } from "./entries";

export interface CollectedArticle extends ArticleInput {
  url: string;
}

export interface StoredItem {
  url: string;
  /** Article.hash of the stored body. */
  hash: string;
  status: "new" | "updated" | "unchanged" | "rejected";
  reason?: string;
}

/** A file name that says where the article came from (Article.fileName), unique per URL. */
export function collectedFileName(url: string): string {
  return `${new URL(url).hostname}-${sha(url).slice(0, 12)}.json`;
}

export function collectedFile(a: CollectedArticle): FileInput {
  const json = JSON.stringify({ title: a.title, body: a.body, url: a.url, source: a.source ?? null, publishedAt: a.publishedAt ?? null });
  return { name: collectedFileName(a.url), bytes: new TextEncoder().encode(json) };
}

export async function storeCollected(db: Db, k: Knowledge, items: CollectedArticle[], opts: { maxBytes: number }): Promise<StoredItem[]> {
  const out: StoredItem[] = [];
  // One ingestion per article, so each item gets its own outcome (the source counts what it added).
  for (const a of items) {
    const s = await ingestBuffers(db, k, [collectedFile(a)], opts);
    const hash = contentHash(a.body);
    if (s.rejected.length) out.push({ url: a.url, hash, status: "rejected", reason: s.rejected[0].reason });
    else out.push({ url: a.url, hash, status: s.new ? "new" : s.updated ? "updated" : "unchanged" });
  }
  return out;
}

/**
 * Removes the superseded version of an updated article (its mentions, its event sources, and the
 * events no other article still reports), so an edited story is not counted twice.
 */
export async function dropArticleVersion(db: Db, hash: string): Promise<void> {
  const old = await db.article.findUnique({ where: { hash }, select: { id: true } });
  if (!old) return;
  await db.$transaction(async (tx) => {
    await tx.mention.deleteMany({ where: { articleId: old.id } });
    await tx.eventSource.deleteMany({ where: { articleId: old.id } });
    await tx.event.deleteMany({ where: { sources: { none: {} } } });
    await tx.article.delete({ where: { id: old.id } });
  });
}
