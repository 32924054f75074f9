// The durable job queue, kept in the app's own database (SQLite or PostgreSQL; no other service).
// A job goes queued → running → done, or back to queued with a back-off after a failure, or failed
// once it has used its maxAttempts. A running job carries a lease (lockedBy, leaseUntil) that its
// worker renews; a job whose lease ran out (its worker was killed) is claimed again by anyone.
//
// Claiming is atomic on both databases: on PostgreSQL `SELECT … FOR UPDATE SKIP LOCKED` inside the
// transaction (two workers skip each other's rows instead of waiting), on SQLite one BEGIN IMMEDIATE
// transaction (lib/db/sqlite-adapter.ts takes the write lock before the read, so no other process
// can read the same candidate before this one has marked it running).
import type { Db } from "../db/client";
import { backoffMs } from "./backoff";

export type JobStatus = "queued" | "running" | "done" | "failed";

export interface JobRow {
  id: number;
  kind: string;
  payload: string;
  data: Uint8Array | null;
  status: string;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  leaseUntil: Date | null;
  lockedBy: string | null;
  lastError: string | null;
  result: string | null;
}

export interface NewJob {
  kind: string;
  payload?: unknown;
  data?: Uint8Array;
  maxAttempts?: number;
  runAt?: Date;
}

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 5_000, maxMs: 10 * 60_000 };

// Waiting for the write lock (an ingest transaction of another process) may take a while.
const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 };

const isPostgres = (db: Db) => (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";

/** Adds jobs in one transaction (all or none) and returns their ids in order. */
export async function enqueue(db: Db, jobs: NewJob[]): Promise<number[]> {
  if (jobs.length === 0) return [];
  const now = new Date();
  return db.$transaction(async (tx) => {
    const ids: number[] = [];
    for (const j of jobs) {
      const row = await tx.job.create({
        data: {
          kind: j.kind, payload: JSON.stringify(j.payload ?? {}), data: j.data ? new Uint8Array(j.data) : null,
          maxAttempts: j.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, runAt: j.runAt ?? now, createdAt: now,
        },
        select: { id: true },
      });
      ids.push(row.id);
    }
    return ids;
  }, TX_OPTIONS);
}

const claimable = (now: Date) => ({
  OR: [{ status: "queued", runAt: { lte: now } }, { status: "running", leaseUntil: { lt: now } }],
});

/**
 * Takes the next due job (oldest runAt first) for `workerId`, marks it running with a lease of
 * `leaseMs` and counts the attempt; null when nothing is due. A job whose lease expired counts as due.
 */
export async function claim(db: Db, workerId: string, leaseMs: number): Promise<JobRow | null> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    let id: number | undefined;
    if (isPostgres(db)) {
      const at = now.toISOString();
      const rows = await tx.$queryRaw<{ id: number }[]>`
        SELECT "id" FROM "Job"
        WHERE ("status" = 'queued' AND "runAt" <= CAST(${at} AS timestamp))
           OR ("status" = 'running' AND "leaseUntil" < CAST(${at} AS timestamp))
        ORDER BY "runAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      id = rows[0]?.id;
    } else {
      id = (await tx.job.findFirst({ where: claimable(now), orderBy: [{ runAt: "asc" }, { id: "asc" }], select: { id: true } }))?.id;
    }
    if (id === undefined) return null;
    return tx.job.update({
      where: { id },
      data: { status: "running", lockedBy: workerId, leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
  }, TX_OPTIONS);
}

/** Extends the lease of a job this worker still holds; false when it lost it (expired and taken). */
export async function renewLease(db: Db, id: number, workerId: string, leaseMs: number): Promise<boolean> {
  const r = await db.job.updateMany({ where: { id, lockedBy: workerId, status: "running" }, data: { leaseUntil: new Date(Date.now() + leaseMs) } });
  return r.count === 1;
}

/** Marks the job done with its result; false when this worker no longer held it. */
export async function complete(db: Db, id: number, workerId: string, result: unknown): Promise<boolean> {
  const r = await db.job.updateMany({
    where: { id, lockedBy: workerId, status: "running" },
    data: { status: "done", result: JSON.stringify(result ?? null), lockedBy: null, leaseUntil: null, finishedAt: new Date(), data: null },
  });
  return r.count === 1;
}

/**
 * Records a failed attempt: queued again after an exponential back-off, or failed for good once the
 * job has had its maxAttempts (`permanent` fails it at once: retrying cannot help a malformed payload).
 */
export async function fail(db: Db, job: Pick<JobRow, "id" | "attempts" | "maxAttempts">, workerId: string, error: string, policy: RetryPolicy = DEFAULT_RETRY, permanent = false): Promise<JobStatus> {
  const reason = error.trim().split("\n")[0].slice(0, 500) || "unknown error";
  const last = permanent || job.attempts >= job.maxAttempts;
  const data = last
    ? { status: "failed", lastError: reason, lockedBy: null, leaseUntil: null, finishedAt: new Date() }
    : { status: "queued", lastError: reason, lockedBy: null, leaseUntil: null, runAt: new Date(Date.now() + backoffMs(job.attempts, policy)) };
  await db.job.updateMany({ where: { id: job.id, lockedBy: workerId, status: "running" }, data });
  return last ? "failed" : "queued";
}

/** Gives a job back untouched (a worker stopping before it could finish): the attempt is not counted. */
export async function release(db: Db, id: number, workerId: string): Promise<void> {
  await db.job.updateMany({
    where: { id, lockedBy: workerId, status: "running" },
    data: { status: "queued", lockedBy: null, leaseUntil: null, runAt: new Date(), attempts: { decrement: 1 } },
  });
}

export interface JobView {
  id: number;
  kind: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  /** Jobs due before this one (queued only): how long the user has to wait, roughly. */
  ahead: number;
  payload: Record<string, unknown>;
  result: unknown;
  lastError: string | null;
  /** Retry time of a job that failed an attempt and waits its back-off. */
  runAt: string;
  finishedAt: string | null;
}

const parse = (s: string | null): unknown => {
  if (s === null) return null;
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
};

/** The state of the given jobs, in the order asked (an unknown id is left out). Never reads file bytes. */
export async function jobStatus(db: Db, ids: number[]): Promise<JobView[]> {
  if (ids.length === 0) return [];
  const rows = await db.job.findMany({
    where: { id: { in: ids } },
    select: { id: true, kind: true, status: true, attempts: true, maxAttempts: true, payload: true, result: true, lastError: true, runAt: true, finishedAt: true },
  });
  const firstQueued = rows.filter((r) => r.status === "queued").sort((a, b) => a.id - b.id)[0];
  // One count for the whole request: the jobs ahead of the earliest queued one asked about.
  const aheadOfFirst = firstQueued ? await db.job.count({ where: { status: { in: ["queued", "running"] }, id: { lt: firstQueued.id } } }) : 0;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const ahead = r.status === "queued" && firstQueued ? aheadOfFirst + rows.filter((o) => o.id < r.id && o.id >= firstQueued.id && (o.status === "queued" || o.status === "running")).length : 0;
    return [{
      id: r.id, kind: r.kind, status: r.status as JobStatus, attempts: r.attempts, maxAttempts: r.maxAttempts, ahead,
      payload: (parse(r.payload) ?? {}) as Record<string, unknown>, result: parse(r.result), lastError: r.lastError,
      runAt: r.runAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null,
    }];
  });
}
