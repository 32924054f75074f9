// Prisma's better-sqlite3 adapter with transactions that always end. The stock adapter (6.19) holds a
// mutex from BEGIN until Prisma calls commit()/rollback(), but Prisma first sends "COMMIT"/"ROLLBACK"
// as SQL and skips that call when the SQL throws. SQLite rolls a transaction back by itself on
// SQLITE_FULL and on I/O errors, so the "ROLLBACK" that follows fails ("no transaction is active"),
// the mutex is never released, and every later transaction waits forever: after one full-disk or
// read-only moment, no write succeeded until a restart, and the CLI ended with exit 0 and no summary.
// Here the transaction is this module's own: BEGIN IMMEDIATE (takes the write lock up front, so a
// second writer waits for busy_timeout instead of failing at its first write), and a lock that is
// released however COMMIT or ROLLBACK ends.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import type Database from "better-sqlite3";

/** How long a write waits for another process's write lock before giving up with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

/** One transaction at a time on the one connection; a FIFO queue of waiters. */
class Lock {
  #tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}

function rollbackQuietly(conn: Database.Database) {
  try {
    if (conn.inTransaction) conn.exec("ROLLBACK");
  } catch {
    // Nothing left to undo: SQLite has already ended the transaction.
  }
}

function withSafeTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  // The stock adapter keeps its better-sqlite3 connection in a public field.
  const conn = (adapter as unknown as { client: Database.Database }).client;
  const lock = new Lock();

  async function startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // Anything but SERIALIZABLE is refused by the stock adapter with its own error.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return adapter.startTransaction(isolationLevel);
    const release = await lock.acquire();
    try {
      rollbackQuietly(conn); // never build on a transaction some failure left open
      conn.exec("BEGIN IMMEDIATE");
    } catch (error) {
      release();
      throw error;
    }
    let open = true;
    const end = () => {
      if (open) {
        open = false;
        release();
      }
    };
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (q: SqlQuery) => adapter.queryRaw(q),
      async executeRaw(q: SqlQuery) {
        if (q.sql !== "COMMIT" && q.sql !== "ROLLBACK") return adapter.executeRaw(q);
        try {
          return await adapter.executeRaw(q);
        } catch (error) {
          // A failed COMMIT can leave the transaction open (SQLITE_BUSY, SQLITE_FULL): undo it.
          rollbackQuietly(conn);
          end();
          // A ROLLBACK of a transaction SQLite already rolled back has done its job.
          if (q.sql === "ROLLBACK") return 0;
          throw error;
        }
      },
      commit: async () => end(),
      rollback: async () => end(),
    };
  }

  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === "startTransaction") return startTransaction;
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The adapter factory for a SQLite file (an absolute path or one relative to the working folder). */
export function safeSqliteAdapter(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: busyTimeoutMs });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withSafeTransactions(await inner.connect()),
  };
}
