// RSS 2.0, RSS 1.0 (RDF) and Atom feeds saved to disk: each item or entry is one article, its
// description or content with the HTML stripped.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { type ArticleInput, str, withTitle } from "./article";
import { htmlToText } from "./html";
import { metaDate } from "./meta-date";
import { RejectedInput, type Warn, ignoreWarnings } from "./rejected";

/** An XML declaration or a feed's root element at the start. */
export function looksLikeFeed(text: string): boolean {
  const head = text.replace(/^\ufeff/, "").trimStart().slice(0, 512);
  if (/^<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return true;
  return /^<\?xml/i.test(head) && /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 4096));
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type Node = Record<string, unknown>;

/** The text of an element that may carry attributes (<title type="html">…</title>). */
function textOf(v: unknown): string | null {
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (v && typeof v === "object") return textOf((v as Node)["#text"]);
  return null;
}

const plain = (v: unknown): string => {
  const t = textOf(v);
  return t ? htmlToText(t) : "";
};

/** Atom: the alternate link's href; RSS: the <link> text. */
function linkOf(v: unknown): string | null {
  const links = Array.isArray(v) ? v : v ? [v] : [];
  let fallback: string | null = null;
  for (const l of links) {
    if (typeof l === "string") return str(l);
    const o = l as Node;
    const href = str(o["@_href"]) ?? str(o["#text"]);
    if (!href) continue;
    if (!o["@_rel"] || o["@_rel"] === "alternate") return href;
    fallback ??= href;
  }
  return fallback;
}

function readItem(item: Node, n: number, source: string | null, warn: Warn): ArticleInput | null {
  // The longest of the item's texts: content:encoded or Atom content over a teaser description.
  const texts = [item["content:encoded"], item.content, item.description, item.summary].map(plain).filter(Boolean);
  const text = texts.sort((a, b) => b.length - a.length)[0] ?? "";
  const title = str(plain(item.title)) ?? "";
  if (!text && !title) {
    warn(`item ${n} has neither title nor text; skipped`);
    return null;
  }
  const date = textOf(item.pubDate) ?? textOf(item["dc:date"]) ?? textOf(item.published) ?? textOf(item.updated);
  return {
    title: title || text.split("\n")[0],
    body: withTitle(title, text),
    url: linkOf(item.link) ?? str(textOf(item.guid)),
    source,
    publishedAt: metaDate(date, warn, `item ${n} date`),
  };
}

export function fromFeed(xml: string, warn: Warn = ignoreWarnings): ArticleInput[] {
  let doc: Node;
  try {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new RejectedInput(`invalid feed XML: ${valid.err.msg} (line ${valid.err.line})`, "invalid-feed");
    doc = parser.parse(xml) as Node;
  } catch (error) {
    // The parser's own limits (nesting, entity expansion) are a bad file too, not a failure to save.
    if (error instanceof RejectedInput) throw error;
    throw new RejectedInput(`invalid feed XML: ${(error as Error).message}`, "invalid-feed");
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = (rss?.channel ?? rdf?.channel) as Node | undefined;
  const items = ((channel?.item ?? rdf?.item ?? atom?.entry) as Node[] | undefined) ?? [];
  const source = str(plain(channel?.title ?? atom?.title));
  if (!rss && !rdf && !atom) throw new RejectedInput("invalid feed XML: not an RSS or Atom feed", "invalid-feed");
  const articles = items.flatMap((item, i) => readItem(item, i + 1, source, warn) ?? []);
  if (articles.length === 0) throw new RejectedInput("no text (the feed has no items)", "no-text");
  return articles;
}
