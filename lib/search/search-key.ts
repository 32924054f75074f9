// The search alphabet: text and query folded the same way, so «ادلب», «إدلب» and «إدْلِب» are one key.
// Beyond the extractor's fold(), the search text has no LIKE wildcards and no escape character:
// `%` becomes the Arabic percent sign ٪, `_` ▁ (U+2581), `\` ⧵ (U+29F5); characters NFKC leaves
// alone, so they survive fold(), and nothing else folds to them. Every LIKE over a folded column is
// then literal without an ESCAPE clause (Prisma's `contains` adds none, and PostgreSQL's LIKE treats
// `\` as its escape), so `%` and `_` in a query match themselves, never everything.
import { fold } from "../extract/normalize";

export const SEARCH_ONLY: Readonly<Record<string, string>> = { "%": "٪", "_": "\u2581", "\\": "\u29F5" };

/** A query folded into the search alphabet; "" when nothing searchable is left (only diacritics…). */
export function searchKey(q: string): string {
  return fold(q).replace(/[%_\\]/g, (c) => SEARCH_ONLY[c]);
}

/** Trigram indexes (FTS5 trigram, pg_trgm) need three characters; shorter keys scan the folded column. */
export const TRIGRAM = 3;
export const usesTrigrams = (key: string) => Array.from(key).length >= TRIGRAM;

/** An FTS5 MATCH string for a literal substring: one quoted phrase, its quotes doubled. */
export const ftsPhrase = (key: string) => `"${key.replace(/"/g, '""')}"`;
