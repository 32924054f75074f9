// Corpus files: many articles in one file, read as a stream (never loaded whole), one record at a time.
import type { Readable } from "node:stream";
import { readCsv } from "./csv";
import { readJsonl } from "./jsonl";
import type { ColumnMap, CorpusItem } from "./types";

export { parseColumnMap } from "./csv";
export type { ColumnMap, CorpusItem } from "./types";

export type CorpusFormat = "jsonl" | "csv";

/** The corpus format a file name promises (.jsonl/.ndjson, .csv), or null for a one-document reader's file. */
export function corpusFormatOf(name: string): CorpusFormat | null {
  const base = name.toLowerCase().split(/[\\/]/).pop() ?? "";
  const ext = base.includes(".") ? base.split(".").pop() : null;
  if (ext === "jsonl" || ext === "ndjson") return "jsonl";
  if (ext === "csv") return "csv";
  return null;
}

export function readCorpus(format: CorpusFormat, input: Readable, opts: { map?: ColumnMap; maxRecordBytes: number }): AsyncGenerator<CorpusItem> {
  return format === "jsonl" ? readJsonl(input, opts.maxRecordBytes) : readCsv(input, opts.map ?? {}, opts.maxRecordBytes);
}
