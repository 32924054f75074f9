// Writes a synthetic data set in bulk, streamed: the articles are generated as the writer reads
// them, a chunk at a time, so memory stays flat whatever the count. SQLite takes one bulk
// transaction on its own connection (write-sqlite.ts), PostgreSQL multi-row INSERTs (write-postgres.ts).
import { type Db, sqliteFileOf } from "../db/client";
import type { SynthStream } from "./generate";
import { writePostgres } from "./write-postgres";
import { writeSqlite } from "./write-sqlite";

export interface WriteOptions { postgres: boolean; onProgress?: (msg: string) => void }
export interface Written { articles: number; events: number }

export async function writeSynthetic(db: Db, data: SynthStream, opts: WriteOptions): Promise<Written> {
  if (opts.postgres) return writePostgres(db, data, opts);
  const file = sqliteFileOf(db);
  if (!file) throw new Error("synthetic writer: no SQLite file behind this client");
  return writeSqlite(file, data, opts);
}
