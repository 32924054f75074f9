// npm run export-gold -- [--since DATE] [--out DIR]
// Writes the reviewed articles (every event confirmed, corrected or rejected) as gold in the scorer's
// format, with their texts, to DIR (default data/gold), for `npm run eval -- reviewed`. --since keeps
// the articles last reviewed on or after DATE (YYYY-MM-DD or an ISO time). Exit status 2 for a usage error.
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { readEnv } from "../lib/env";
import { exportGold } from "../lib/review/export-gold";
import { DEFAULT_GOLD_DIR, writeGold } from "../lib/review/write-gold";

const USAGE = "usage: npm run export-gold -- [--since YYYY-MM-DD] [--out DIR]";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith("--")) throw new Error(`${name} needs a value`);
  return v;
}

async function main() {
  const args = process.argv.slice(2);
  let since: Date | undefined;
  let out = DEFAULT_GOLD_DIR;
  try {
    const unknown = args.filter((a, i) => a.startsWith("--") ? a !== "--since" && a !== "--out" : !["--since", "--out"].includes(args[i - 1]));
    if (unknown.length) throw new Error(`unknown argument ${unknown.join(" ")}`);
    const s = option(args, "--since");
    if (s !== undefined) {
      since = new Date(s);
      if (!/^\d{4}-\d{2}-\d{2}/.test(s) || Number.isNaN(since.getTime())) throw new Error(`--since ${s} is not a date (YYYY-MM-DD)`);
    }
    out = option(args, "--out") ?? out;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const env = readEnv();
  await migrate(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    const exp = await exportGold(db, { since });
    const { gold, texts } = writeGold(out, exp);
    for (const w of exp.warnings) console.error(`warning: ${w}`);
    const events = exp.gold.articles.reduce((n, a) => n + a.events.length, 0);
    console.log(`wrote ${gold}: ${exp.gold.articles.length} reviewed articles, ${events} events, ${texts} texts`);
    if (!texts && since) console.log(`no article was fully reviewed since ${since.toISOString()}`);
    else if (!texts) console.log("no article is fully reviewed yet: review every event of an article (/review) first");
  } finally {
    await db.$disconnect();
  }
}

void main();
