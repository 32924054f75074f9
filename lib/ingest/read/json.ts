// JSON: `{title, body, source?, url?, publishedAt?}` or an array of them.
import { type ArticleInput, firstLine } from "./article";
import { metaDate } from "./meta-date";
import { RejectedInput, type Warn, ignoreWarnings } from "./rejected";

/** A non-blank string field, trimmed only: the title must still prefix a body that repeats it. */
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

export function fromJson(json: string, warn: Warn = ignoreWarnings): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new RejectedInput(`invalid JSON: ${(error as Error).message}`, "invalid-json");
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) throw new RejectedInput("JSON array is empty", "invalid-json");
  return items.map((item, i) => {
    const o = item as Record<string, unknown>;
    if (!o || typeof o !== "object" || typeof o.body !== "string" || !o.body.trim()) {
      throw new RejectedInput(`JSON item ${i + 1} has no "body" text`, "invalid-json");
    }
    const title = str(o.title) ?? firstLine(o.body);
    return {
      title,
      body: o.body.startsWith(title) ? o.body : `${title}\n\n${o.body}`,
      source: str(o.source),
      url: str(o.url),
      publishedAt: metaDate(o.publishedAt, warn, `JSON item ${i + 1} publishedAt`),
    };
  });
}
