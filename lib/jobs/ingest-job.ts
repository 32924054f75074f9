// Ingest jobs: one uploaded, imported or collected file per job, with the file's bytes kept in the
// job row (the queue owns a copy, so a restart loses nothing). The worker runs the same ingestion as
// `npm run ingest` and stores the per-file outcome the upload page shows.
import type { Db } from "../db/client";
import type { Knowledge } from "../extract/knowledge";
import { ingestBuffers, type FileInput } from "../ingest/run";
import { rejectionAr } from "../upload/reasons";
import { enqueue } from "./queue";

export const INGEST = "ingest";

export interface IngestFile {
  name: string;
  bytes: Uint8Array;
  /** Where a collected page came from, and its outlet: kept with the job for the collector. */
  url?: string;
  source?: string;
}

export interface IngestPayload {
  name: string;
  url?: string;
  source?: string;
}

export type FileStatus = "new" | "updated" | "unchanged" | "rejected";

/** One file's outcome: what the upload page lists, and what an ingest job's `result` holds. */
export interface FileResult {
  file: string;
  status: FileStatus;
  articles: number;
  /** Arabic, for the page. */
  reason?: string;
  /** "input" (the file is at fault), a reader's code, or the database's refusal (db_busy, db_full, …). */
  code?: string;
}

/** Queues one ingest job per file (in one transaction) and returns the job ids in the same order. */
export function enqueueIngest(db: Db, files: IngestFile[]): Promise<number[]> {
  return enqueue(db, files.map((f) => ({
    kind: INGEST,
    payload: { name: f.name, ...(f.url ? { url: f.url } : {}), ...(f.source ? { source: f.source } : {}) } satisfies IngestPayload,
    data: f.bytes,
  })));
}

/** A write the database refused (busy, full, read-only): thrown so the queue retries the job later. */
export class StorageRefused extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function runIngestJob(db: Db, k: Knowledge, payload: IngestPayload, bytes: Uint8Array, maxBytes: number): Promise<FileResult> {
  // url and source ride along for readers that take them (the collector's pages); `ingestBuffers`
  // keeps its signature, and the reader's own metadata wins where a file states it.
  const file: FileInput & Omit<IngestPayload, "name"> = { name: payload.name, bytes, url: payload.url, source: payload.source };
  const s = await ingestBuffers(db, k, [file], { maxBytes });
  const r = s.rejected[0];
  if (r?.kind === "storage") throw new StorageRefused(r.code, r.reason);
  if (r) return { file: payload.name, status: "rejected", articles: 0, reason: rejectionAr(r), code: r.code };
  if (s.new) return { file: payload.name, status: "new", articles: s.new + s.updated + s.unchanged };
  if (s.updated) return { file: payload.name, status: "updated", articles: s.updated + s.unchanged };
  return { file: payload.name, status: "unchanged", articles: s.unchanged };
}
