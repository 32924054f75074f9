// The CLI's account of an ingestion run: one line per rejected file with its code, the totals, and
// the exit status. File names are shown escaped: a newline in a name cannot forge a line of the summary.
import { storageFailed, type IngestSummary } from "./run";

/** A string as one visible line: control, line-separator and bidi-override characters become \uXXXX. */
export const printable = (s: string) =>
  s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

export function summaryLines(s: IngestSummary): string[] {
  const storage = s.rejected.filter((r) => r.kind === "storage").length;
  return [
    `new ${s.new}, unchanged ${s.unchanged}, updated ${s.updated}, rejected ${s.rejected.length}${storage ? ` (${storage} by the database)` : ""}`,
    ...s.rejected.map((r) => `  rejected ${printable(r.file)}${r.line ? `:${r.line}` : ""}: [${r.code}] ${printable(r.reason)}`),
    `${s.seconds.toFixed(2)} s, ${s.articlesPerSecond.toFixed(1)} articles/s`,
  ];
}

/** 1 when the database refused a write (not the files' fault) or when every file was rejected; else 0. */
export const exitCodeOf = (s: IngestSummary) =>
  storageFailed(s) || (s.rejected.length > 0 && !s.new && !s.unchanged && !s.updated) ? 1 : 0;
