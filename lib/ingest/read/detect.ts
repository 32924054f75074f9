// Which reader a file needs: by extension, and for .txt (and .xml) by content, because real news
// arrives as .txt files of every shape (TREC-tagged, front matter, a saved feed or page).
import { looksLikeFeed } from "./feed";
import { looksLikeFrontMatter } from "./markdown";
import { looksLikeTrec } from "./trec";

export type Format = "txt" | "html" | "json" | "markdown" | "feed" | "trec";

const BY_EXTENSION: Record<string, Format> = {
  txt: "txt",
  text: "txt",
  html: "html",
  htm: "html",
  json: "json",
  md: "markdown",
  markdown: "markdown",
  xml: "feed",
  rss: "feed",
  atom: "feed",
  sgml: "trec",
  trec: "trec",
};

/** The format a file name promises, or null for a type the reader does not take. */
export function formatOf(name: string): Format | null {
  const base = name.toLowerCase().split(/[\\/]/).pop() ?? "";
  if (!base.includes(".")) return null;
  return BY_EXTENSION[base.split(".").pop()!] ?? null;
}

/** The format of a text file whose name says only "text": read from its first bytes. */
function sniff(text: string): Format {
  const head = text.replace(/^\ufeff/, "").trimStart().slice(0, 512);
  if (looksLikeTrec(text)) return "trec";
  if (looksLikeFeed(text)) return "feed";
  if (looksLikeFrontMatter(text)) return "markdown";
  if (/^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return "html";
  // XHTML saved with its XML declaration.
  if (/^<\?xml/i.test(head) && /<html[\s>]/i.test(text.slice(0, 4096))) return "html";
  return "txt";
}

/** The reader for a file: what its content shows for a .txt, what its extension says otherwise. */
export function formatFor(name: string, text: string): Format | null {
  const promised = formatOf(name);
  if (promised === "txt") return sniff(text);
  // A .html that is really a tagged collection or a feed (saved by a crawler) is read as what it is.
  if (promised === "html" && (looksLikeTrec(text) || looksLikeFeed(text))) return sniff(text);
  return promised;
}
