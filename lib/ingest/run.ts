// One ingestion run over files and folders: reads each file's articles and hands them to the batch
// writer (batch-writer.ts: decides what is new by content hash, extracts, saves new articles several
// to a transaction, redone one by one when a batch fails), and keeps going after a bad file or record. Used by `npm run ingest`,
// setup (seeding) and the upload page.
import { createReadStream, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { Db } from "../db/client";
import type { Knowledge } from "../extract/knowledge";
import { BATCH_SIZE, BatchWriter } from "./batch-writer";
import { type ColumnMap, corpusFormatOf, type CorpusItem, readCorpus } from "./corpus";
import { type Extractor, inThreadExtractor } from "./extractor";
import { formatOf, parseArticles, RejectedInput } from "./read";
import { classifySaveError } from "./save-error";

export interface Rejection {
  file: string;
  /** English, one line, never empty (the CLI prints it; the upload page words it in Arabic). */
  reason: string;
  /** "input": the file itself is at fault; "storage": the database refused the write (not the file's fault). */
  kind: "input" | "storage";
  /** Stable code: "input" for file rejections, or a SaveErrorCode (db_busy, db_full, …). */
  code: string;
  /** In a file of many articles: the line of a corpus record (.jsonl, .csv) or the article's number. */
  line?: number;
}

const inputRejection = (file: string, reason: string): Rejection => ({ file, reason, kind: "input", code: "input" });

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
  /** CSV columns of each field (`--map`); without it, columns named title, body, date, url, source. */
  csvMap?: ColumnMap;
  /** Articles per transaction (default 50); 1 saves article by article. */
  batchSize?: number;
  /** Where articles are extracted (default: on this thread); the caller starts and closes it. */
  extractor?: Extractor;
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
      if (formatOf(p) || corpusFormatOf(p) || paths.includes(p)) out.push(p);
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
  return ingestSources(db, k, files.map((f) => ({ name: f.name, open: () => f.bytes })), opts, rejected);
}

/** A file to ingest: its bytes, or a stream for a corpus file (read record by record). */
interface Source {
  name: string;
  open: () => Uint8Array | Readable;
}

async function ingestSources(db: Db, k: Knowledge, sources: Source[], opts: IngestOptions, rejected: Rejection[]): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { new: 0, unchanged: 0, updated: 0, rejected, seconds: 0, articlesPerSecond: 0 };
  const writer = new BatchWriter(db, k, opts.extractor ?? inThreadExtractor(k), summary, opts.batchSize ?? BATCH_SIZE);
  let i = 0;
  for (const source of sources) {
    opts.onProgress?.(i++, sources.length, source.name);
    try {
      for await (const item of articlesOf(source, opts)) {
        if (item.reason !== undefined) rejected.push({ ...inputRejection(source.name, item.reason), line: item.line });
        else await writer.add({ file: source.name, line: item.line, article: item.article });
      }
    } catch (error) {
      if (error instanceof RejectedInput) {
        const code = (error as RejectedInput & { code?: unknown }).code;
        rejected.push({ ...inputRejection(source.name, error.reason || "rejected"), ...(typeof code === "string" ? { code } : {}) });
      } else if (isReadError(error)) {
        rejected.push(inputRejection(source.name, readErrorReason(error)));
      } else {
        const { code, message } = classifySaveError(error);
        rejected.push({ file: source.name, reason: `could not be saved: ${message}`, kind: "storage", code });
      }
    }
  }
  await writer.flush();
  opts.onProgress?.(sources.length, sources.length, "");
  summary.seconds = (performance.now() - started) / 1000;
  const processed = summary.new + summary.updated + summary.unchanged;
  summary.articlesPerSecond = summary.seconds > 0 ? processed / summary.seconds : 0;
  return summary;
}

/** The articles of one file: all at once from a document reader, one record at a time from a corpus. */
async function* articlesOf(source: Source, opts: IngestOptions): AsyncGenerator<CorpusItem> {
  const corpus = corpusFormatOf(source.name);
  const opened = source.open();
  if (corpus) {
    const stream = opened instanceof Readable ? opened : Readable.from([Buffer.from(opened)]);
    yield* readCorpus(corpus, stream, { map: opts.csvMap, maxRecordBytes: opts.maxBytes });
    return;
  }
  const bytes = opened instanceof Readable ? await streamToBytes(opened) : opened;
  const articles = parseArticles(source.name, bytes, opts.maxBytes);
  // Numbered only in files that hold several, so a rejection can say which one.
  for (let n = 0; n < articles.length; n++) yield { line: articles.length > 1 ? n + 1 : 0, article: articles[n] };
}

async function streamToBytes(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

// Errors of the file system while a file is streamed (the file is at fault, not the database), and
// csv-parse's errors for a file it cannot read at all (a header row it cannot parse).
const isReadError = (e: unknown) =>
  e instanceof Error && (typeof (e as NodeJS.ErrnoException).syscall === "string" || String((e as { code?: unknown }).code ?? "").startsWith("CSV_"));
const readErrorReason = (e: unknown) =>
  String((e as { code?: unknown }).code).startsWith("CSV_") ? `invalid CSV: ${(e as Error).message}` : `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;

/** True when something was refused for a reason other than the file itself (the run should fail). */
export const storageFailed = (s: IngestSummary) => s.rejected.some((r) => r.kind === "storage");

export async function ingestPaths(db: Db, k: Knowledge, paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const rejected: Rejection[] = [];
  const files = collectFiles(paths, rejected);
  const inputs: Source[] = [];
  for (const f of files) {
    // A corpus file is streamed whatever its size; the limit applies to each of its records.
    if (corpusFormatOf(f)) {
      inputs.push({ name: f, open: () => createReadStream(f) });
      continue;
    }
    try {
      // Size is checked before reading, so a huge file costs nothing.
      const size = statSync(f).size;
      if (size > opts.maxBytes) {
        rejected.push(inputRejection(f, `file too large (${size} bytes; the limit is ${opts.maxBytes})`));
        continue;
      }
      const bytes = readFileSync(f);
      inputs.push({ name: f, open: () => bytes });
    } catch (error) {
      rejected.push(inputRejection(f, `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
    }
  }
  return ingestSources(db, k, inputs, opts, rejected);
}
