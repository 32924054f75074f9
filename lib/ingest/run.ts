// One ingestion run over files and folders: decides what is new (content hash), extracts, saves
// each article in its own transaction, and keeps going after a bad file. Used by `npm run ingest`,
// setup (seeding) and the upload page.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Db } from "../db/client";
import { extract, EXTRACTOR_VERSION } from "../extract";
import type { Knowledge } from "../extract/knowledge";
import { contentHash, saveArticle } from "./persist";
import { formatOf, parseArticles, RejectedInput } from "./read";

export interface Rejection {
  file: string;
  reason: string;
}

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
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch (error) {
      rejected.push({ file: p, reason: `cannot read path (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      return;
    }
    if (st.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(p).sort();
      } catch (error) {
        rejected.push({ file: p, reason: `cannot read folder (${(error as NodeJS.ErrnoException).code})` });
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
        const hash = contentHash(article.body);
        const existing = await db.article.findUnique({ where: { hash }, select: { id: true, extractorVersion: true } });
        if (existing && existing.extractorVersion >= EXTRACTOR_VERSION) {
          summary.unchanged++;
          continue;
        }
        const result = extract(article.body, k, { publishedAt: article.publishedAt });
        await saveArticle(db, k, { fileName: basename(file.name), article, hash, result, extractorVersion: EXTRACTOR_VERSION }, existing?.id);
        if (existing) summary.updated++;
        else summary.new++;
      }
    } catch (error) {
      const reason = error instanceof RejectedInput ? error.reason : `could not be saved: ${(error as Error).message.split("\n")[0]}`;
      rejected.push({ file: file.name, reason });
    }
  }
  opts.onProgress?.(files.length, files.length, "");
  summary.seconds = (performance.now() - started) / 1000;
  const processed = summary.new + summary.updated + summary.unchanged;
  summary.articlesPerSecond = summary.seconds > 0 ? processed / summary.seconds : 0;
  return summary;
}

export async function ingestPaths(db: Db, k: Knowledge, paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const rejected: Rejection[] = [];
  const files = collectFiles(paths, rejected);
  const inputs: FileInput[] = [];
  for (const f of files) {
    try {
      // Size is checked before reading, so a huge file costs nothing.
      const size = statSync(f).size;
      if (size > opts.maxBytes) {
        rejected.push({ file: f, reason: `file too large (${size} bytes; the limit is ${opts.maxBytes})` });
        continue;
      }
      inputs.push({ name: f, bytes: readFileSync(f) });
    } catch (error) {
      rejected.push({ file: f, reason: `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    }
  }
  return ingestBuffers(db, k, inputs, opts, rejected);
}
