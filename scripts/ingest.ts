// npm run ingest -- PATH…: files or folders (recursively) of .txt, .html and .json articles.
import { readEnv } from "../lib/env";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { loadKnowledge } from "../lib/extract/load";
import { ingestPaths, type IngestSummary } from "../lib/ingest/run";

function bar(done: number, total: number, file: string) {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${file.slice(-50)}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(100)}`);
  else if (done === total || done % 50 === 0) process.stderr.write(line + "\n");
}

export function printSummary(s: IngestSummary) {
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(`new ${s.new}, unchanged ${s.unchanged}, updated ${s.updated}, rejected ${s.rejected.length}`);
  for (const r of s.rejected) console.log(`  rejected ${r.file}: ${r.reason}`);
  console.log(`${s.seconds.toFixed(2)} s, ${s.articlesPerSecond.toFixed(1)} articles/s`);
}

async function main() {
  const paths = process.argv.slice(2);
  if (paths.length === 0) {
    console.error("usage: npm run ingest -- PATH… (files or folders of .txt, .html, .json)");
    process.exit(2);
  }
  const env = readEnv();
  await migrate(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    const summary = await ingestPaths(db, loadKnowledge(), paths, { maxBytes: env.INGEST_MAX_BYTES, onProgress: bar });
    printSummary(summary);
    process.exitCode = summary.rejected.length && !summary.new && !summary.unchanged && !summary.updated ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
