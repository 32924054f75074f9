// npm run sources -- add URL --name NAME [--outlet OUTLET] [--lang ar] [--every 15m]
//                  | list | run [ID] | watch | pause ID | resume ID | remove ID
// `run` collects every due source once (or the one named, due or not); `watch` does so in a loop,
// waking every minute. Exit status 2 for a usage error, 1 when a command was refused.
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { readEnv } from "../lib/env";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { collectOptions } from "../lib/collect/options";
import { runDueSources, runSource, type SourceRun } from "../lib/collect/run";
import { addSource, removeSource, setPaused } from "../lib/collect/sources";

const USAGE = "usage: npm run sources -- add URL --name NAME [--outlet O] [--lang ar] [--every 15m] | list | run [ID] | watch | pause ID | resume ID | remove ID";

function flags(args: string[]): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const m = args[i].match(/^--([a-z]+)(?:=(.*))?$/);
    if (!m) positional.push(args[i]);
    else named[m[1]] = m[2] ?? args[++i] ?? "";
  }
  return { positional, named };
}

const printRun = (r: SourceRun) => console.log(`#${r.sourceId} ${r.name}: ${r.status}, ${r.added} added, ${r.skipped} already known${r.error ? ` — ${r.error}` : ""}`);

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { positional, named } = flags(rest);
  const env = readEnv();
  await migrate(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  const id = () => {
    const n = Number(positional[0]);
    if (!Number.isInteger(n) || n <= 0) {
      console.error(USAGE);
      process.exit(2);
    }
    return n;
  };
  try {
    switch (command) {
      case "add": {
        if (!positional[0] || !named.name) {
          console.error(USAGE);
          process.exit(2);
        }
        const r = await addSource(db, { url: positional[0], name: named.name, outlet: named.outlet, language: named.lang, every: named.every });
        console.log(r.ok ? `#${r.id} ${r.message}` : r.message);
        if (!r.ok) process.exitCode = 1;
        break;
      }
      case "list": {
        for (const s of await db.source.findMany({ orderBy: { id: "asc" } })) {
          const last = s.lastRunAt ? `${s.lastRunAt.toISOString()} ${s.lastStatus}` : "never run";
          console.log(`#${s.id}\t${s.paused ? "paused" : `every ${s.intervalMinutes}m`}\t${s.name}\t${s.url}\t${s.kind ?? "?"}\t${last}\t${s.itemsAdded} items${s.lastError ? `\t${s.lastError}` : ""}`);
        }
        break;
      }
      case "run": {
        const k = loadKnowledge();
        if (positional[0]) {
          const r = await runSource(db, k, id(), new Date(), collectOptions(env));
          if (r) printRun(r);
          else {
            console.error(`no source #${positional[0]}`);
            process.exitCode = 1;
          }
        } else {
          const runs = await runDueSources(db, k, new Date(), collectOptions(env));
          if (!runs.length) console.log("no source is due");
          runs.forEach(printRun);
        }
        break;
      }
      case "watch": {
        const k = loadKnowledge();
        for (;;) {
          (await runDueSources(db, k, new Date(), collectOptions(env))).forEach(printRun);
          await new Promise((r) => setTimeout(r, 60_000));
        }
      }
      case "pause":
      case "resume":
      case "remove": {
        const r = command === "remove" ? await removeSource(db, id()) : await setPaused(db, id(), command === "pause");
        console.log(r.message);
        if (!r.ok) process.exitCode = 1;
        break;
      }
      default:
        console.error(USAGE);
        process.exitCode = 2;
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`sources: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
