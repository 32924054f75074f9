// CSV with a header row, parsed by csv-parse (quoted fields, newlines inside quotes, CRLF, a BOM) as a
// stream, record by record. `map` says which column holds each field; without it the columns are
// looked up by the field's own name (date also as publishedAt). A row csv-parse cannot read (wrong
// number of fields, a stray quote) is skipped and reported with its line; the rest go on.
import type { Readable } from "node:stream";
import { type CsvError, parse } from "csv-parse";
import { RejectedInput } from "../read/rejected";
import { recordToArticle } from "./record";
import type { ColumnMap, CorpusItem } from "./types";

const FIELDS = ["title", "body", "date", "url", "source"] as const;

/** `title=COL,body=COL,…` as a ColumnMap; throws with a usage message on anything else. */
export function parseColumnMap(spec: string): ColumnMap {
  const map: ColumnMap = {};
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    const field = part.slice(0, eq).trim() as (typeof FIELDS)[number];
    const column = part.slice(eq + 1).trim();
    if (eq < 1 || !column || !FIELDS.includes(field)) throw new Error(`bad --map entry "${part}" (use FIELD=COLUMN with FIELD one of ${FIELDS.join(", ")})`);
    map[field] = column;
  }
  return map;
}

/** Which header column each field comes from; rejects the file when a mapped column or the body is missing. */
function columnsFor(header: string[], map: ColumnMap): Partial<Record<(typeof FIELDS)[number], string>> {
  const has = new Set(header);
  const out: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const f of FIELDS) {
    const asked = map[f];
    if (asked !== undefined) {
      if (!has.has(asked)) throw new RejectedInput(`CSV has no column "${asked}" (for ${f}); its columns: ${header.join(", ")}`, "no-text");
      out[f] = asked;
    } else {
      const guess = [f, ...(f === "date" ? ["publishedAt"] : [])].find((c) => has.has(c));
      if (guess) out[f] = guess;
    }
  }
  if (!out.body) throw new RejectedInput(`CSV has no body column (name one with --map body=COLUMN); its columns: ${header.join(", ")}`, "no-text");
  return out;
}

/**
 * Rows are numbered as they are parsed, header = row 1 (for a file without newlines inside fields,
 * the line number). csv-parse's own line count is not used: with CRLF files it counts line ends
 * differently for records and for the errors it skips.
 */
export async function* readCsv(input: Readable, map: ColumnMap, maxRecordBytes: number): AsyncGenerator<CorpusItem> {
  const skipped: CorpusItem[] = [];
  let row = 1;
  let columns: ReturnType<typeof columnsFor> | undefined;
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      const trimmed = header.map((h) => String(h).trim());
      columns = columnsFor(trimmed, map);
      return trimmed;
    },
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxRecordBytes,
    // Both callbacks run in the order rows are parsed, so the counter numbers every row once.
    on_record: (record: Record<string, string>) => ({ record, row: ++row }),
    on_skip: (err: CsvError | undefined) => {
      skipped.push({ line: ++row, reason: err ? err.message.replace(/ on line \d+$/, "") : "unreadable row" });
      return undefined;
    },
  });
  input.on("error", (e) => parser.destroy(e));
  input.pipe(parser);
  for await (const { record, row: n } of parser as AsyncIterable<{ record: Record<string, string>; row: number }>) {
    // Rows skipped before this one are reported first, so rejections come in file order.
    while (skipped.length && skipped[0].line < n) yield skipped.shift()!;
    const fields: Record<string, string | undefined> = {};
    for (const [f, col] of Object.entries(columns!)) fields[f] = record[col];
    const article = recordToArticle(fields, () => {}, `row ${n}`);
    yield typeof article === "string" ? { line: n, reason: article } : { line: n, article };
  }
  while (skipped.length) yield skipped.shift()!;
}
