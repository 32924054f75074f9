// Applies the SQL migrations in prisma/migrations (SQLite) or prisma/postgres/migrations (PostgreSQL),
// each in its own transaction, and records them in _migrations. Prisma's `migrate deploy` cannot run
// against PostgreSQL with the JavaScript engine, so one small runner serves both databases.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../env";
import { splitSchema, sqliteFilePath } from "./paths";

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

function migrationsDir(root: string, postgres: boolean) {
  return join(root, postgres ? "prisma/postgres/migrations" : "prisma/migrations");
}

function listMigrations(dir: string) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => ({ name: d.name, sql: readFileSync(join(dir, d.name, "migration.sql"), "utf8") }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function migrate(url: string, root = process.cwd()): Promise<MigrationResult> {
  const postgres = isPostgresUrl(url);
  const migrations = listMigrations(migrationsDir(root, postgres));
  return postgres ? migratePostgres(url, migrations) : migrateSqlite(url, migrations);
}

function migrateSqlite(url: string, migrations: { name: string; sql: string }[]): MigrationResult {
  const file = sqliteFilePath(url);
  mkdirSync(dirname(file), { recursive: true });
  const conn = new Database(file);
  try {
    conn.pragma("journal_mode = WAL");
    conn.exec('CREATE TABLE IF NOT EXISTS "_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)');
    const done = new Set(conn.prepare('SELECT "name" FROM "_migrations"').all().map((r) => (r as { name: string }).name));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      conn.transaction(() => {
        conn.exec(m.sql);
        conn.prepare('INSERT INTO "_migrations" ("name", "appliedAt") VALUES (?, ?)').run(m.name, new Date().toISOString());
      })();
      applied.push(m.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    conn.close();
  }
}

async function migratePostgres(url: string, migrations: { name: string; sql: string }[]): Promise<MigrationResult> {
  const { connectionString, schema } = splitSchema(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, "")}"`);
      await client.query(`SET search_path TO "${schema.replace(/"/g, "")}"`);
    }
    await client.query('CREATE TABLE IF NOT EXISTS "_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMPTZ NOT NULL)');
    const done = new Set((await client.query('SELECT "name" FROM "_migrations"')).rows.map((r) => r.name as string));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO "_migrations" ("name", "appliedAt") VALUES ($1, now())', [m.name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    await client.end();
  }
}
