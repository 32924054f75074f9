// Prepares the database: applies migrations and, when it holds no article yet, ingests seeds/.
import { join } from "node:path";
import { readEnv } from "../lib/env";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { ingestPaths } from "../lib/ingest/run";

export async function setup(root = process.cwd()) {
  const env = readEnv();
  const m = await migrate(env.DATABASE_URL, root);
  if (m.applied.length) console.log(`database: applied ${m.applied.join(", ")}`);
  const db = createDb(env.DATABASE_URL);
  try {
    if ((await db.article.count()) === 0) {
      const s = await ingestPaths(db, loadKnowledge(root), [join(root, "seeds")], { maxBytes: env.INGEST_MAX_BYTES });
      console.log(`seeded from seeds/: new ${s.new}, rejected ${s.rejected.length}`);
      for (const r of s.rejected) console.log(`  rejected ${r.file}: ${r.reason}`);
    }
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("setup.ts")) {
  setup().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
