// npm run eval: extraction on the seed articles, scored by shared/eval/score.mjs (the same scorer runs
// on held-out articles); `-- fixtures` or `-- heldout` scores the project's own test articles instead.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extract } from "../lib/extract";
import { toContract } from "../lib/extract/contract";
import { loadKnowledge } from "../lib/extract/load";

// `fixtures`: the project's own test articles; `heldout`: a second set written apart from the
// extractor's tuning (tests/fixtures/heldout), the nearest thing here to the real held-out scoring.
// `blind`, `blind2`: sets kept from whoever was working on the extractor at the time; `blind2` was
// never read by anyone tuning it, so it is the honest estimate for unseen articles.
const sets = {
  seeds: { dir: "seeds", gold: "../shared/eval/dev/gold.json" },
  fixtures: { dir: "tests/fixtures/articles", gold: "tests/fixtures/gold.json" },
  heldout: { dir: "tests/fixtures/heldout/articles", gold: "tests/fixtures/heldout/gold.json" },
  blind: { dir: "tests/fixtures/blind/articles", gold: "tests/fixtures/blind/gold.json" },
  blind2: { dir: "tests/fixtures/blind2/articles", gold: "tests/fixtures/blind2/gold.json" },
};
const { dir, gold } = sets[(["fixtures", "heldout", "blind2", "blind"] as const).find((s) => process.argv.includes(s)) ?? "seeds"];
const k = loadKnowledge();
const lines = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => JSON.stringify(toContract(f, extract(readFileSync(join(dir, f), "utf8"), k), k)));
const pred = join(mkdtempSync(join(tmpdir(), "eval-")), "pred.jsonl");
writeFileSync(pred, lines.join("\n") + "\n");
const args = ["../shared/eval/score.mjs", "--gold", gold, "--pred", pred, ...(process.argv.includes("--verbose") ? ["--verbose"] : [])];
process.stdout.write(execFileSync("node", args, { encoding: "utf8" }));
