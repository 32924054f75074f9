// Bulk loads into SQLite on a connection of their own (better-sqlite3, synchronous, prepared
// statements): Prisma's query building costs about a millisecond a row, which a million events cannot
// afford. The load runs in ONE transaction with the given tables' triggers and secondary indexes
// dropped: each index is rebuilt once by sorting instead of being updated row by row in random order,
// and the caller rebuilds what the triggers would have kept (search text, FTS, roll-ups) in a few
// statements. The schema objects are recreated from their own stored SQL before COMMIT, so a failure
// anywhere (a duplicate key when a unique index is rebuilt, a crash) rolls everything back, triggers
// included: other writers never see the tables without them.
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS } from "./sqlite-adapter";

export type BulkConnection = Database.Database;

export function openSqliteBulk(file: string): BulkConnection {
  const conn = new Database(file);
  conn.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  conn.pragma("journal_mode = WAL");
  // A large page cache (256 MB) keeps the B-trees being filled in memory; index builds sort in temp files.
  conn.pragma("cache_size = -262144");
  return conn;
}

/** Runs `load` in one transaction with the tables' triggers and non-primary indexes dropped and recreated after. */
export function withoutTriggersAndIndexes<T>(conn: BulkConnection, tables: string[], load: () => T): T {
  const marks = tables.map(() => "?").join(", ");
  const objects = conn
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') AND tbl_name IN (${marks}) AND sql IS NOT NULL`)
    .all(...tables) as { type: "trigger" | "index"; name: string; sql: string }[];
  const run = conn.transaction(() => {
    for (const o of objects) conn.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`);
    const out = load();
    // Indexes first: the triggers' statements must not fire on the rebuild.
    for (const o of objects.filter((x) => x.type === "index")) conn.exec(o.sql);
    for (const o of objects.filter((x) => x.type === "trigger")) conn.exec(o.sql);
    return out;
  });
  return run.immediate();
}

/** An INSERT of many rows through prepared statements of `perStatement` rows (and one for the remainder). */
export function rowInserter(conn: BulkConnection, table: string, columns: string[], perStatement = Math.floor(8000 / columns.length)) {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const one = `(${columns.map(() => "?").join(", ")})`;
  const statements = new Map<number, Database.Statement>();
  const statement = (rows: number) => {
    let s = statements.get(rows);
    if (!s) statements.set(rows, (s = conn.prepare(head + Array(rows).fill(one).join(", "))));
    return s;
  };
  return (rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += perStatement) {
      const chunk = rows.slice(i, i + perStatement);
      statement(chunk.length).run(chunk.flat());
    }
  };
}
