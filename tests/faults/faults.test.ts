// Faults injected into real writes: after each, the database passes PRAGMA integrity_check, every
// article is whole or absent, the run says what happened (non-zero exit, a summary with reason codes),
// and the next write succeeds without a restart. Before the fix in lib/db/sqlite-adapter.ts, the
// full-disk run ended with exit 0 and no summary, and after a read-only moment no write ever finished.
import { spawn } from "node:child_process";
import { chmodSync, cpSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ingestBuffers } from "@/lib/ingest/run";
import {
  articleCount, canMount, removeTempDirs, tempDir, freshDb, integrity, isRoot, makeCorpus, NOBODY, partialArticles, reference, runCli, smallDisk, startCli, type SmallDisk,
} from "./harness";

const N = 6;
/** The kill -9 run needs a longer one, so that the kill lands mid-run: its first N files are `corpus`. */
const LONG = 24;
let corpus: string;
let long: string;
let expected: Map<string, string>;

beforeAll(async () => {
  long = makeCorpus(LONG);
  expected = await reference(long);
  corpus = tempDir("corpus");
  for (const f of readdirSync(long).sort().slice(0, N)) cpSync(join(long, f), join(corpus, f));
}, 120_000);
afterAll(removeTempDirs);

const filesOf = (dir: string) => readdirSync(dir).sort().map((f) => ({ name: join(dir, f), bytes: readFileSync(join(dir, f)) }));

function expectSound(dbFile: string) {
  expect(integrity(dbFile)).toBe("ok");
  expect(partialArticles(dbFile, expected)).toEqual([]);
}

// Mounting a tmpfs needs root (as in CI); elsewhere these two say why they did not run.
describe.skipIf(!canMount())("a disk that fills up (tmpfs; needs root)", () => {
  let disk: SmallDisk;
  afterAll(() => disk?.unmount());

  it("full disk: the CLI stores what fits, reports the rest as db_full with exit 1, and the next run completes", async () => {
    disk = smallDisk("2m");
    const dbFile = await freshDb(disk.dir);
    // Leave room for two or three articles, then fill the rest.
    const { bavail, bsize } = statfsSync(disk.dir);
    writeFileSync(join(disk.dir, "filler"), Buffer.alloc(Math.max(0, bavail * bsize - 90_000)));
    const full = await runCli(dbFile, [corpus]);
    expect(full.code).toBe(1);
    expect(full.stdout).toMatch(/^new \d+, unchanged 0, updated 0, rejected \d+ \(\d+ by the database\)$/m);
    expect(full.stdout).toContain("[db_full]");
    expect(full.stdout).not.toMatch(/could not be saved: *$/m);
    expectSound(dbFile);
    expect(articleCount(dbFile)).toBeLessThan(N);

    rmSync(join(disk.dir, "filler"));
    const again = await runCli(dbFile, [corpus]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/rejected 0/);
    expectSound(dbFile);
    expect(articleCount(dbFile)).toBe(N);
    disk.unmount();
  });

  it("full disk for a moment, in one process (as the server): refused, then the same client writes again", async () => {
    disk = smallDisk("2m");
    const dbFile = await freshDb(disk.dir);
    const db = createDb(`file:${dbFile}`);
    const k = loadKnowledge();
    const files = filesOf(corpus);
    try {
      expect((await ingestBuffers(db, k, files.slice(0, 1), { maxBytes: 1e7 })).new).toBe(1);
      const { bavail, bsize } = statfsSync(disk.dir);
      writeFileSync(join(disk.dir, "filler"), Buffer.alloc(bavail * bsize));
      const refused = await ingestBuffers(db, k, files.slice(1, 3), { maxBytes: 1e7 });
      rmSync(join(disk.dir, "filler"));
      expect(refused.new).toBe(0);
      expect(refused.rejected.map((r) => `${r.kind} ${r.code}`)).toEqual(["storage db_full", "storage db_full"]);
      expect(refused.rejected[0].reason).toBe("could not be saved: database or disk is full");
      // The hang the issue reports: after the refusal, no later transaction ever finished.
      const after = await ingestBuffers(db, k, files.slice(1, 3), { maxBytes: 1e7 });
      expect(after.rejected).toEqual([]);
      expect(after.new).toBe(2);
    } finally {
      await db.$disconnect();
    }
    expectSound(dbFile);
    disk.unmount();
  });
});

