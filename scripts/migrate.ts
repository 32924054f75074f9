// npm run db:migrate: applies the migrations the database (DATABASE_URL) has not had yet, and nothing else.
import { readEnv } from "../lib/env";
import { migrate } from "../lib/db/migrate";

migrate(readEnv().DATABASE_URL)
  .then((m) => console.log(m.applied.length ? `applied ${m.applied.join(", ")}` : `up to date (${m.alreadyApplied} migrations)`))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
