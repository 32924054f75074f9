// npm run synth -- --events N [--places P] [--seed S] [--actors realistic]: fills the database (DATABASE_URL) with a
// realistic synthetic data set for scale work. Synthetic rows say so (source «بيانات اصطناعية»,
// invented hamlets have origin "synthetic"), so they are never mistaken for reporting.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { isPostgresUrl, readEnv } from "../lib/env";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { ACTOR_AREAS } from "../lib/synth/actor-areas";
import { generateStream } from "../lib/synth/generate";
import { writeSynthetic } from "../lib/synth/write";

const args = z.object({
  events: z.coerce.number().int().min(1).max(5_000_000),
  places: z.coerce.number().int().min(1).max(200_000).optional(),
  seed: z.coerce.number().int().default(2011),
  actors: z.enum(["any", "realistic"]).default("any"),
});

export async function synth(events: number, places?: number, seed = 2011, actors: "any" | "realistic" = "any") {
  const env = readEnv();
  await migrate(env.DATABASE_URL);
  const k = loadKnowledge();
  const started = performance.now();
  // The articles are generated as the writer reads them: memory stays flat whatever the count.
  const data = generateStream([...k.placeByKey.values()], [...k.actorByKey.values()].filter((a) => a.origin === "kb"), {
    events, places: places ?? Math.min(10_000, Math.max(800, Math.round(events / 10))), seed, areas: actors === "realistic" ? ACTOR_AREAS : undefined,
  });
  const db = createDb(env.DATABASE_URL);
  try {
    const done = await writeSynthetic(db, data, { postgres: isPostgresUrl(env.DATABASE_URL), onProgress: (m) => process.stdout.write(`\r${m}      `) });
    const s = (performance.now() - started) / 1000;
    console.log(`\nsynthetic: ${done.events} events in ${done.articles} articles over ${data.places.length} places, ${s.toFixed(1)} s`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("synth.ts")) {
  const { values } = parseArgs({ options: { events: { type: "string", default: "1000" }, places: { type: "string" }, seed: { type: "string" }, actors: { type: "string" } } });
  const parsed = args.safeParse(values);
  if (!parsed.success) {
    console.error(`usage: npm run synth -- --events N [--places P] [--seed S] [--actors any|realistic]\n${parsed.error.issues.map((i) => `${i.path}: ${i.message}`).join("\n")}`);
    process.exit(2);
  }
  synth(parsed.data.events, parsed.data.places, parsed.data.seed, parsed.data.actors).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
