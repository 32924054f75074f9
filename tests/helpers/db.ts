// A real, empty database per test file: a fresh SQLite file, or a fresh schema in the PostgreSQL
// database TEST_DATABASE_URL names (set by .ci/run). Migrations are applied by the project's own runner.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

export interface TestDb {
  db: Db;
  url: string;
  cleanup: () => Promise<void>;
}

export async function sqliteTestDb(): Promise<TestDb> {
  const url = `file:${join(mkdtempSync(join(tmpdir(), "dash-")), "test.db")}`;
  await migrate(url);
  const db = createDb(url);
  return { db, url, cleanup: () => db.$disconnect() };
}

export async function postgresTestDb(base: string): Promise<TestDb> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const u = new URL(base);
  u.searchParams.set("schema", schema);
  const url = u.toString();
  await migrate(url);
  const db = createDb(url);
  return {
    db, url,
    cleanup: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    },
  };
}

export async function counts(db: Db) {
  return {
    articles: await db.article.count(), places: await db.place.count(), actors: await db.actor.count(),
    mentions: await db.mention.count(), events: await db.event.count(), sources: await db.eventSource.count(),
    eventActors: await db.eventActor.count(),
  };
}
