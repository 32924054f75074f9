// What a source's answer lists: the items of an RSS/Atom feed (read by the ingestion reader's feed
// code, lib/ingest/read/feed.ts), the URLs of a sitemap, or the page itself.
import { createHash } from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { fromFeed, RejectedInput, type ArticleInput } from "../ingest/read";
import { looksLikeFeed } from "../ingest/read/feed";
import { CollectError } from "./fetch";

export type SourceKind = "feed" | "sitemap" | "page";

export interface Entry {
  url: string;
  /** Changes when the entry changes (title, date, summary; a sitemap's lastmod). */
  entryHash: string;
  /** What the feed itself says of the item, used for the title and date when the page gives none. */
  fromFeed?: ArticleInput;
}

export const sha = (s: string) => createHash("sha256").update(s).digest("hex");

export function kindOf(text: string): SourceKind {
  if (looksLikeFeed(text)) return "feed";
  if (/<(urlset|sitemapindex)[\s>]/i.test(text.slice(0, 4096))) return "sitemap";
  return "page";
}

/** A bare «&» (an unescaped ampersand in a title or link) is the commonest break in real feeds. */
const escapeBareAmpersands = (xml: string) => xml.replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/g, "&amp;");

export function feedEntries(xml: string, base: string): Entry[] {
  let items: ArticleInput[];
  try {
    items = fromFeed(XMLValidator.validate(xml) === true ? xml : escapeBareAmpersands(xml));
  } catch (error) {
    if (error instanceof RejectedInput) throw new CollectError(error.code === "no-text" ? "no-text" : "invalid-feed", error.reason);
    throw error;
  }
  return items.flatMap((item) => {
    const url = absolute(item.url, base);
    if (!url) return [];
    return [{ url, entryHash: sha(`${item.title}\n${item.publishedAt ?? ""}\n${item.body}`), fromFeed: item }];
  });
}

const sitemapParser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap", parseTagValue: false });

/** A sitemap's URLs, or, for a sitemap index, the child sitemaps to read (newest first by lastmod). */
export interface SitemapDocument {
  entries: Entry[];
  children: string[];
}

export function sitemapDocument(xml: string, base: string): SitemapDocument {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new CollectError("invalid-feed", `invalid sitemap XML: ${valid.err.msg} (line ${valid.err.line})`);
  type Loc = { loc?: string; lastmod?: string };
  const doc = sitemapParser.parse(xml) as { urlset?: { url?: Loc[] }; sitemapindex?: { sitemap?: Loc[] } };
  if (doc.sitemapindex) {
    const children = [...(doc.sitemapindex.sitemap ?? [])]
      .sort((a, b) => String(b.lastmod ?? "").localeCompare(String(a.lastmod ?? "")))
      .flatMap((c) => absolute(c.loc ?? null, base) ?? []);
    return { entries: [], children };
  }
  const entries = (doc.urlset?.url ?? []).flatMap((u) => {
    const url = absolute(u.loc ?? null, base);
    return url ? [{ url, entryHash: sha(`${url}\n${u.lastmod ?? ""}`) }] : [];
  });
  return { entries, children: [] };
}

/** A sitemap's URLs; a sitemap index here (one nested in another) is refused. */
export function sitemapEntries(xml: string, base: string): Entry[] {
  const doc = sitemapDocument(xml, base);
  if (doc.children.length) throw new CollectError("unsupported", "a sitemap index inside a sitemap index is not followed");
  return doc.entries;
}

function absolute(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}
