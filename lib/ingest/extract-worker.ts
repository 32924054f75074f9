// The extraction thread of an ingestion run (started by extract-worker-client.ts): it loads the knowledge once,
// then answers each batch of article bodies with their extraction results, in the order asked.
import { parentPort, workerData } from "node:worker_threads";
import { extractSafely, type WorkerReply, type WorkerRequest } from "./extractor";
import { loadKnowledge } from "./load-knowledge";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs as a worker thread (see extract-worker-client.ts)");

const k = loadKnowledge((workerData as { root: string }).root);
port.postMessage({ ready: true } satisfies WorkerReply);

port.on("message", ({ id, items }: WorkerRequest) => {
  port.postMessage({ id, outcomes: items.map((item) => extractSafely(item, k)) } satisfies WorkerReply);
});
