// TREC/SGML-tagged news (the ANT corpus and other research collections): one <DOC> per article,
// fields in <DOCNO>, <URL>, <SRC>, <TITLE>|<HEADLINE>, <TIME>|<DATE>, <AUTHOR>, <ABSTRACT>, <TEXT>.
// The body is the title line and the <TEXT>; the abstract repeats the lead, so it is read only when
// <TEXT> is empty. No tag reaches the title or the body.
import { type ArticleInput, firstLine, str, withTitle } from "./article";
import { htmlToText } from "./html";
import { metaDate } from "./meta-date";
import { RejectedInput, type Warn, ignoreWarnings } from "./rejected";

/** A tagged file: a <DOC> (or <DOCNO>) tag at the start of a line, and a <TEXT> or <TITLE> tag. */
export function looksLikeTrec(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*<DOC>/i.test(head) || (/^\s*<DOCNO>/im.test(head) && /<(TEXT|TITLE|HEADLINE)>/i.test(text));
}

function field(doc: string, ...tags: string[]): string | null {
  for (const tag of tags) {
    const m = doc.match(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "i"));
    if (m && m[1].trim()) return m[1];
    // An unclosed field runs to the end of its document.
    const open = doc.match(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*)$`, "i"));
    if (open && !open[1].includes(`</${tag}`) && open[1].trim()) return open[1].replace(/<\/DOC>[\s\S]*$/i, "");
  }
  return null;
}

/** Field text: entities decoded, inner markup (some collections keep <P>) removed. */
const fieldText = (raw: string | null): string => (raw ? htmlToText(raw) : "");

function readDoc(doc: string, n: number, warn: Warn): ArticleInput | null {
  const where = `document ${n}`;
  const text = fieldText(field(doc, "TEXT")) || fieldText(field(doc, "ABSTRACT", "LEADPARA"));
  const title = str(fieldText(field(doc, "TITLE", "HEADLINE", "HL"))) ?? firstLine(text);
  if (!text && !title) {
    warn(`${where} has no text; skipped`);
    return null;
  }
  return {
    title,
    body: withTitle(title, text),
    url: str(fieldText(field(doc, "URL"))),
    source: str(fieldText(field(doc, "SRC", "SOURCE"))),
    publishedAt: metaDate(str(fieldText(field(doc, "TIME", "DATE", "DATE_TIME", "PUBDATE"))), warn, `${where}: <TIME>`),
  };
}

/** Every <DOC> of a tagged file, in order; a file without <DOC> wrappers is one document. */
export function fromTrec(text: string, warn: Warn = ignoreWarnings): ArticleInput[] {
  const docs = [...text.matchAll(/<DOC(?:\s[^>]*)?>([\s\S]*?)(?:<\/DOC>|(?=<DOC[\s>])|$)/gi)].map((m) => m[1]);
  const articles = (docs.length ? docs : [text]).flatMap((d, i) => readDoc(d, i + 1, warn) ?? []);
  if (articles.length === 0) throw new RejectedInput("no text (the tagged file has no <TEXT> or <TITLE>)", "no-text");
  return articles;
}
