// npm run bench:ingest [-- N] [--postgres]: ingestion throughput (articles/s). N distinct articles
// (default 500) are made from the seed and test articles, written to a temporary folder and ingested
// as a user would, into a fresh SQLite file (or, with --postgres, a fresh schema in the database
// TEST_DATABASE_URL names). Printed, all from the same run on the same articles:
//   - extraction alone (the floor ingestion cannot beat), ingestion, and their ratio;
//   - write-only: the same extraction results, precomputed, saved in batches (the database's own cost),
//     and saved article by article with saveArticle (the old path) on a sample, for comparison;
//   - re-ingesting the unchanged folder.
// The machine is shared: the ratios are what to compare between runs, not the absolute figures.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDb, type Db } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { extract, EXTRACTOR_VERSION } from "../lib/extract";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { startExtractWorker } from "../lib/ingest/extract-worker-client";
import { contentHash, saveArticle, type SaveInput } from "../lib/ingest/persist";
import { parseArticles } from "../lib/ingest/read";
import { ingestPaths } from "../lib/ingest/run";
import { RunCache, saveNewArticles } from "../lib/ingest/save-batch";

const args = process.argv.slice(2);
const postgres = args.includes("--postgres");
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 500);
const work = mkdtempSync(join(tmpdir(), "bench-ingest-"));
const cleanups: (() => Promise<void>)[] = [];

/** A fresh, migrated database for one measurement. */
async function freshDb(name: string): Promise<Db> {
  let url: string;
  if (postgres) {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error("--postgres needs TEST_DATABASE_URL (source scripts/test-env.sh)");
    const schema = `bench_${process.pid}_${name}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
    await admin.end();
    const u = new URL(base);
    u.searchParams.set("schema", schema);
    url = u.toString();
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    });
  } else {
    url = `file:${join(work, `${name}.db`)}`;
  }
  await migrate(url);
  const db = createDb(url);
  cleanups.push(() => db.$disconnect());
  return db;
}

const rate = (count: number, ms: number) => (count / (ms / 1000));
const fmt = (r: number) => r.toFixed(0).padStart(6);

async function main() {
  const dir = join(work, "articles");
  mkdirSync(dir);
  const sources = ["seeds", "tests/fixtures/articles"].flatMap((d) =>
    readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(d, f), "utf8")));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `a${i}.txt`), `${sources[i % sources.length]}\n\nنسخة ${i}`);
  const k = loadKnowledge();
  const files = readdirSync(dir).sort().map((f) => ({ name: f, article: parseArticles(f, readFileSync(join(dir, f)), 2 * 1024 * 1024)[0] }));

  // Extraction alone over the same articles: what ingestion would reach with a free database.
  let t = performance.now();
  const inputs: SaveInput[] = files.map(({ name, article }) => ({
    fileName: name, article, hash: contentHash(article.body), extractorVersion: EXTRACTOR_VERSION,
    result: extract(article.body, k, { publishedAt: article.publishedAt }),
  }));
  const extractRate = rate(n, performance.now() - t);

  // As `npm run ingest` runs: extraction on a worker thread, started (its knowledge loaded) before the
  // clock starts, as the knowledge of "extraction alone" is loaded before its clock. The worker is a
  // fresh V8 isolate: it first extracts the same articles once, untimed, so that its code is as warm
  // as this thread's after "extraction alone" (cold, it ran at under half its speed here: a comparison
  // of compilers, not of ingestion paths).
  t = performance.now();
  const extractor = await startExtractWorker(k);
  const workerStart = performance.now() - t;
  for (let i = 0; i < files.length; i += 50) await extractor.extract(files.slice(i, i + 50).map(({ article }) => ({ body: article.body, publishedAt: article.publishedAt })));
  cleanups.push(() => extractor.close());
  const db = await freshDb("ingest");
  const s = await ingestPaths(db, k, [dir], { maxBytes: 2 * 1024 * 1024, extractor });
  if (s.rejected.length) throw new Error(`bench: ${s.rejected.length} rejected: ${s.rejected[0].reason}`);
  const oneThreadDb = await freshDb("one-thread");
  const oneThread = await ingestPaths(oneThreadDb, k, [dir], { maxBytes: 2 * 1024 * 1024 });

  const writeDb = await freshDb("write");
  const cache = new RunCache();
  t = performance.now();
  for (let i = 0; i < inputs.length; i += 50) await saveNewArticles(writeDb, k, cache, inputs.slice(i, i + 50));
  const writeRate = rate(n, performance.now() - t);

  const sample = inputs.slice(0, Math.min(n, 200));
  const oldDb = await freshDb("old");
  t = performance.now();
  for (const input of sample) await saveArticle(oldDb, k, input);
  const oldRate = rate(sample.length, performance.now() - t);

  const again = await ingestPaths(db, k, [dir], { maxBytes: 2 * 1024 * 1024, extractor });

  const name = postgres ? "PostgreSQL" : "SQLite";
  console.log(`${name}, ${n} articles (new ${s.new})`);
  console.log(`extraction alone          ${fmt(extractRate)} articles/s`);
  console.log(`ingestion                 ${fmt(s.articlesPerSecond)} articles/s = ${((100 * s.articlesPerSecond) / extractRate).toFixed(0)}% of extraction`);
  console.log(`  on one thread           ${fmt(oneThread.articlesPerSecond)} articles/s = ${((100 * oneThread.articlesPerSecond) / extractRate).toFixed(0)}% (extraction and writes in turn; the line above extracts on a worker, started in ${workerStart.toFixed(0)} ms and warmed, not counted)`);
  console.log(`write only (batches)      ${fmt(writeRate)} articles/s (${(1000 / writeRate).toFixed(2)} ms/article; ${(writeRate / extractRate).toFixed(1)}× extraction)`);
  console.log(`write only (one by one)   ${fmt(oldRate)} articles/s on ${sample.length} (saveArticle; batches are ${(writeRate / oldRate).toFixed(1)}× faster)`);
  console.log(`re-ingest unchanged       ${fmt(again.articlesPerSecond)} articles/s (unchanged ${again.unchanged})`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  });
