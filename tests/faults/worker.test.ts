// The job worker killed with kill -9 in the middle of a batch of 500 ingest jobs, then two workers
// started on the rest: every article is stored exactly once and nothing is partial, the killed job
// is taken again once its lease has run out, and no job is ever worked by two workers. And a SIGTERM
// lets the worker finish the job in hand and exit 0.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { contentHash } from "@/lib/ingest/persist";
import { parseArticles } from "@/lib/ingest/read";
import { enqueueIngest } from "@/lib/jobs";
import { derivedRows, freshDb, integrity, jobCounts, makeCorpus, reference, removeTempDirs, startWorker, waitFor } from "./harness";

const JOBS = 500;
/** The corpus cycles through the 14 test articles (each copy made unique by a numbered line). */
const TEXTS = readdirSync("tests/fixtures/articles").length;
// Short enough that the killed job is taken again within the test, long enough that a busy machine
// never lets a live worker's lease lapse: a SQLite write waiting for the other worker's lock blocks
// the event loop (better-sqlite3 is synchronous) for up to its busy timeout, renewals included.
const LEASE = { WORKER_LEASE_MS: "12000", SQLITE_BUSY_TIMEOUT_MS: "5000" };

let corpus: string;
/** Derived rows of a clean ingest of one cycle, by the article's place in the cycle. */
let expectedByIndex: string[];

beforeAll(async () => {
  corpus = makeCorpus(JOBS);
  const cycle = makeCorpus(TEXTS);
  const ref = await reference(cycle);
  const names = readdirSync(cycle).sort();
  expectedByIndex = names.map((n) => ref.get(hashOfFile(join(cycle, n)))!);
}, 120_000);
afterAll(removeTempDirs);

/** A file's content hash, as ingestion computes it (through the modules that read and write it). */
const hashOfFile = (path: string) => contentHash(parseArticles(path, readFileSync(path), 10_000_000)[0].body);

function jobAttempts(dbFile: string): number[] {
  const conn = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare("SELECT attempts FROM Job ORDER BY id").all() as { attempts: number }[]).map((r) => r.attempts);
  } finally {
    conn.close();
  }
}

describe("the worker killed mid-batch", () => {
  it("kill -9 in a batch of 500 jobs, two workers on the rest: every article once, nothing partial, no job worked twice", async () => {
    const dbFile = await freshDb();
    const db = createDb(`file:${dbFile}`);
    const names = readdirSync(corpus).sort();
    await enqueueIngest(db, names.map((n) => ({ name: n, bytes: readFileSync(join(corpus, n)) })));
    await db.$disconnect();
    expect(jobCounts(dbFile)).toEqual({ queued: JOBS });

    const first = startWorker(dbFile, LEASE);
    await waitFor("40 jobs done", () => (jobCounts(dbFile).done ?? 0) >= 40, 300_000).catch((error) => {
      first.child.kill("SIGKILL");
      throw error;
    });
    first.child.kill("SIGKILL");
    expect((await first.done).signal).toBe("SIGKILL");
    expect(integrity(dbFile)).toBe("ok");
    const atKill = jobCounts(dbFile);
    expect(atKill.done).toBeLessThan(JOBS);

    // Two workers at once on what is left (one of them takes the killed job once its lease expires).
    const two = [startWorker(dbFile, LEASE), startWorker(dbFile, LEASE)];
    try {
      // Generous: 500 ingestions take under a minute on an idle machine, several on a shared one.
      await waitFor("all jobs done", () => jobCounts(dbFile).done === JOBS, 800_000);
    } finally {
      for (const w of two) w.child.kill("SIGTERM");
    }
    const ended = await Promise.all(two.map((w) => w.done));
    for (const e of ended) expect(e.code, e.stderr).toBe(0);
    // Both worked: the claim shared the queue between them.
    for (const e of ended) expect(e.stdout).toMatch(/job \d+ \(ingest\) done/);

    expect(integrity(dbFile)).toBe("ok");
    const stored = derivedRows(dbFile);
    expect(stored.size).toBe(JOBS);
    const hashes = names.map((n) => hashOfFile(join(corpus, n)));
    expect(new Set(hashes).size).toBe(JOBS);
    const partial = names.flatMap((n, i) => (stored.get(hashes[i]) === expectedByIndex[i % TEXTS] ? [] : [`${n}: ${stored.get(hashes[i])}, expected ${expectedByIndex[i % TEXTS]}`]));
    expect(partial).toEqual([]);
    // One attempt per job, except the job (at most one) the kill interrupted: nobody took a job twice.
    const attempts = jobAttempts(dbFile);
    expect(attempts.filter((a) => a !== 1).length).toBeLessThanOrEqual(1);
    expect(Math.max(...attempts)).toBeLessThanOrEqual(2);
  }, 1_200_000);

  it("SIGTERM: the job in hand is finished, the worker exits 0, and the rest stay queued", async () => {
    const dbFile = await freshDb();
    const db = createDb(`file:${dbFile}`);
    const names = readdirSync(corpus).sort().slice(0, 30);
    await enqueueIngest(db, names.map((n) => ({ name: n, bytes: readFileSync(join(corpus, n)) })));
    await db.$disconnect();
    const w = startWorker(dbFile, LEASE);
    await waitFor("a job done", () => (jobCounts(dbFile).done ?? 0) >= 1, 60_000);
    w.child.kill("SIGTERM");
    const ended = await w.done;
    expect(ended.code, ended.stderr).toBe(0);
    expect(ended.stdout).toContain("worker: stopped");
    const c = jobCounts(dbFile);
    expect(c.running ?? 0).toBe(0);
    expect((c.done ?? 0) + (c.queued ?? 0)).toBe(30);
    expect(derivedRows(dbFile).size).toBe(c.done);
    expect(integrity(dbFile)).toBe("ok");
  }, 120_000);
});
