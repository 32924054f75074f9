// npm run bench:ingest [-- N]: ingestion throughput (articles/s) into the database DATABASE_URL names
// (a fresh temporary SQLite file when unset). N distinct articles (default 500) are made from the seed
// and test articles, written to a temporary folder and ingested as a user would.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { ingestPaths } from "../lib/ingest/run";

async function main() {
  const n = Number(process.argv[2] ?? 500);
  const work = mkdtempSync(join(tmpdir(), "bench-ingest-"));
  const url = process.env.DATABASE_URL ?? `file:${join(work, "bench.db")}`;
  const dir = join(work, "articles");
  mkdirSync(dir);
  const sources = ["seeds", "tests/fixtures/articles"].flatMap((d) =>
    readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(d, f), "utf8")));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `a${i}.txt`), `${sources[i % sources.length]}\n\nنسخة ${i}`);
  await migrate(url);
  const db = createDb(url);
  const k = loadKnowledge();
  const s = await ingestPaths(db, k, [dir], { maxBytes: 2 * 1024 * 1024 });
  console.log(`${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}: new ${s.new}, rejected ${s.rejected.length}, ${s.seconds.toFixed(1)} s, ${s.articlesPerSecond.toFixed(1)} articles/s`);
  const again = await ingestPaths(db, k, [dir], { maxBytes: 2 * 1024 * 1024 });
  console.log(`second run: unchanged ${again.unchanged}, ${again.articlesPerSecond.toFixed(0)} articles/s`);
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
