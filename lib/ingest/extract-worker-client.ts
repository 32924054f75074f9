// Starts the extraction worker (extract-worker.ts) for a run from the command line. Kept apart from
// extractor.ts: it locates TypeScript sources and tsx's loader on disk, which the web server's bundle
// must not try to follow (the server ingests a file per job, on its own thread).
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Knowledge } from "../extract/knowledge";
import { type ExtractItem, type ExtractOutcome, type Extractor, inThreadExtractor, type WorkerReply, type WorkerRequest } from "./extractor";

// The worker runs the TypeScript sources as the scripts do, through tsx's loader (a worker does not
// inherit the loader of its parent), so the entry is booted from a line of CommonJS.
const here = createRequire(import.meta.url);
function bootSource(): string {
  const entry = here.resolve("./extract-worker.ts");
  const tsx = here.resolve("tsx/cjs/api");
  return `require(${JSON.stringify(tsx)}).require(${JSON.stringify(entry)}, ${JSON.stringify(entry)});`;
}

/**
 * A worker thread that loads the default knowledge (seeds/ and lib/extract/data under `root`) and
 * extracts there. `k` must be that same knowledge: it is the fallback if the worker dies, so a run
 * never loses articles to a lost thread. Resolves once the worker's knowledge is loaded.
 */
export async function startExtractWorker(k: Knowledge, root = process.cwd()): Promise<Extractor> {
  const worker = new Worker(bootSource(), { eval: true, workerData: { root } });
  const waiting = new Map<number, { resolve: (o: ExtractOutcome[]) => void; items: ExtractItem[] }>();
  const fallback = inThreadExtractor(k);
  let failed: Error | null = null;
  let nextId = 0;

  // A worker that died: what it was asked is extracted here instead, and so is everything after.
  const fail = (error: Error) => {
    if (failed) return;
    failed = error;
    for (const [, w] of waiting) void fallback.extract(w.items).then(w.resolve);
    waiting.clear();
  };

  // Ready once the worker's knowledge is loaded; an error or exit before that fails the start.
  // (Node's Worker keeps listeners of its own: only ours are removed, never all of them.)
  await new Promise<void>((resolve, reject) => {
    const stopped = (code: number) => done(new Error(`the extraction worker stopped while loading (exit ${code})`));
    const done = (error?: Error) => {
      worker.off("message", ready).off("error", done).off("exit", stopped);
      if (error) reject(error);
      else resolve();
    };
    const ready = () => done();
    worker.on("message", ready).on("error", done).on("exit", stopped);
  });
  worker.on("message", (reply: WorkerReply) => {
    if (reply.id === undefined) return;
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    w?.resolve(reply.outcomes);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the extraction worker stopped (exit ${code})`)));

  return {
    extract(items) {
      if (failed) return fallback.extract(items);
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, { resolve, items });
        worker.postMessage({ id, items } satisfies WorkerRequest);
      });
    },
    async close() {
      failed ??= new Error("closed");
      await worker.terminate();
    },
  };
}
