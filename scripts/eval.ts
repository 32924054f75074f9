// npm run eval -- SET [--verbose]: extraction on one evaluation set, each file read through the same
// reader as ingestion and `npm run extract`, scored by ../shared/eval/score.mjs. SET is one of
// seeds (default), fixtures, heldout, blind, blind2, real, offtopic, reviewed (the analysts' export,
// `npm run export-gold`); `all` scores every set but reviewed and writes
// eval/scores.json (the figures `npm run eval:gate` compares against).
//
// Honesty about these figures: every project set (seeds, fixtures, heldout, blind, blind2) has been
// read and used for tuning the extractor by now, whatever its name says, and `real` and `offtopic`
// (../shared/eval) are tuned on too. None of them estimates unseen articles; only the held-out real
// sets scored outside this repository are unseen.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { GATED_SET_NAMES, predict, SCORES_FILE, scoreFigures, scoreText, SET_NAMES, SETS, type SetName, type SetScores } from "./eval-sets";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const named = args.filter((a) => !a.startsWith("--"));
const unknown = named.filter((a) => a !== "all" && !SET_NAMES.includes(a as SetName));
if (unknown.length) {
  console.error(`unknown set ${unknown.join(", ")}; use one of ${SET_NAMES.join(", ")} or all`);
  process.exit(2);
}
const k = loadKnowledge();

if (named.includes("all")) {
  const scores = {} as Record<SetName, SetScores>;
  for (const set of GATED_SET_NAMES) {
    const { lines, warnings } = predict(set, k);
    for (const w of warnings) console.error(`warning: ${w}`);
    scores[set] = scoreFigures(set, lines);
    const s = scores[set];
    console.log(
      `${set.padEnd(9)} places F1 ${s.places.f1.toFixed(2)} (located ${s.places.located.toFixed(2)})  actors F1 ${s.actors.f1.toFixed(2)}  ` +
        `events F1 ${s.events.f1.toFixed(2)} (fp ${s.events.falsePositives})  fatalities ${s.fatalitiesExact.toFixed(2)}  ` +
        `date ${s.date.accuracy.toFixed(2)} (wrong ${s.date.wrong}, abstained ${s.date.abstained})`,
    );
  }
  writeFileSync(SCORES_FILE, JSON.stringify(scores, null, 2) + "\n");
  console.log(`wrote ${SCORES_FILE}`);
} else {
  const set = (named[0] ?? "seeds") as SetName;
  if (!existsSync(SETS[set].gold)) {
    console.error(
      set === "reviewed"
        ? `no reviewed set yet (${SETS[set].gold} does not exist): review every event of some articles, then run npm run export-gold`
        : `${SETS[set].gold} does not exist`,
    );
    process.exit(2);
  }
  if (set === "reviewed" && (JSON.parse(readFileSync(SETS[set].gold, "utf8")) as { articles: unknown[] }).articles.length === 0) {
    console.error(`the reviewed set (${SETS[set].gold}) is empty: no article had every event reviewed when it was exported`);
    process.exit(2);
  }
  const { lines, warnings } = predict(set, k);
  for (const w of warnings) console.error(`warning: ${w}`);
  process.stdout.write(scoreText(set, lines, verbose));
}
