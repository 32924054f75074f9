// JSON Lines: one article object per line, read line by line from a stream so a corpus of any size
// costs the memory of one line. A line that is not an article is reported with its number; the rest go on.
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { recordToArticle } from "./record";
import type { CorpusItem } from "./types";

export async function* readJsonl(input: Readable, maxRecordBytes: number): AsyncGenerator<CorpusItem> {
  input.setEncoding("utf8");
  // crlfDelay: a \r\n split across two chunks is still one line end.
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\ufeff/, "") : raw;
    if (!line.trim()) continue;
    if (Buffer.byteLength(line) > maxRecordBytes) {
      yield { line: n, reason: `line too large (${Buffer.byteLength(line)} bytes; the limit is ${maxRecordBytes})` };
      continue;
    }
    if (line.includes("\ufffd")) {
      yield { line: n, reason: "not valid UTF-8" };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { line: n, reason: `invalid JSON: ${(error as Error).message}` };
      continue;
    }
    const warnings: string[] = [];
    const article = recordToArticle(value, (m) => warnings.push(m), `line ${n}`);
    yield typeof article === "string" ? { line: n, reason: article } : { line: n, article };
  }
}
