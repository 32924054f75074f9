// The one reader: a file's bytes to clean articles `{ title, body, publishedAt, url, source }`,
// shared by ingestion, the upload page, `npm run extract` and `npm run eval`. Decoding lives in
// read/decode.ts, each format in its own file under read/, the choice of format in read/detect.ts.
import type { ArticleInput } from "./read/article";
import { decodeBytes } from "./read/decode";
import { type Format, formatFor, formatOf } from "./read/detect";
import { fromFeed } from "./read/feed";
import { fromHtml } from "./read/html";
import { fromJson } from "./read/json";
import { fromMarkdown } from "./read/markdown";
import { RejectedInput, type Warn } from "./read/rejected";
import { fromText } from "./read/text";
import { fromTrec } from "./read/trec";

export type { ArticleInput } from "./read/article";
export { decode, decodeBytes, type Encoding } from "./read/decode";
export { type Format, formatFor, formatOf } from "./read/detect";
export { fromFeed } from "./read/feed";
export { fromHtml, htmlToText } from "./read/html";
export { fromJson } from "./read/json";
export { fromMarkdown } from "./read/markdown";
export { metaDate } from "./read/meta-date";
export { RejectedInput, type RejectionCode, type Warn } from "./read/rejected";
export { fromText } from "./read/text";
export { fromTrec } from "./read/trec";

export interface ReadResult {
  format: Format;
  articles: ArticleInput[];
  /** What was worked around: replaced bytes, a metadata date that is not a date, a skipped item. */
  warnings: string[];
}

const READERS: Record<Format, (text: string, warn: Warn) => ArticleInput[]> = {
  txt: (t) => [fromText(t)],
  html: (t, w) => [fromHtml(t, w)],
  json: fromJson,
  markdown: (t, w) => [fromMarkdown(t, w)],
  feed: fromFeed,
  trec: fromTrec,
};

/** Every article a file holds (a tagged file, a feed or a JSON array may hold several). */
export function readArticles(name: string, bytes: Uint8Array, maxBytes: number): ReadResult {
  const warnings: string[] = [];
  const warn: Warn = (m) => warnings.push(m);
  if (!formatOf(name)) throw new RejectedInput("unsupported file type (use .txt, .md, .html, .xml or .json)", "unsupported");
  if (bytes.length > maxBytes) throw new RejectedInput(`file too large (${bytes.length} bytes; the limit is ${maxBytes})`, "too-large");
  const { text } = decodeBytes(bytes, warn);
  const format = formatFor(name, text)!;
  return { format, articles: READERS[format](text, warn), warnings };
}

/** Every article a file holds, without the warnings (existing callers: lib/ingest/run.ts). */
export function parseArticles(name: string, bytes: Uint8Array, maxBytes: number): ArticleInput[] {
  return readArticles(name, bytes, maxBytes).articles;
}
