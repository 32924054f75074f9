// One record of a corpus file (a line of .jsonl, a row of .csv) as an article, checked with zod: the
// same shape the JSON reader takes ({title, body, date|publishedAt, url, source}), and the same
// article it makes (the title line, a blank line, then the body).
import { z } from "zod";
import { type ArticleInput, firstLine } from "../read/article";
import { metaDate } from "../read/meta-date";
import type { Warn } from "../read/rejected";

const text = z.string().trim();
const optional = z.union([z.string(), z.number(), z.null()]).optional().transform((v) => (v === null || v === undefined ? null : String(v).trim() || null));

export const corpusRecord = z.object({
  title: optional,
  body: text.min(1, "no body text"),
  date: optional,
  publishedAt: optional,
  url: optional,
  source: optional,
});

/** The record as an article, or the reason it is not one (one line, English, never empty). */
export function recordToArticle(raw: unknown, warn: Warn, where: string): ArticleInput | string {
  const parsed = corpusRecord.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".");
    return field === "body" && issue.code !== "too_small" ? 'no "body" text' : `${field ? `"${field}": ` : ""}${issue.message}`;
  }
  const r = parsed.data;
  const title = r.title ?? firstLine(r.body);
  return {
    title,
    body: r.body.startsWith(title) ? r.body : `${title}\n\n${r.body}`,
    source: r.source,
    url: r.url,
    publishedAt: metaDate(r.publishedAt ?? r.date, warn, `${where} date`),
  };
}
