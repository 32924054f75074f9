// Articles uploaded from the browser, through the same ingestion as `npm run ingest`, with one
// result per file. The token check is constant-time so it leaks nothing about the token.
import "server-only";
import { timingSafeEqual, createHash } from "node:crypto";
import { db } from "../db";
import { readEnv } from "../env";
import { loadKnowledge } from "../ingest/load-knowledge";
import { ingestBuffers } from "../ingest/run";
import { rejectionAr } from "./reasons";

export const MAX_FILES = 50;

export type FileStatus = "new" | "updated" | "unchanged" | "rejected";

export interface FileResult {
  file: string;
  status: FileStatus;
  articles: number;
  reason?: string;
  /** "input", or the database's refusal (db_busy, db_full, …): a client can tell a bad file from a retry. */
  code?: string;
}

const digest = (s: string) => createHash("sha256").update(s).digest();

export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  return !!given && timingSafeEqual(digest(given), digest(expected));
}

export const uploadToken = () => readEnv().UPLOAD_TOKEN ?? null;
export const maxBytes = () => readEnv().INGEST_MAX_BYTES;

export async function ingestUploads(files: { name: string; bytes: Uint8Array }[]): Promise<FileResult[]> {
  const k = loadKnowledge();
  const results: FileResult[] = [];
  // One file at a time, so each gets its own outcome and a bad file never hides a good one.
  for (const f of files) {
    const s = await ingestBuffers(db, k, [f], { maxBytes: maxBytes() });
    if (s.rejected.length) results.push({ file: f.name, status: "rejected", articles: 0, reason: rejectionAr(s.rejected[0]), code: s.rejected[0].code });
    else if (s.new) results.push({ file: f.name, status: "new", articles: s.new + s.updated + s.unchanged });
    else if (s.updated) results.push({ file: f.name, status: "updated", articles: s.updated + s.unchanged });
    else results.push({ file: f.name, status: "unchanged", articles: s.unchanged });
  }
  return results;
}
