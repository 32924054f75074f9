// HTML: the visible text (no scripts, styles or navigation), and the metadata news pages carry:
// JSON-LD NewsArticle (headline, datePublished, url), article:published_time, og:title, og:url and
// the canonical link.
import { Parser } from "htmlparser2";
import { type ArticleInput, firstLine, str, withTitle } from "./article";
import { metaDate } from "./meta-date";
import { ignoreWarnings, RejectedInput, type Warn } from "./rejected";
import { checkText } from "./text";

const SKIP = new Set(["script", "style", "nav", "header", "footer", "aside", "noscript", "svg", "form", "iframe", "template"]);
const BLOCK = new Set(["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "ul", "ol", "table", "title", "dd", "dt", "figcaption", "pre", "hr"]);
/** Table cells: a boundary between two cells of a row must not glue their words together. */
const CELL = new Set(["td", "th"]);
const CELL_MARK = "\u241e";
/** What a cell boundary becomes: the Arabic semicolon, which extraction reads as a clause boundary. */
const CELL_SEPARATOR = " ؛ ";
/**
 * Deeper than this is not a page but a trap (150,000 nested <div>s): htmlparser2 keeps its open
 * elements in an array it unshifts, so parse time grows with the square of the depth. Real pages
 * stay under a hundred, even with unclosed <font>s.
 */
const MAX_DEPTH = 512;
/** JSON-LD types that describe the article itself (schema.org). */
const ARTICLE_TYPES = new Set(["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReportNewsArticle", "BlogPosting"]);

interface Collected {
  title: string;
  h1: string;
  body: string;
  meta: Map<string, string>;
  canonical: string | null;
  jsonLd: string[];
}

function collect(html: string): Collected {
  const c: Collected = { title: "", h1: "", body: "", meta: new Map(), canonical: null, jsonLd: [] };
  let skipDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let ld: string | null = null;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++depth > MAX_DEPTH) throw new RejectedInput(`HTML nested too deeply (more than ${MAX_DEPTH} open elements)`, "too-complex");
        if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) ld = "";
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? "").toLowerCase();
          if (key && attrs.content && !c.meta.has(key)) c.meta.set(key, attrs.content);
        }
        if (name === "link" && /(^|\s)canonical(\s|$)/i.test(attrs.rel ?? "") && attrs.href) c.canonical ??= attrs.href;
        if (SKIP.has(name)) skipDepth++;
        if (name === "title" && skipDepth === 0) inTitle = true;
        if (name === "h1") inH1 = true;
        if (BLOCK.has(name)) c.body += "\n";
      },
      ontext(data) {
        if (ld !== null) ld += data;
        else if (inTitle) c.title += data;
        else if (skipDepth === 0) {
          c.body += data;
          if (inH1) c.h1 += data;
        }
      },
      onclosetag(name) {
        depth--;
        if (name === "script" && ld !== null) {
          c.jsonLd.push(ld);
          ld = null;
        }
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === "title") inTitle = false;
        if (name === "h1") inH1 = false;
        if (CELL.has(name)) c.body += CELL_MARK;
        if (BLOCK.has(name)) c.body += "\n";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return c;
}

/** Lines of text, white space collapsed, cell boundaries resolved to separators, empty lines dropped. */
function cleanLines(raw: string, join: string): string {
  return raw
    .split("\n")
    .map((l) =>
      l
        .replace(/[ \t\u00a0]+/g, " ")
        .replace(new RegExp(`\\s*(?:${CELL_MARK}\\s*)+`, "g"), CELL_MARK)
        .replace(new RegExp(`^${CELL_MARK}|${CELL_MARK}$`, "g"), "")
        .replaceAll(CELL_MARK, CELL_SEPARATOR)
        .trim(),
    )
    .filter(Boolean)
    .join(join);
}

/** The visible text of an HTML fragment (a feed's description, a tagged file's text). */
export function htmlToText(html: string, join = "\n"): string {
  return cleanLines(collect(html).body, join);
}

interface LdArticle {
  headline: string | null;
  datePublished: unknown;
  url: string | null;
}

/** The first schema.org article object in the page's JSON-LD blocks (arrays and @graph included). */
function ldArticle(blocks: string[], warn: Warn): LdArticle | null {
  const visit = (node: unknown): LdArticle | null => {
    if (Array.isArray(node)) {
      for (const n of node) {
        const found = visit(n);
        if (found) return found;
      }
      return null;
    }
    if (!node || typeof node !== "object") return null;
    const o = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o["@type"] ?? []);
    if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t))) {
      const page = o.mainEntityOfPage;
      const pageUrl = typeof page === "string" ? page : page && typeof page === "object" ? str((page as Record<string, unknown>)["@id"]) : null;
      return { headline: str(o.headline) ?? str(o.name), datePublished: o.datePublished ?? o.dateCreated, url: str(o.url) ?? str(pageUrl) };
    }
    return visit(o["@graph"]);
  };
  for (const block of blocks) {
    try {
      const found = visit(JSON.parse(block));
      if (found) return found;
    } catch {
      warn("a JSON-LD block is not valid JSON; ignored");
    }
  }
  return null;
}

/** An HTML page as an article; the title line leads the body, as in a .txt article. */
export function fromHtml(html: string, warn: Warn = ignoreWarnings): ArticleInput {
  const c = collect(html);
  const text = cleanLines(c.body, "\n\n");
  checkText(text);
  const ld = ldArticle(c.jsonLd, warn);
  const heading = ld?.headline ?? str(c.h1) ?? str(c.meta.get("og:title")) ?? str(c.title) ?? "";
  const body = withTitle(heading, text);
  const date = ld?.datePublished ?? c.meta.get("article:published_time");
  return {
    title: heading || firstLine(body),
    body,
    url: ld?.url ?? str(c.meta.get("og:url")) ?? str(c.canonical),
    source: str(c.meta.get("og:site_name")),
    publishedAt: metaDate(date, warn, "HTML publication date"),
  };
}
