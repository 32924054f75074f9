// Bad input through both doors, the CLI (`npm run ingest`, a real child process) and the upload (the
// route handler, then the worker that takes its jobs): each file is refused with its code and reason
// (English on the CLI, Arabic on the page) and the row counts stay as they were; the files that are
// readable after all (UTF-16, a bad optional date) are stored, correctly.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counts } from "../helpers/db";
import { createDb, type Db } from "@/lib/db/client";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ingestPaths } from "@/lib/ingest/run";
import { jobStatus, Worker, type FileResult } from "@/lib/jobs";
import { ACCEPTED, duplicateOf, LIMIT, REJECTED } from "./bad-input";
import { freshDb, removeTempDirs, runCli, tempDir } from "./harness";

const SEED = "seeds/001_23febb985faa2048.txt";
const knowledge = loadKnowledge();
afterAll(removeTempDirs);

/** A migrated database holding the seed article the duplicate repeats. */
async function seeded(): Promise<{ file: string; db: Db }> {
  const file = await freshDb();
  const db = createDb(`file:${file}`);
  await ingestPaths(db, knowledge, [SEED], { maxBytes: LIMIT });
  return { file, db };
}

function folderOf(files: { file: string; bytes: Uint8Array }[]): string {
  const dir = tempDir("bad");
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.file), f.bytes);
  return dir;
}

describe("bad input through the CLI", () => {
  it("refuses each bad file with its code and reason, stores nothing, and says the duplicate is unchanged", async () => {
    const { file, db } = await seeded();
    const before = await counts(db);
    const dir = folderOf([...REJECTED, duplicateOf(SEED)]);
    // Named one by one: in a folder, a file of an unknown type is passed over rather than rejected.
    const run = await runCli(file, REJECTED.map((c) => join(dir, c.file)).concat(join(dir, "duplicate.txt")), { INGEST_MAX_BYTES: String(LIMIT) });
    expect(run.stdout).toContain(`new 0, unchanged 1, updated 0, rejected ${REJECTED.length}`);
    for (const c of REJECTED) {
      const line = run.stdout.split("\n").find((l) => l.includes(`${c.file}:`));
      expect(line, `${c.file} in\n${run.stdout}`).toBeDefined();
      const [, code, reason] = /\[([a-z_-]+)\] (.*)$/.exec(line!)!;
      expect(code).toMatch(new RegExp(`^(${c.code})$`));
      expect(reason).toMatch(c.reason);
    }
    // The files were at fault, not the database: the run still succeeds (one file was fine).
    expect(run.code, run.stderr).toBe(0);
    expect(await counts(db)).toEqual(before);
    await db.$disconnect();
  });

  it("reads UTF-16 with a BOM and ignores a bad optional publishedAt with a warning", async () => {
    const { file, db } = await seeded();
    const run = await runCli(file, [folderOf(Object.values(ACCEPTED))], { INGEST_MAX_BYTES: String(LIMIT) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("new 2, unchanged 0, updated 0, rejected 0");
    const utf16 = await db.article.findFirstOrThrow({ where: { fileName: "utf16.txt" } });
    expect(utf16.body).toContain("نسخة UTF-16");
    expect(utf16.body).toContain("إدلب");
    const dated = await db.article.findFirstOrThrow({ where: { fileName: "bad-date.json" } });
    expect(dated.dateEvidence).not.toBe("metadata");
    expect(dated.publishedAt?.toISOString().slice(0, 10)).not.toBe("2019-03-02");
    await db.$disconnect();
  });
});

describe("bad input through the upload and the worker", () => {
  let db: Db;
  let POST: (req: Request) => Promise<Response>;
  const TOKEN = "bad-input-token";

  beforeAll(async () => {
    const s = await seeded();
    await s.db.$disconnect();
    process.env.DATABASE_URL = `file:${s.file}`;
    process.env.UPLOAD_TOKEN = TOKEN;
    process.env.INGEST_MAX_BYTES = String(LIMIT);
    ({ POST } = await import("@/app/api/upload/route"));
    ({ db } = await import("@/lib/db"));
  });

  async function upload(files: { file: string; bytes: Uint8Array }[]) {
    const form = new FormData();
    for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)]), f.file);
    const res = await POST(new Request("http://x/api/upload", { method: "POST", body: form, headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(res.status).toBe(202);
    const { files: answered } = (await res.json()) as { files: ({ file: string; status: "queued"; jobId: number } | { file: string; status: "rejected"; reason: string; code: string })[] };
    const worker = new Worker({ db, knowledge, workerId: "test", leaseMs: 30_000, pollMs: 10, maxBytes: LIMIT, retry: { baseMs: 0, maxMs: 0 } });
    while (await worker.runOnce());
    const ids = answered.flatMap((a) => (a.status === "queued" ? [a.jobId] : []));
    const jobs = new Map((await jobStatus(db, ids)).map((j) => [j.id, j]));
    return answered.map((a): FileResult => {
      if (a.status === "rejected") return { file: a.file, status: "rejected", articles: 0, reason: a.reason, code: a.code };
      const j = jobs.get(a.jobId)!;
      expect(j.status).toBe("done");
      return j.result as FileResult;
    });
  }

  it("answers each bad file with its Arabic reason and code, stores nothing, and the duplicate is unchanged", async () => {
    const before = await counts(db);
    const results = await upload([...REJECTED, duplicateOf(SEED)]);
    expect(results.map((r) => `${r.file} ${r.status}`)).toEqual([...REJECTED.map((c) => `${c.file} rejected`), "duplicate.txt unchanged"]);
    REJECTED.forEach((c, i) => {
      expect(results[i].code).toMatch(new RegExp(`^(${c.code})$`));
      expect(results[i].reason).toMatch(c.ar);
    });
    expect(await counts(db)).toEqual(before);
    // Nothing is left waiting or failed: each bad file was an answer, not a retry.
    expect(await db.job.count({ where: { status: { not: "done" } } })).toBe(0);
  });

  it("stores UTF-16 with a BOM and an article whose publishedAt is not a date", async () => {
    const results = await upload(Object.values(ACCEPTED));
    expect(results.map((r) => `${r.file} ${r.status}`)).toEqual(["utf16.txt new", "bad-date.json new"]);
    expect((await db.article.findFirstOrThrow({ where: { fileName: "utf16.txt" } })).body).toContain("نسخة UTF-16");
  });
});
