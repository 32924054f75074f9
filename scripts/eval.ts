// npm run eval: extraction on the seed articles, scored by shared/eval/score.mjs (the same scorer runs
// on held-out articles); `-- --set fixtures` scores the project's own test articles instead.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extract } from "../lib/extract";
import { toContract } from "../lib/extract/contract";
import { loadKnowledge } from "../lib/extract/load";

const fixtures = process.argv.includes("fixtures");
const dir = fixtures ? "tests/fixtures/articles" : "seeds";
const gold = fixtures ? "tests/fixtures/gold.json" : "../shared/eval/dev/gold.json";
const k = loadKnowledge();
const lines = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => JSON.stringify(toContract(f, extract(readFileSync(join(dir, f), "utf8"), k), k)));
const pred = join(mkdtempSync(join(tmpdir(), "eval-")), "pred.jsonl");
writeFileSync(pred, lines.join("\n") + "\n");
const args = ["../shared/eval/score.mjs", "--gold", gold, "--pred", pred, ...(process.argv.includes("--verbose") ? ["--verbose"] : [])];
process.stdout.write(execFileSync("node", args, { encoding: "utf8" }));
