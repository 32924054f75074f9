// Many rows in a few INSERT statements, for the tables whose columns are all integers and text
// (mentions, event sources, event actors). Prisma's createMany spends about 1 ms a row in its own query
// building here: for the ~45 mentions of an article that was most of the cost of saving it. The
// statements are plain SQL both databases take; only the parameter markers differ (? and $n).
import type { Dialect } from "../db/client";

type Tx = { $executeRawUnsafe: (sql: string, ...values: unknown[]) => Promise<number> };

// SQLite allows 32,766 bound parameters a statement, PostgreSQL 65,535; far below both.
const MAX_PARAMS = 10_000;

export async function insertRows(tx: Tx, dialect: Dialect, table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    let n = 0;
    const marker = dialect === "postgres" ? () => `$${++n}` : () => "?";
    const values = chunk.map((r) => `(${r.map(marker).join(", ")})`).join(", ");
    await tx.$executeRawUnsafe(head + values, ...chunk.flat());
  }
}
