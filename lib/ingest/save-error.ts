// What went wrong when an article could not be written, as a stable code (the upload page and the CLI
// word it; tests pin it) and a one-line message that is never empty. Prisma's messages start with a
// newline and quote the calling code, so their first line is empty: the SQLite or Prisma code is read
// from the error itself instead.

export type SaveErrorCode = "db_busy" | "db_full" | "db_readonly" | "db_io" | "db_corrupt" | "db_error";

/** Worth another attempt: another writer held the lock, or a transaction could not start in time. */
export const RETRYABLE: ReadonlySet<SaveErrorCode> = new Set(["db_busy"]);

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown; kind?: unknown } } };
}

// SQLite's primary result codes (extended ones share the prefix) and Prisma's codes for timeouts.
const BY_CODE: [RegExp, SaveErrorCode][] = [
  [/^SQLITE_(BUSY|LOCKED)/, "db_busy"], // another connection holds the write lock past busy_timeout
  [/^P(1008|2024|2028)$/, "db_busy"], // operation timed out / pool timeout / transaction API error (start timed out)
  [/^SQLITE_FULL/, "db_full"], // disk or quota full
  [/^SQLITE_READONLY/, "db_readonly"], // file or folder not writable
  [/^SQLITE_(IOERR|CANTOPEN)/, "db_io"], // the disk refused a read or write
  [/^SQLITE_(CORRUPT|NOTADB)/, "db_corrupt"],
  [/^53100$/, "db_full"], // PostgreSQL disk_full
  [/^(40001|40P01|55P03)$/, "db_busy"], // PostgreSQL serialization failure, deadlock, lock not available
];

// When no code survives (an error wrapped by Prisma without its cause), the wording still tells.
const BY_MESSAGE: [RegExp, SaveErrorCode][] = [
  [/database is locked|timed out|Unable to start a transaction/i, "db_busy"],
  [/disk is full|no space left/i, "db_full"],
  [/readonly database|read-only/i, "db_readonly"],
  [/disk I\/O error/i, "db_io"],
  [/malformed|not a database/i, "db_corrupt"],
];

const lastLine = (s: string) =>
  s.split("\n").map((l) => l.trim()).filter(Boolean).at(-1) ?? "";

export function classifySaveError(error: unknown): { code: SaveErrorCode; message: string } {
  const e = (error ?? {}) as ErrorLike;
  const cause = e.meta?.driverAdapterError?.cause;
  const codes = [cause?.originalCode, e.code].filter((c): c is string => typeof c === "string");
  const message = (typeof cause?.originalMessage === "string" && cause.originalMessage) || lastLine(typeof e.message === "string" ? e.message : String(error)) || codes[0] || "unknown error";
  for (const c of codes) for (const [re, code] of BY_CODE) if (re.test(c)) return { code, message };
  for (const [re, code] of BY_MESSAGE) if (re.test(message)) return { code, message };
  return { code: "db_error", message };
}
