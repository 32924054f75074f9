// What POST /api/upload and GET /api/jobs answer: plain JSON shared by the route handlers and the
// upload page (types only, so the client bundle takes nothing from the server).
import type { FileResult } from "../jobs/ingest-job";

/** One file of an upload: queued as a job, or refused on the spot (over the size limit). */
export type UploadedFile =
  | { file: string; status: "queued"; jobId: number }
  | { file: string; status: "rejected"; reason: string; code: string };

export interface UploadAnswer {
  files: UploadedFile[];
}

/** A job as the upload page follows it. */
export interface JobProgress {
  id: number;
  file: string;
  status: "queued" | "running" | "done" | "failed";
  attempts: number;
  maxAttempts: number;
  /** Jobs before this one in the queue (queued only). */
  ahead: number;
  /** The file's outcome once done. */
  result: FileResult | null;
  /** Arabic: why the last attempt failed (waiting for a retry, or failed for good). */
  error: string | null;
}
