// Shared by the fault-injection tests: a corpus of unique articles, the ingest CLI run as a real child
// process, a small tmpfs to fill or make read-only, and the checks every fault ends with (the file
// passes PRAGMA integrity_check; each stored article is whole: the same derived rows as a clean run).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ingestBuffers } from "@/lib/ingest/run";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// tsx's own binary runs the script in a child process, so a kill -9 would miss the writer: load tsx in-process.
const NODE_ARGS = ["--import", "tsx", "scripts/ingest.ts"];

const created: string[] = [];

/** A fresh temporary folder, removed by removeTempDirs() (each test file calls it when done). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `faults-${prefix}-`));
  created.push(dir);
  return dir;
}

export function removeTempDirs() {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** n article files (the test articles, each made unique by a numbered last line) in a fresh folder. */
export function makeCorpus(n: number, dir = tempDir("corpus")): string {
  const src = join(ROOT, "tests/fixtures/articles");
  const texts = readdirSync(src).sort().map((f) => readFileSync(join(src, f), "utf8"));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `a${String(i).padStart(3, "0")}.txt`), `${texts[i % texts.length]}\n\nنسخة رقم ${i}\n`);
  return dir;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** What a child process printed and how it ended, once it has. */
function outcome(child: ChildProcess): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  return new Promise<CliRun>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** The unprivileged user the read-only test runs the CLI as (root ignores file permissions). */
export const NOBODY = 65534;

export function startCli(dbFile: string, paths: string[], env: Record<string, string> = {}, as?: number): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [...NODE_ARGS, ...paths], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${dbFile}`, ...env }, stdio: ["ignore", "pipe", "pipe"],
    ...(as === undefined ? {} : { uid: as, gid: as }),
  });
  return { child, done: outcome(child) };
}

export const runCli = (dbFile: string, paths: string[], env: Record<string, string> = {}, as?: number) => startCli(dbFile, paths, env, as).done;

/** An empty, migrated database file. */
export async function freshDb(dir = tempDir("db")): Promise<string> {
  const file = join(dir, "faults.db");
  await migrate(`file:${file}`, ROOT);
  return file;
}

export function integrity(dbFile: string): string {
  const conn = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return (conn.pragma("integrity_check", { simple: true }) as string) ?? "";
  } finally {
    conn.close();
  }
}

/** For each stored article (by content hash): its mentions and event sources. */
export function derivedRows(dbFile: string): Map<string, string> {
  const conn = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = conn
      .prepare(
        `SELECT a.hash AS hash, (SELECT count(*) FROM Mention m WHERE m.articleId = a.id) AS mentions,
                (SELECT count(*) FROM EventSource s WHERE s.articleId = a.id) AS sources FROM Article a`,
      )
      .all() as { hash: string; mentions: number; sources: number }[];
    return new Map(rows.map((r) => [r.hash, `${r.mentions} mentions, ${r.sources} event sources`]));
  } finally {
    conn.close();
  }
}

/** What a clean, fault-free ingest of the corpus stores for each article. */
export async function reference(corpus: string): Promise<Map<string, string>> {
  const file = await freshDb();
  const db = createDb(`file:${file}`);
  try {
    const files = readdirSync(corpus).sort().map((f) => ({ name: join(corpus, f), bytes: readFileSync(join(corpus, f)) }));
    const s = await ingestBuffers(db, loadKnowledge(), files, { maxBytes: 10_000_000 });
    if (s.rejected.length || s.new !== files.length) throw new Error(`reference ingest failed: ${JSON.stringify(s.rejected)}`);
  } finally {
    await db.$disconnect();
  }
  return derivedRows(file);
}

/** Articles stored but not whole (derived rows differ from the clean run), as "hash: got, expected" lines. */
export function partialArticles(dbFile: string, expected: Map<string, string>): string[] {
  const bad: string[] = [];
  for (const [hash, got] of derivedRows(dbFile)) if (got !== expected.get(hash)) bad.push(`${hash.slice(0, 8)}: ${got}, expected ${expected.get(hash)}`);
  return bad;
}

export const articleCount = (dbFile: string) => derivedRows(dbFile).size;

/** A small tmpfs (root only): a disk that can be filled on demand. */
export interface SmallDisk {
  dir: string;
  unmount: () => void;
}

export const isRoot = () => process.getuid?.() === 0;
export const canMount = () => isRoot() && spawnSync("mount", ["--version"]).status === 0;

export function smallDisk(size: string): SmallDisk {
  const dir = tempDir("disk");
  const mount = (...args: string[]) => {
    const r = spawnSync("mount", args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`mount ${args.join(" ")}: ${r.stderr}`);
  };
  mount("-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir);
  return {
    dir,
    unmount: () => void spawnSync("umount", ["-l", dir]),
  };
}

/** The job worker (scripts/worker.ts) as a real child process on a database file. */
export function startWorker(dbFile: string, env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${dbFile}`, WORKER_POLL_MS: "50", ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  return { child, done: outcome(child) };
}

/** Jobs by status, read without going through the app (the worker may hold the write lock). */
export function jobCounts(dbFile: string): Record<string, number> {
  const conn = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = conn.prepare(`SELECT status, count(*) AS n FROM Job GROUP BY status`).all() as { status: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  } finally {
    conn.close();
  }
}

export async function waitFor(what: string, ok: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
