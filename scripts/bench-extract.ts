// npm run bench:extract [-- N]: extraction speed on one core. Builds a corpus of N articles (default
// 10,000) from the seed and test articles, each made distinct, and reports start-up (loading the
// gazetteer and the knowledge base), articles per second after start-up, and peak memory. The floor,
// measured in the same run on the same corpus, is the pass every extraction starts with (folding,
// tokens, sentences: buildContext): the ratio says how much the rules cost over reading the text,
// whatever else the machine is doing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { extract } from "../lib/extract";
import { buildContext } from "../lib/extract/context";
import { loadKnowledge } from "../lib/ingest/load-knowledge";

const n = Number(process.argv[2] ?? 10000);
// Start-up: reading and indexing the gazetteer, the supplement and the knowledge base.
const t0 = performance.now();
const k = loadKnowledge();
const startup = performance.now() - t0;

const sources = ["seeds", "tests/fixtures/articles"].flatMap((d) =>
  readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(d, f), "utf8")));
const corpus = Array.from({ length: n }, (_, i) => `${sources[i % sources.length]}\n\nرقم ${i}`);
let peak = process.memoryUsage().rss;
let events = 0;
const t1 = performance.now();
for (let i = 0; i < corpus.length; i++) {
  events += extract(corpus[i], k).events.length;
  if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = (performance.now() - t1) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(`articles ${n}, events ${events}`);
console.log(`start-up ${(startup / 1000).toFixed(2)} s`);
console.log(`throughput ${(n / seconds).toFixed(0)} articles/s (${seconds.toFixed(1)} s)`);
const t2 = performance.now();
let tokens = 0;
for (let i = 0; i < corpus.length; i++) tokens += buildContext(corpus[i]).tokens.length;
const floor = (performance.now() - t2) / 1000;
console.log(`floor (fold, tokens, sentences) ${(n / floor).toFixed(0)} articles/s; extraction takes ${(seconds / floor).toFixed(1)}× the floor (${tokens} tokens)`);
console.log(`peak memory ${(peak / 1024 / 1024).toFixed(0)} MB`);
