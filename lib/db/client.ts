// The one Prisma client factory. SQLite (better-sqlite3) by default, PostgreSQL when the URL says so.
// Both generated clients come from the same models (prisma/schema.prisma), so one type serves both.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { isPostgresUrl } from "../env";
import { splitSchema, sqliteFilePath } from "./paths";
import { BUSY_TIMEOUT_MS, safeSqliteAdapter } from "./sqlite-adapter";

export type Db = SqliteClient;
export type Dialect = "sqlite" | "postgres";

// Which database each client speaks, for the few statements written as SQL (lib/ingest/bulk-insert.ts).
const dialects = new WeakMap<object, Dialect>();
export const dialectOf = (db: Db): Dialect => dialects.get(db) ?? "sqlite";
// The file behind a SQLite client, for bulk loads that take their own connection (lib/db/sqlite-bulk.ts).
const sqliteFiles = new WeakMap<object, string>();
export const sqliteFileOf = (db: Db): string | undefined => sqliteFiles.get(db);

export function createDb(url: string): Db {
  if (isPostgresUrl(url)) {
    const { connectionString, schema } = splitSchema(url);
    // The search path makes the project's raw SQL (the timeline) find the same schema's tables.
    const pool = schema ? { connectionString, options: `-c search_path="${schema}"` } : { connectionString };
    const client = new PostgresClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) });
    dialects.set(client, "postgres");
    return client as unknown as Db;
  }
  // Transactions that always end, even after a full disk or an I/O error (see sqlite-adapter.ts).
  const file = sqliteFilePath(url);
  const client = new SqliteClient({ adapter: safeSqliteAdapter(file, busyTimeoutMs()) });
  sqliteFiles.set(client, file);
  return client;
}

/** SQLITE_BUSY_TIMEOUT_MS: how long a write waits for another process's lock (the fault tests shorten it). */
function busyTimeoutMs(): number {
  const n = Number(process.env.SQLITE_BUSY_TIMEOUT_MS);
  return Number.isInteger(n) && n >= 0 ? n : BUSY_TIMEOUT_MS;
}
