// One ingestion run over files and folders: decides what is new (content hash), extracts, saves
// each article in its own transaction, and keeps going after a bad file. Used by `npm run ingest`,
// setup (seeding) and the upload page.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Db } from "../db/client";
import { extract, EXTRACTOR_VERSION } from "../extract";
import type { Knowledge } from "../extract/knowledge";
import { contentHash, saveArticle } from "./persist";
import { formatOf, parseArticles, RejectedInput } from "./read";
import { classifySaveError, RETRYABLE } from "./save-error";

export interface Rejection {
  file: string;
  /** English, one line, never empty (the CLI prints it; the upload page words it in Arabic). */
  reason: string;
  /** "input": the file itself is at fault; "storage": the database refused the write (not the file's fault). */
  kind: "input" | "storage";
  /** Stable code: "input" for file rejections, or a SaveErrorCode (db_busy, db_full, …). */
  code: string;
}

const inputRejection = (file: string, reason: string): Rejection => ({ file, reason, kind: "input", code: "input" });

/** Attempts per article when another writer holds the lock (each waits up to BUSY_TIMEOUT_MS). */
const SAVE_ATTEMPTS = 4;

export interface IngestSummary {
  new: number;
  unchanged: number;
  updated: number;
  rejected: Rejection[];
  seconds: number;
  articlesPerSecond: number;
}

export interface IngestOptions {
  maxBytes: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Files under the given paths (folders recursively); unreadable paths become rejections. */
export function collectFiles(paths: string[], rejected: Rejection[]): string[] {
  const out: string[] = [];
  // Real paths of the folders already walked (and files already taken): a symbolic link back to an
  // ancestor would otherwise make the walk go on forever, and two links to one file would read it twice.
  const seen = new Set<string>();
  const walk = (p: string) => {
    let st;
    let real: string;
    try {
      st = statSync(p);
      real = realpathSync(p);
    } catch (error) {
      rejected.push(inputRejection(p, `cannot read path (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (st.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(p).sort();
      } catch (error) {
        rejected.push(inputRejection(p, `cannot read folder (${(error as NodeJS.ErrnoException).code})`));
        return;
      }
      // seeds/knowledge holds the curated gazetteer and actors, not articles.
      for (const e of entries) if (!e.startsWith(".") && e !== "knowledge") walk(join(p, e));
    } else if (st.isFile()) {
      // In a folder, files of other kinds (images, notes) are passed over; named explicitly, they are rejected.
      if (formatOf(p) || paths.includes(p)) out.push(p);
    }
  };
  for (const p of paths) walk(p);
  return out;
}

export interface FileInput {
  name: string;
  bytes: Uint8Array;
}

export async function ingestBuffers(db: Db, k: Knowledge, files: FileInput[], opts: IngestOptions, rejected: Rejection[] = []): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { new: 0, unchanged: 0, updated: 0, rejected, seconds: 0, articlesPerSecond: 0 };
  let i = 0;
  for (const file of files) {
    opts.onProgress?.(i++, files.length, file.name);
    try {
      const articles = parseArticles(file.name, file.bytes, opts.maxBytes);
      for (const article of articles) {
        // Extraction is synchronous: between articles, let the server answer the requests that queued
        // up (an upload of thousands of articles otherwise held /api/overview for tens of seconds).
        await new Promise((r) => setImmediate(r));
        const hash = contentHash(article.body);
        const outcome = await withRetry(async () => {
          // Looked up again on each attempt: another writer may have stored it meanwhile.
          const existing = await db.article.findUnique({ where: { hash }, select: { id: true, extractorVersion: true } });
          if (existing && existing.extractorVersion >= EXTRACTOR_VERSION) return "unchanged" as const;
          const result = extract(article.body, k, { publishedAt: article.publishedAt });
          await saveArticle(db, k, { fileName: basename(file.name), article, hash, result, extractorVersion: EXTRACTOR_VERSION }, existing?.id);
          return existing ? ("updated" as const) : ("new" as const);
        });
        summary[outcome]++;
      }
    } catch (error) {
      if (error instanceof RejectedInput) {
        const code = (error as RejectedInput & { code?: unknown }).code;
        rejected.push({ ...inputRejection(file.name, error.reason || "rejected"), ...(typeof code === "string" ? { code } : {}) });
      } else {
        const { code, message } = classifySaveError(error);
        rejected.push({ file: file.name, reason: `could not be saved: ${message}`, kind: "storage", code });
      }
    }
  }
  opts.onProgress?.(files.length, files.length, "");
  summary.seconds = (performance.now() - started) / 1000;
  const processed = summary.new + summary.updated + summary.unchanged;
  summary.articlesPerSecond = summary.seconds > 0 ? processed / summary.seconds : 0;
  return summary;
}

async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= SAVE_ATTEMPTS || error instanceof RejectedInput || !RETRYABLE.has(classifySaveError(error).code)) throw error;
      // A short, growing, jittered pause so two writers that collided do not collide again in step.
      await new Promise((r) => setTimeout(r, 100 * i + Math.random() * 200));
    }
  }
}

/** True when something was refused for a reason other than the file itself (the run should fail). */
export const storageFailed = (s: IngestSummary) => s.rejected.some((r) => r.kind === "storage");

export async function ingestPaths(db: Db, k: Knowledge, paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const rejected: Rejection[] = [];
  const files = collectFiles(paths, rejected);
  const inputs: FileInput[] = [];
  for (const f of files) {
    try {
      // Size is checked before reading, so a huge file costs nothing.
      const size = statSync(f).size;
      if (size > opts.maxBytes) {
        rejected.push(inputRejection(f, `file too large (${size} bytes; the limit is ${opts.maxBytes})`));
        continue;
      }
      inputs.push({ name: f, bytes: readFileSync(f) });
    } catch (error) {
      rejected.push(inputRejection(f, `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
    }
  }
  return ingestBuffers(db, k, inputs, opts, rejected);
}
