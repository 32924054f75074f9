// Collection in the background: each due source becomes a job that the worker runs (poll the feed,
// read each new item's page, ingest it), so a slow or broken source never holds up the web server and
// a collection cut short by a crash is taken up again (items already stored are skipped by URL and
// content hash). The worker schedules them itself (scheduleDueSources, on its own interval); "run now"
// on /sources and `npm run sources -- run` still collect at once, for an answer on the spot.
import type { Db } from "../db/client";
import type { Knowledge } from "../extract/knowledge";
import { dueSources, runSource, type CollectOptions } from "../collect/run";
import { enqueue } from "./queue";

export const COLLECT = "collect";

export interface CollectPayload {
  sourceId: number;
}

/** Queues a collection of each due source that has none queued or running; returns the new job ids. */
export async function scheduleDueSources(db: Db, now: Date): Promise<number[]> {
  const due = await dueSources(db, now);
  if (due.length === 0) return [];
  const pending = await db.job.findMany({ where: { kind: COLLECT, status: { in: ["queued", "running"] } }, select: { payload: true } });
  const busy = new Set(pending.map((j) => (JSON.parse(j.payload) as CollectPayload).sourceId));
  const jobs = due.filter((s) => !busy.has(s.id)).map((s) => ({ kind: COLLECT, payload: { sourceId: s.id } satisfies CollectPayload, maxAttempts: 2 }));
  return jobs.length ? enqueue(db, jobs) : [];
}

/** Runs one source's collection; a source removed meanwhile is nothing to do. */
export async function runCollectJob(db: Db, k: Knowledge, payload: CollectPayload, opts: CollectOptions) {
  if (!Number.isInteger(payload.sourceId)) throw new Error("collect job without a source id");
  const run = await runSource(db, k, payload.sourceId, new Date(), opts);
  return run ? { status: run.status, added: run.added, skipped: run.skipped, error: run.error ?? null } : { status: "gone" };
}
