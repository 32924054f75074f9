// npm run ingest -- PATH… [--map title=COL,body=COL,date=COL,url=COL,source=COL]: files or folders
// (recursively) of .txt, .md, .html, .json, .xml/.rss feeds, SGML collections, and corpus files
// (.jsonl, one article a line; .csv with a header row, its columns named by --map), streamed.
// Exit status: 0 when everything was stored or was already there; 1 when the database refused a
// write (full disk, read-only file, locked past the retries) or when every file was rejected;
// 2 for a usage error. The summary is printed in every case.
import { readEnv } from "../lib/env";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { startExtractWorker } from "../lib/ingest/extract-worker-client";
import { inThreadExtractor } from "../lib/ingest/extractor";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { type ColumnMap, parseColumnMap } from "../lib/ingest/corpus";
import { ingestPaths, storageFailed, type IngestSummary } from "../lib/ingest/run";
import { exitCodeOf, printable, summaryLines } from "../lib/ingest/summary";

function bar(done: number, total: number, file: string) {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${printable(file).slice(-50)}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(100)}`);
  else if (done === total || done % 50 === 0) process.stderr.write(line + "\n");
}

export function printSummary(s: IngestSummary) {
  if (process.stderr.isTTY) process.stderr.write("\n");
  for (const line of summaryLines(s)) console.log(line);
}

let finished = false;
async function main() {
  const args = process.argv.slice(2);
  const paths: string[] = [];
  let csvMap: ColumnMap | undefined;
  try {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === "--map" || a.startsWith("--map=")) {
        const spec = a === "--map" ? args[++i] : a.slice("--map=".length);
        if (!spec) throw new Error("--map needs FIELD=COLUMN,…");
        csvMap = parseColumnMap(spec);
      } else paths.push(a);
    }
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    process.exit(2);
  }
  if (paths.length === 0) {
    console.error("usage: npm run ingest -- PATH… [--map title=COL,body=COL,date=COL,url=COL,source=COL] (files or folders of .txt, .md, .html, .json, .xml, .rss, .sgml, .jsonl, .csv)");
    process.exit(2);
  }
  const env = readEnv();
  await migrate(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  // Extraction on a worker thread, so one batch is extracted while the previous one is written
  // (docs/decisions/0007); on this thread if the worker cannot start.
  const k = loadKnowledge();
  const extractor = await startExtractWorker(k).catch((error) => {
    console.error(`ingest: extracting on this thread (the extraction worker did not start: ${(error as Error).message})`);
    return inThreadExtractor(k);
  });
  try {
    const summary = await ingestPaths(db, k, paths, { maxBytes: env.INGEST_MAX_BYTES, batchSize: env.INGEST_BATCH_SIZE, onProgress: bar, csvMap, extractor });
    printSummary(summary);
    if (storageFailed(summary)) console.error("ingest: the database refused some writes (see the reasons above); run again once it is writable");
    process.exitCode = exitCodeOf(summary);
  } finally {
    finished = true;
    await extractor.close();
    await db.$disconnect();
  }
}

// A promise that can never settle (a lock nobody releases) lets Node exit with status 0 and no output:
// say so and fail instead.
process.on("beforeExit", () => {
  if (!finished) {
    console.error("ingest: stopped before finishing (a database operation never completed); nothing after it was saved");
    process.exit(1);
  }
});

main().catch((error) => {
  finished = true;
  console.error(`ingest: ${error instanceof Error ? error.message.trim().split("\n").filter(Boolean).at(-1) : String(error)}`);
  process.exit(1);
});
