// Turning a file's bytes into an article: format by extension (.txt, .html, .json), encoding
// (UTF-8, or Windows-1256 which Arabic sites still serve), and clear rejections for what is not an
// article (empty, binary, too large, neither encoding).
import { Parser } from "htmlparser2";

export interface ArticleInput {
  title: string;
  body: string;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

export class RejectedInput extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });
const cp1256 = new TextDecoder("windows-1256");

/** Decodes bytes as UTF-8, or as Windows-1256 when they are not UTF-8 but read as Arabic. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new RejectedInput("empty file");
  let nul = 0;
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) if (bytes[i] === 0) nul++;
  if (nul > 0) throw new RejectedInput("binary file (contains NUL bytes)");
  try {
    return stripBom(fatalUtf8.decode(bytes));
  } catch {
    const text = cp1256.decode(bytes);
    const arabic = (text.match(/[\u0621-\u064A]/g) ?? []).length;
    const letters = (text.match(/[\p{L}]/gu) ?? []).length;
    if (arabic >= 20 && arabic / Math.max(letters, 1) > 0.5) return text;
    throw new RejectedInput("not valid UTF-8 and not Windows-1256 Arabic text");
  }
}

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

function checkText(text: string): void {
  if (!text.trim()) throw new RejectedInput("no text (the file is empty or only white space)");
  const control = (text.match(/[\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (control > text.length * 0.01) throw new RejectedInput("binary file (control characters)");
}

export function fromText(text: string): ArticleInput {
  checkText(text);
  const title = text.split("\n").find((l) => l.trim())!.trim();
  return { title, body: text };
}

const SKIP = new Set(["script", "style", "nav", "header", "footer", "aside", "noscript", "svg", "form", "iframe", "template"]);
const BLOCK = new Set(["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "ul", "ol", "table", "title"]);

/** Visible text of an HTML page: no scripts, styles or navigation; title from <title> or <h1>. */
export function fromHtml(html: string): ArticleInput {
  let skipDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let title = "";
  let h1 = "";
  let body = "";
  const parser = new Parser({
    onopentag(name) {
      if (SKIP.has(name)) skipDepth++;
      if (name === "title") inTitle = true;
      if (name === "h1") inH1 = true;
      if (BLOCK.has(name)) body += "\n";
    },
    ontext(data) {
      if (inTitle) title += data;
      else if (skipDepth === 0) {
        body += data;
        if (inH1) h1 += data;
      }
    },
    onclosetag(name) {
      if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
      if (name === "title") inTitle = false;
      if (name === "h1") inH1 = false;
      if (BLOCK.has(name)) body += "\n";
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  const text = body.split("\n").map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim()).filter(Boolean).join("\n\n");
  const heading = (h1.trim() || title.trim()).replace(/\s+/g, " ");
  checkText(text);
  // The title line leads the body so that extraction sees the same shape as a .txt article.
  const full = heading && !text.startsWith(heading) ? `${heading}\n\n${text}` : text;
  return { title: heading || full.split("\n")[0], body: full };
}

/** `{title, body, source?, url?, publishedAt?}` or an array of them. */
export function fromJson(json: string): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new RejectedInput(`invalid JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) throw new RejectedInput("JSON array is empty");
  return items.map((item, i) => {
    const o = item as Record<string, unknown>;
    if (!o || typeof o !== "object" || typeof o.body !== "string" || !o.body.trim()) {
      throw new RejectedInput(`JSON item ${i + 1} has no "body" text`);
    }
    const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
    const title = str(o.title) ?? o.body.split("\n").find((l) => l.trim())!.trim();
    const body = o.body.startsWith(title) ? o.body : `${title}\n\n${o.body}`;
    return { title, body, source: str(o.source), url: str(o.url), publishedAt: str(o.publishedAt) };
  });
}

export type Format = "txt" | "html" | "json";

export function formatOf(name: string): Format | null {
  const ext = name.toLowerCase().split(".").pop();
  if (ext === "txt" || ext === "text") return "txt";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "json") return "json";
  return null;
}

/** Every article a file holds (a JSON array may hold several). */
export function parseArticles(name: string, bytes: Uint8Array, maxBytes: number): ArticleInput[] {
  const format = formatOf(name);
  if (!format) throw new RejectedInput("unsupported file type (use .txt, .html or .json)");
  if (bytes.length > maxBytes) throw new RejectedInput(`file too large (${bytes.length} bytes; the limit is ${maxBytes})`);
  const text = decode(bytes);
  if (format === "html") return [fromHtml(text)];
  if (format === "json") return fromJson(text);
  return [fromText(text)];
}
