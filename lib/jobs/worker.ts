// The worker loop: claim a due job, run it while renewing its lease, record done / retry / failed,
// and wait `pollMs` when nothing is due. One job at a time per worker; run more workers (processes,
// machines on one PostgreSQL) for more throughput: the claim keeps them off each other's jobs.
import { hostname } from "node:os";
import type { Db } from "../db/client";
import type { Knowledge } from "../extract/knowledge";
import { INGEST, runIngestJob, StorageRefused, type IngestPayload } from "./ingest-job";
import { claim, complete, DEFAULT_RETRY, fail, release, renewLease, type JobRow, type RetryPolicy } from "./queue";
import { REEXTRACT, runReextractJob, type ReextractPayload } from "./reextract-job";
import { COLLECT, runCollectJob, scheduleDueSources, type CollectPayload } from "./collect-job";
import type { CollectOptions } from "../collect/run";

export interface WorkerOptions {
  db: Db;
  knowledge: Knowledge;
  /** Names this worker in the lease (host:pid by default), so a job shows who holds it. */
  workerId?: string;
  leaseMs: number;
  pollMs: number;
  maxBytes: number;
  retry?: RetryPolicy;
  log?: (line: string) => void;
  /** The collector's limits; with them, the worker also queues and runs the due sources' collections. */
  collect?: CollectOptions;
  /** How often the worker looks for due sources (default 30 s). */
  scheduleEveryMs?: number;
}

/** A job that can never succeed (unknown kind, no file): failed at once, not retried. */
class Permanent extends Error {}

export class Worker {
  readonly id: string;
  #stopping = false;
  #current: JobRow | null = null;
  #wake: (() => void) | null = null;
  #loop: Promise<void> | null = null;

  constructor(private readonly o: WorkerOptions) {
    this.id = o.workerId ?? `${hostname()}:${process.pid}`;
  }

  /** Runs until stop(); resolves once the job in hand (if any) has been finished. */
  start(): Promise<void> {
    this.#loop ??= this.#run();
    return this.#loop;
  }

  /** Asks the loop to end after the current job; no new job is claimed. */
  stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    return this.#loop ?? Promise.resolve();
  }

  /** Gives the job in hand back to the queue (a stop that cannot wait for it to finish). */
  async releaseCurrent(): Promise<void> {
    if (this.#current) await release(this.o.db, this.#current.id, this.id);
  }

  #scheduledAt = 0;

  /** Queues the due sources' collections, at most every scheduleEveryMs (any worker may; the queue dedupes). */
  async #schedule() {
    if (!this.o.collect || Date.now() - this.#scheduledAt < (this.o.scheduleEveryMs ?? 30_000)) return;
    this.#scheduledAt = Date.now();
    const ids = await scheduleDueSources(this.o.db, new Date());
    if (ids.length) this.o.log?.(`worker: collection of ${ids.length} due source(s) queued`);
  }

  async #run() {
    while (!this.#stopping) {
      let worked = false;
      try {
        await this.#schedule();
        worked = await this.runOnce();
      } catch (error) {
        // The database itself failed (gone, locked past the wait): log it and try again after a pause.
        this.o.log?.(`worker: ${(error as Error).message.split("\n")[0]}`);
      }
      if (!worked && !this.#stopping) await this.#sleep(this.o.pollMs);
    }
  }

  #sleep(ms: number) {
    return new Promise<void>((r) => {
      const t = setTimeout(() => ((this.#wake = null), r()), ms);
      this.#wake = () => (clearTimeout(t), (this.#wake = null), r());
    });
  }

  /** Claims and runs one due job; false when none was due. */
  async runOnce(): Promise<boolean> {
    const { db, leaseMs } = this.o;
    const job = await claim(db, this.id, leaseMs);
    if (!job) return false;
    this.#current = job;
    // Renewed at a third of the lease, so two missed renewals still leave the lease standing.
    const renew = setInterval(() => void renewLease(db, job.id, this.id, leaseMs).catch(() => {}), Math.max(50, Math.floor(leaseMs / 3)));
    try {
      const result = await this.#handle(job);
      const kept = await complete(db, job.id, this.id, result);
      this.o.log?.(`job ${job.id} (${job.kind}) done${kept ? "" : " after its lease was lost"}`);
    } catch (error) {
      const message = error instanceof StorageRefused ? `${error.code}: ${error.message}` : (error as Error).message ?? String(error);
      const status = await fail(db, job, this.id, message, this.o.retry ?? DEFAULT_RETRY, error instanceof Permanent);
      this.o.log?.(`job ${job.id} (${job.kind}) attempt ${job.attempts}/${job.maxAttempts} failed (${status}): ${message.split("\n")[0]}`);
    } finally {
      clearInterval(renew);
      this.#current = null;
    }
    return true;
  }

  #handle(job: JobRow): Promise<unknown> {
    let payload: unknown;
    try {
      payload = JSON.parse(job.payload);
    } catch {
      throw new Permanent("payload is not valid JSON");
    }
    if (job.kind === INGEST) {
      if (!job.data) throw new Permanent("ingest job without file bytes");
      return runIngestJob(this.o.db, this.o.knowledge, payload as IngestPayload, job.data, this.o.maxBytes);
    }
    if (job.kind === REEXTRACT) return runReextractJob(this.o.db, this.o.knowledge, payload as ReextractPayload);
    if (job.kind === COLLECT) {
      if (!this.o.collect) throw new Permanent("this worker does not collect (no collector options)");
      return runCollectJob(this.o.db, this.o.knowledge, payload as CollectPayload, this.o.collect);
    }
    throw new Permanent(`unknown job kind "${job.kind}"`);
  }
}
