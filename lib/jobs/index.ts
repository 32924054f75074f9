// The job queue's public API (see docs/decisions/0008-job-queue.md):
//   enqueueIngest(db, files) → job ids    one ingest job per file (upload page, imports, the collector)
//   jobStatus(db, ids) → JobView[]        state, attempts, result or last error of each job
//   enqueueReextractIfStale(db)           background re-extraction after an EXTRACTOR_VERSION change
//   new Worker({...}).start() / stop()    the loop `npm run worker` and `npm start` run
// Lower level (tests, other job kinds): enqueue, claim, renewLease, complete, fail, release.
export { enqueueIngest, INGEST, type FileResult, type FileStatus, type IngestFile } from "./ingest-job";
export { enqueueReextractIfStale, REEXTRACT } from "./reextract-job";
export { COLLECT, scheduleDueSources } from "./collect-job";
export { claim, complete, enqueue, fail, jobStatus, release, renewLease, DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY, type JobStatus, type JobView, type NewJob, type RetryPolicy } from "./queue";
export { backoffMs } from "./backoff";
export { Worker, type WorkerOptions } from "./worker";
