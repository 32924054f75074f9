// npm run eval:gate: re-scores `real` and `offtopic` and fails (exit 1) when any figure is more than
// 0.02 below the committed eval/scores.json, or when an off-topic text yields an event where the
// committed figures had none (counted per text). Regenerate the reference with `npm run eval -- all` after a change
// that is meant to move the figures.
import { readFileSync } from "node:fs";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { predict, SCORES_FILE, scoreFigures, type SetName, type SetScores } from "./eval-sets";

const GATED: SetName[] = ["real", "offtopic"];
const TOLERANCE = 0.02;

/** Figures where higher is better, by a readable name. */
function figures(s: SetScores): Record<string, number> {
  return {
    "places P": s.places.precision,
    "places R": s.places.recall,
    "places F1": s.places.f1,
    "places located": s.places.located,
    "actors P": s.actors.precision,
    "actors R": s.actors.recall,
    "actors F1": s.actors.f1,
    "events P": s.events.precision,
    "events R": s.events.recall,
    "events F1": s.events.f1,
    "fatalities exact": s.fatalitiesExact,
    "date accuracy": s.date.accuracy,
  };
}

const committed = JSON.parse(readFileSync(SCORES_FILE, "utf8")) as Partial<Record<SetName, SetScores>>;
const k = loadKnowledge();
const failures: string[] = [];
for (const set of GATED) {
  const before = committed[set];
  if (!before) {
    failures.push(`${set}: no committed figures in ${SCORES_FILE} (run npm run eval -- all)`);
    continue;
  }
  const now = scoreFigures(set, predict(set, k).lines);
  const [was, is] = [figures(before), figures(now)];
  for (const name of Object.keys(was)) {
    const drop = was[name] - is[name];
    const line = `${set} ${name}: ${was[name].toFixed(3)} -> ${is[name].toFixed(3)}`;
    if (drop > TOLERANCE + 1e-9) failures.push(`${line} (down ${drop.toFixed(3)})`);
    else console.log(`ok   ${line}`);
  }
  // Off-topic texts should give no event at all: a text with more events than committed is a new false alarm.
  if (set === "offtopic") {
    for (const [file, n] of Object.entries(now.events.falsePositivesByFile)) {
      const had = before.events.falsePositivesByFile?.[file] ?? 0;
      if (n > had) failures.push(`offtopic ${file}: ${n} event(s) found where the committed figures had ${had || "none"}`);
    }
  }
}
for (const f of failures) console.log(`FAIL ${f}`);
process.exit(failures.length ? 1 : 0);
