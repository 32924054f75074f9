// Re-extraction jobs: articles stored by an older EXTRACTOR_VERSION are extracted again from their
// stored text, a batch per job, in the background (a new version never holds up `npm start`). Each
// job takes the next batch after `afterId` and queues the following one, so a restart resumes where
// the last finished batch ended, and an article already current is passed over.
import type { Db } from "../db/client";
import { extract, EXTRACTOR_VERSION } from "../extract";
import type { Knowledge } from "../extract/knowledge";
import { saveArticle } from "../ingest/persist";
import { enqueue } from "./queue";

export const REEXTRACT = "reextract";
export const REEXTRACT_BATCH = 100;

export interface ReextractPayload {
  afterId: number;
}

const stale = { extractorVersion: { lt: EXTRACTOR_VERSION } };

/**
 * Queues re-extraction when articles of an older version exist and none is queued or running yet;
 * returns the job id, or null when there is nothing to do (called each time a worker starts).
 */
export async function enqueueReextractIfStale(db: Db): Promise<number | null> {
  const pending = await db.job.count({ where: { kind: REEXTRACT, status: { in: ["queued", "running"] } } });
  if (pending > 0 || (await db.article.count({ where: stale })) === 0) return null;
  const [id] = await enqueue(db, [{ kind: REEXTRACT, payload: { afterId: 0 } satisfies ReextractPayload }]);
  return id;
}

export async function runReextractJob(db: Db, k: Knowledge, payload: ReextractPayload): Promise<{ reextracted: number; lastId: number; more: boolean }> {
  const batch = await db.article.findMany({
    where: { ...stale, id: { gt: payload.afterId } }, orderBy: { id: "asc" }, take: REEXTRACT_BATCH,
    select: { id: true, hash: true, fileName: true, title: true, body: true, source: true, url: true, publishedAt: true, dateEvidence: true },
  });
  for (const a of batch) {
    // A date taken from the file's metadata is kept as such; any other date is extraction's to find again.
    const metaDate = a.dateEvidence === "metadata" && a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : null;
    const article = { title: a.title, body: a.body, source: a.source, url: a.url, publishedAt: metaDate };
    const result = extract(a.body, k, { publishedAt: metaDate });
    await saveArticle(db, k, { fileName: a.fileName, article, hash: a.hash, result, extractorVersion: EXTRACTOR_VERSION }, a.id);
    // Extraction is synchronous: let the worker's lease timer and signals run between articles.
    await new Promise((r) => setImmediate(r));
  }
  const lastId = batch.at(-1)?.id ?? payload.afterId;
  const more = batch.length === REEXTRACT_BATCH;
  if (more) await enqueue(db, [{ kind: REEXTRACT, payload: { afterId: lastId } satisfies ReextractPayload }]);
  return { reextracted: batch.length, lastId, more };
}