// Root ignores file permissions, so the CLI runs as nobody against a database file it may only read.
describe.skipIf(!isRoot())("a read-only database file (the CLI run as nobody; needs root)", () => {
  it("refused as db_readonly with exit 1, nothing changed; stored once the file is writable", async () => {
    const dir = tempDir("ro");
    chmodSync(dir, 0o777);
    chmodSync(corpus, 0o755); // mkdtemp makes it 0700, and nobody must read the articles
    const dbFile = await freshDb(dir);
    chmodSync(dbFile, 0o444);
    const ro = await runCli(dbFile, [corpus], {}, NOBODY);
    expect(ro.code, ro.stdout + ro.stderr).toBe(1);
    expect(ro.stdout, ro.stderr).toContain(`rejected ${N} (${N} by the database)`);
    expect(ro.stdout).toMatch(/\[db_readonly\] could not be saved: attempt to write a readonly database/);
    expect(articleCount(dbFile)).toBe(0);
    expect(integrity(dbFile)).toBe("ok");
    for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o666); // the file and its -wal/-shm
    const rw = await runCli(dbFile, [corpus], {}, NOBODY);
    expect(rw.code, rw.stdout + rw.stderr).toBe(0);
    expect(articleCount(dbFile)).toBe(N);
    expectSound(dbFile);
  });
});

describe("the CLI killed, racing, and locked out", () => {
  it("kill -9 mid-write: nothing partial, and the next run stores the rest", async () => {
    const dbFile = await freshDb();
    // Small batches, so the kill lands between committed transactions of one run.
    const run = startCli(dbFile, [long], { INGEST_BATCH_SIZE: "2" });
    const deadline = Date.now() + 60_000;
    while (articleCount(dbFile) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    run.child.kill("SIGKILL");
    const killed = await run.done;
    expect(killed.signal).toBe("SIGKILL");
    expectSound(dbFile);
    const stored = articleCount(dbFile);
    expect(stored).toBeGreaterThanOrEqual(2);
    expect(stored).toBeLessThan(LONG);

    const again = await runCli(dbFile, [long]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain(`new ${LONG - stored}, unchanged ${stored}, updated 0, rejected 0`);
    expectSound(dbFile);
  });

  it("two writers at once on two halves of one folder: every article stored, none rejected, both exit 0", async () => {
    const dbFile = await freshDb();
    const halves = [tempDir("half"), tempDir("half")];
    readdirSync(corpus).sort().forEach((f, i) => cpSync(join(corpus, f), join(halves[i % 2], f)));
    const [a, b] = await Promise.all(halves.map((h) => runCli(dbFile, [h])));
    for (const r of [a, b]) {
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain(`new ${N / 2}, unchanged 0, updated 0, rejected 0`);
    }
    expect(articleCount(dbFile)).toBe(N);
    expectSound(dbFile);
  });

  it("a database locked by another process: refused as db_busy after the retries, exit 1, then stored once the lock is gone", async () => {
    const dbFile = await freshDb();
    const locker = spawn(
      process.execPath,
      ["-e", `const D=require("better-sqlite3");const c=new D(${JSON.stringify(dbFile)});c.exec("BEGIN IMMEDIATE");console.log("locked");setInterval(()=>{},1000)`],
      { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve) => locker.stdout!.once("data", () => resolve()));
      const one = tempDir("one");
      cpSync(join(corpus, readdirSync(corpus).sort()[0]), join(one, "a.txt"));
      const locked = await runCli(dbFile, [one], { SQLITE_BUSY_TIMEOUT_MS: "200" });
      expect(locked.code).toBe(1);
      expect(locked.stdout).toMatch(/rejected 1 \(1 by the database\)/);
      expect(locked.stdout).toMatch(/\[db_busy\] could not be saved: \S/);
      expect(locked.stderr).toContain("the database refused some writes");
    } finally {
      locker.kill("SIGKILL");
      await new Promise((r) => locker.once("close", r));
    }
    expect(articleCount(dbFile)).toBe(0);
    const again = await runCli(dbFile, [corpus]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(articleCount(dbFile)).toBe(N);
    expectSound(dbFile);
  });
});
