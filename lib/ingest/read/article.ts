// What every format reader produces: one clean article, the shape extraction and persistence read.
export interface ArticleInput {
  title: string;
  body: string;
  source?: string | null;
  url?: string | null;
  /** YYYY-MM-DD from the file's metadata, or null/absent when it states none (or no real date). */
  publishedAt?: string | null;
}

/** The body extraction reads: the title line, a blank line, then the text (title not repeated). */
export function withTitle(title: string, text: string): string {
  const t = text.trim();
  if (!title) return t;
  return t.startsWith(title) ? t : `${title}\n\n${t}`;
}

export const firstLine = (text: string): string => text.split("\n").find((l) => l.trim())?.trim() ?? "";

/** Blank-ish string fields: trimmed text or null. */
export const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim().replace(/\s+/g, " ") : null);
