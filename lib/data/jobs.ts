// The upload page's view of its jobs: state, place in the queue, the file's outcome, and why an
// attempt failed, in Arabic (the queue records the English reason and the database's code).
import "server-only";
import { db } from "../db";
import { jobStatus } from "../jobs";
import type { FileResult } from "../jobs";
import { rejectionAr } from "../upload/reasons";
import type { JobProgress } from "../upload/job-types";

/** At most this many ids per request: the page asks for one upload's files (≤ 50). */
export const MAX_JOB_IDS = 100;

function errorAr(lastError: string | null, status: string, attempts: number, maxAttempts: number): string | null {
  if (!lastError) return null;
  const code = /^(db_[a-z]+):/.exec(lastError)?.[1];
  const why = code ? rejectionAr({ reason: lastError, code, kind: "storage" }) : "تعذّرت معالجة الملف";
  return status === "failed" ? `${why} (بعد ${attempts} من ${maxAttempts} محاولات)` : `${why}؛ ستُعاد المحاولة تلقائياً`;
}

export async function fetchJobs(ids: number[]): Promise<JobProgress[]> {
  const views = await jobStatus(db, ids.slice(0, MAX_JOB_IDS));
  return views.map((j) => ({
    id: j.id,
    file: typeof j.payload.name === "string" ? j.payload.name : "",
    status: j.status,
    attempts: j.attempts,
    maxAttempts: j.maxAttempts,
    ahead: j.ahead,
    result: j.status === "done" ? (j.result as FileResult) : null,
    error: j.status === "done" ? null : errorAr(j.lastError, j.status, j.attempts, j.maxAttempts),
  }));
}
