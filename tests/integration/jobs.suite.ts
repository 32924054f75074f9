// The job queue's behaviour on every database: claim with a lease, renewal, expiry (a killed worker's
// job is taken again), retry with exponential back-off, at most maxAttempts tries then failed with its
// reason, and two workers that never hold the same job. Run on SQLite always, PostgreSQL when available.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { EXTRACTOR_VERSION } from "@/lib/extract";
import { claim, complete, enqueue, enqueueIngest, enqueueReextractIfStale, fail, jobStatus, release, renewLease, Worker } from "@/lib/jobs";
import { counts, type TestDb } from "../helpers/db";

const knowledge = loadKnowledge();
const noWait = { baseMs: 0, maxMs: 0 };

/**
 * `twoClients`: the concurrent claim test uses two connection pools. Not on SQLite: better-sqlite3 is
 * synchronous, so a second connection waiting for the lock in the same process blocks the event loop
 * the first one needs to commit; there the claimers share one client (as one worker process does) and
 * the faults suite runs two worker processes against one file.
 */
export function jobsSuite(name: string, open: () => Promise<TestDb>, { twoClients }: { twoClients: boolean }) {
  describe(`job queue (${name})`, () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await open();
    });
    afterAll(async () => {
      await t?.cleanup();
    });
    beforeEach(async () => {
      await t.db.job.deleteMany();
    });

    it("claims the oldest due job once, with a lease, and counts the attempt", async () => {
      const [a, b] = await enqueue(t.db, [{ kind: "test", payload: { n: 1 } }, { kind: "test", payload: { n: 2 } }]);
      await enqueue(t.db, [{ kind: "test", runAt: new Date(Date.now() + 60_000) }]); // not due yet
      const first = await claim(t.db, "w1", 30_000);
      expect(first).toMatchObject({ id: a, status: "running", lockedBy: "w1", attempts: 1 });
      expect(first!.leaseUntil!.getTime()).toBeGreaterThan(Date.now() + 25_000);
      expect((await claim(t.db, "w2", 30_000))?.id).toBe(b);
      expect(await claim(t.db, "w3", 30_000)).toBeNull();
    });

    it("renews a lease only for its holder, and takes a job again once its lease ran out", async () => {
      const [id] = await enqueue(t.db, [{ kind: "test" }]);
      // A lease long enough to outlast the next claim on a busy machine, short enough to wait out.
      await claim(t.db, "dead", 1_000);
      expect(await claim(t.db, "w2", 30_000)).toBeNull(); // still leased
      await new Promise((r) => setTimeout(r, 1_100));
      expect(await renewLease(t.db, id, "someone-else", 30_000)).toBe(false);
      const again = await claim(t.db, "w2", 30_000);
      expect(again).toMatchObject({ id, lockedBy: "w2", attempts: 2 });
      // The dead worker's late writes are refused: it no longer holds the job.
      expect(await renewLease(t.db, id, "dead", 30_000)).toBe(false);
      expect(await complete(t.db, id, "dead", { late: true })).toBe(false);
      expect(await complete(t.db, id, "w2", { ok: true })).toBe(true);
      const [v] = await jobStatus(t.db, [id]);
      expect(v).toMatchObject({ status: "done", result: { ok: true }, attempts: 2 });
    });

    it("retries after an exponential back-off, then fails for good after maxAttempts with its reason", async () => {
      const [id] = await enqueue(t.db, [{ kind: "test", maxAttempts: 3 }]);
      const policy = { baseMs: 1_000, maxMs: 60_000 };
      const waits: number[] = [];
      for (let i = 1; i <= 3; i++) {
        // Make the job due now, whatever its back-off, to take each attempt at once.
        await t.db.job.updateMany({ where: { id, status: "queued" }, data: { runAt: new Date(Date.now() - 1) } });
        const job = (await claim(t.db, "w", 30_000))!;
        expect(job.attempts).toBe(i);
        const before = Date.now();
        const status = await fail(t.db, job, "w", `boom ${i}\nstack line`, policy);
        const row = await t.db.job.findUniqueOrThrow({ where: { id } });
        if (i < 3) {
          expect(status).toBe("queued");
          waits.push(row.runAt.getTime() - before);
        } else {
          expect(status).toBe("failed");
          expect(row).toMatchObject({ status: "failed", lastError: "boom 3", lockedBy: null });
          expect(row.finishedAt).not.toBeNull();
        }
      }
      // 1 s then 2 s (each with at most 20% jitter): the wait doubles.
      expect(waits[0]).toBeGreaterThanOrEqual(950);
      expect(waits[0]).toBeLessThanOrEqual(1_250);
      expect(waits[1]).toBeGreaterThanOrEqual(1_950);
      expect(waits[1]).toBeLessThanOrEqual(2_450);
      expect(await claim(t.db, "w", 30_000)).toBeNull();
    });

    it("gives a released job back without counting the attempt", async () => {
      const [id] = await enqueue(t.db, [{ kind: "test" }]);
      await claim(t.db, "w", 30_000);
      await release(t.db, id, "w");
      expect(await claim(t.db, "w2", 30_000)).toMatchObject({ id, attempts: 1 });
    });

    it("never gives one job to two workers claiming at the same time", async () => {
      await enqueue(t.db, Array.from({ length: 40 }, (_, i) => ({ kind: "test", payload: { i } })));
      // Two independent clients (two connection pools, as two processes would have) where the database
      // allows it, four claimers each.
      const { createDb } = await import("@/lib/db/client");
      const other = twoClients ? createDb(t.url) : t.db;
      try {
        const taken: number[] = [];
        const claimer = async (db: typeof t.db, who: string) => {
          for (;;) {
            const j = await claim(db, who, 30_000);
            if (!j) return;
            taken.push(j.id);
          }
        };
        await Promise.all([0, 1, 2, 3].flatMap((i) => [claimer(t.db, `a${i}`), claimer(other, `b${i}`)]));
        expect(taken).toHaveLength(40);
        expect(new Set(taken).size).toBe(40);
      } finally {
        if (other !== t.db) await other.$disconnect();
      }
    });

    it("ingests queued files through the worker, with the per-file result and nothing lost for a bad file", async () => {
      const seed = readFileSync("seeds/001_23febb985faa2048.txt");
      const ids = await enqueueIngest(t.db, [
        { name: "a.txt", bytes: seed },
        { name: "empty.txt", bytes: new Uint8Array() },
        { name: "again.txt", bytes: seed },
      ]);
      const queued = await jobStatus(t.db, ids);
      expect(queued.map((j) => [j.status, j.ahead])).toEqual([["queued", 0], ["queued", 1], ["queued", 2]]);
      const worker = new Worker({ db: t.db, knowledge, workerId: "w", leaseMs: 30_000, pollMs: 10, maxBytes: 2 * 1024 * 1024, retry: noWait });
      while (await worker.runOnce());
      const done = await jobStatus(t.db, ids);
      expect(done.map((j) => j.status)).toEqual(["done", "done", "done"]);
      expect(done.map((j) => (j.result as { status: string }).status)).toEqual(["new", "rejected", "unchanged"]);
      expect(done[1].result).toMatchObject({ file: "empty.txt", reason: "ملف فارغ", code: "empty" });
      expect((await counts(t.db)).articles).toBe(1);
      // A finished job lets go of the file's bytes.
      expect((await t.db.job.findUniqueOrThrow({ where: { id: ids[0] } })).data).toBeNull();
    });

    it("fails an unknown kind at once, without retrying", async () => {
      const [id] = await enqueue(t.db, [{ kind: "nonsense", maxAttempts: 5 }]);
      const worker = new Worker({ db: t.db, knowledge, workerId: "w", leaseMs: 30_000, pollMs: 10, maxBytes: 1_000, retry: noWait });
      await worker.runOnce();
      expect(await t.db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", attempts: 1, lastError: 'unknown job kind "nonsense"' });
    });

    it("re-extracts articles of an older extractor version in the background, once", async () => {
      const article = await t.db.article.findFirstOrThrow();
      const before = await counts(t.db);
      await t.db.article.update({ where: { id: article.id }, data: { extractorVersion: 0 } });
      const id = await enqueueReextractIfStale(t.db);
      expect(id).not.toBeNull();
      expect(await enqueueReextractIfStale(t.db)).toBeNull(); // one is pending already
      const worker = new Worker({ db: t.db, knowledge, workerId: "w", leaseMs: 30_000, pollMs: 10, maxBytes: 1_000, retry: noWait });
      while (await worker.runOnce());
      expect((await jobStatus(t.db, [id!]))[0]).toMatchObject({ status: "done", result: { reextracted: 1, more: false } });
      expect((await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).extractorVersion).toBe(EXTRACTOR_VERSION);
      expect(await counts(t.db)).toEqual(before);
      expect(await enqueueReextractIfStale(t.db)).toBeNull();
    });
  });
}
