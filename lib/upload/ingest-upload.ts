// Articles uploaded from the browser become ingest jobs (lib/jobs): the request answers at once with
// the job ids, and the worker process runs the same ingestion as `npm run ingest`. The token check is
// constant-time so it leaks nothing about the token.
import "server-only";
import { timingSafeEqual, createHash } from "node:crypto";
import { db } from "../db";
import { readEnv } from "../env";
import { enqueueIngest } from "../jobs";

export type { FileResult, FileStatus } from "../jobs";

export const MAX_FILES = 50;

const digest = (s: string) => createHash("sha256").update(s).digest();

export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  return !!given && timingSafeEqual(digest(given), digest(expected));
}

export const uploadToken = () => readEnv().UPLOAD_TOKEN ?? null;
export const maxBytes = () => readEnv().INGEST_MAX_BYTES;

/** The bearer token of a request checked against UPLOAD_TOKEN: null when it may write, else the answer to send. */
export function refusal(req: Request): { status: number; error: string } | null {
  const expected = uploadToken();
  if (!expected) return { status: 403, error: "الرفع معطّل على هذا الخادم: لم يُضبط UPLOAD_TOKEN." };
  const given = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!tokenMatches(given, expected)) return { status: 401, error: "رمز الرفع مفقود أو غير صحيح." };
  return null;
}

/** One ingest job per file, queued in one transaction; the ids come back in the files' order. */
export function queueUploads(files: { name: string; bytes: Uint8Array }[]): Promise<number[]> {
  return enqueueIngest(db, files);
}
