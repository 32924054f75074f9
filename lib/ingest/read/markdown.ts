// Markdown, with or without YAML front matter (--- … ---): title and date from the front matter,
// the body is the title line and the text with its markup removed, so that sentences read as prose.
import { parse as parseYaml } from "yaml";
import { type ArticleInput, firstLine, str, withTitle } from "./article";
import { htmlToText } from "./html";
import { metaDate } from "./meta-date";
import { type Warn, ignoreWarnings } from "./rejected";
import { checkText } from "./text";

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Starts with front matter that holds a title or a date (a bare "---" rule is not front matter). */
export function looksLikeFrontMatter(text: string): boolean {
  const m = text.match(FRONT_MATTER);
  return !!m && /^(title|date)\s*:/m.test(m[1]);
}

/**
 * Markup removed line by line, each rule with the shape it removes. Every repeat is bounded (or
 * stops at the next bracket, star or space) so that a hostile line ("![a](b " 30,000 times) costs linear time, not minutes;
 * the price is that emphasis or link text longer than 300 characters keeps its markup.
 */
const INLINE: [RegExp, string][] = [
  [/!\[[^[\]]{0,500}\]\([^()\s]{0,2000}(?:\s+"[^"]{0,500}")?\)/g, ""], // ![alt](src "t"): images are dropped, alt text too (file names, not prose)
  [/!\[[^[\]]{0,500}\]\[[^[\]]{0,200}\]/g, ""], // ![alt][ref]
  [/\[([^[\]]{0,300})\]\([^()\s]{0,2000}(?:\s+"[^"]{0,500}")?\)/g, "$1"], // [text](url "t"): the link keeps its text
  [/\[([^[\]]{1,300})\]\[[^[\]]{0,200}\]/g, "$1"], // [text][ref]
  [/<(?:https?:|mailto:)[^>\s]+>/g, ""], // <https://…> autolinks
  [/`([^`]{0,1000})`/g, "$1"], // `code`
  [/\*\*(?=\S)([^*]{0,300}?\S)\*\*/g, "$1"], // **strong**
  [/__(?=\S)([^_]{0,300}?\S)__/g, "$1"], // __strong__
  [/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]{0,300}?\S)\*(?![\p{L}\p{N}])/gu, "$1$2"], // *emphasis*
  [/(^|[^\p{L}\p{N}_])_(?=\S)([^_]{0,300}?\S)_(?![\p{L}\p{N}])/gu, "$1$2"], // _emphasis_ (not snake_case)
  [/~~([^~]+)~~/g, "$1"], // ~~strike~~
];

const LINE: [RegExp, string][] = [
  [/^\s{0,3}>\s?/, ""], // > quote
  [/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, ""], // - item, 1. item, - [x] task
  [/^\s*\[[^\]]+\]:\s+\S+.*$/, ""], // [ref]: url "title" (link definitions)
  [/^\s{0,3}(?:[-*_]\s*){3,}$/, ""], // --- rule
  [/^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/, ""], // |---|---| table rule
];

/** "## Heading ##" → "Heading" (trailing hashes cut by hand: a regex for them backtracks on long lines). */
function heading(line: string): string {
  const m = line.match(/^\s{0,3}#{1,6}(?:\s+|$)/);
  if (!m) return line;
  let rest = line.slice(m[0].length).trimEnd();
  let end = rest.length;
  while (end > 0 && rest[end - 1] === "#") end--;
  if (end < rest.length && (end === 0 || /\s/.test(rest[end - 1]))) rest = rest.slice(0, end);
  return rest.trim();
}

function stripMarkdown(md: string): string {
  let fenced = false;
  const out: string[] = [];
  for (const raw of md.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    let line = heading(raw);
    for (const [re, to] of LINE) line = line.replace(re, to);
    for (const [re, to] of INLINE) line = line.replace(re, to);
    // Table rows: cells become clauses; inline HTML (<br>, <sup>) goes.
    if (/^\s*\|.*\|\s*$/.test(line)) line = line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim()).filter(Boolean).join(" ؛ ");
    if (/<[a-z/!][^<>]{0,2000}>/i.test(line)) line = htmlToText(line, " ");
    out.push(line.replace(/[ \t\u00a0]+/g, " ").trim());
  }
  // Paragraphs stay apart; runs of blank lines collapse to one.
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

export function fromMarkdown(text: string, warn: Warn = ignoreWarnings): ArticleInput {
  const m = text.match(FRONT_MATTER);
  let meta: Record<string, unknown> = {};
  if (m) {
    try {
      const parsed: unknown = parseYaml(m[1]);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
    } catch (error) {
      warn(`front matter is not valid YAML (${(error as Error).message.split("\n")[0]}); read as text`);
    }
  }
  const prose = stripMarkdown(m ? text.slice(m[0].length) : text);
  const title = str(meta.title) ?? firstLine(prose);
  const body = withTitle(title, prose);
  checkText(body);
  return {
    title,
    body,
    url: str(meta.url) ?? str(meta.link) ?? str(meta.canonical),
    source: str(meta.source),
    publishedAt: metaDate(meta.date ?? meta.published ?? meta.publishedAt, warn, "front matter date"),
  };
}
