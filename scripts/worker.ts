// npm run worker: works the job queue (uploads, imports, collected pages, re-extraction) until
// stopped. `npm start` runs it as its own child process, so extraction never holds up the web server;
// run it alone on another machine against the same PostgreSQL for more hands. SIGTERM / SIGINT: the
// job in hand is finished (or, past WORKER_STOP_GRACE_MS, given back to the queue) and it exits 0.
import { readEnv } from "../lib/env";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { enqueueReextractIfStale, Worker } from "../lib/jobs";
import { collectOptions } from "../lib/collect/options";

const STOP_GRACE_MS = Number(process.env.WORKER_STOP_GRACE_MS) || 20_000;

async function main() {
  const env = readEnv();
  await migrate(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  const worker = new Worker({
    db, knowledge: loadKnowledge(), leaseMs: env.WORKER_LEASE_MS, pollMs: env.WORKER_POLL_MS, maxBytes: env.INGEST_MAX_BYTES,
    retry: { baseMs: env.JOB_RETRY_BASE_MS, maxMs: 10 * 60_000 }, log: (line) => console.log(line),
    // The sources of /sources are collected here on their intervals, as jobs (lib/jobs/collect-job.ts).
    collect: collectOptions(env),
  });
  const reextract = await enqueueReextractIfStale(db);
  if (reextract !== null) console.log(`worker: articles of an older extractor version found; re-extraction queued as job ${reextract}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`worker: ${signal}, finishing the job in hand`);
    const timer = setTimeout(() => {
      void worker.releaseCurrent().finally(() => process.exit(0));
    }, STOP_GRACE_MS);
    timer.unref();
    void worker.stop();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  console.log(`worker ${worker.id} started`);
  await worker.start();
  await db.$disconnect();
  console.log("worker: stopped");
}

main().catch((error) => {
  console.error(`worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
