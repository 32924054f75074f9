// An article page to an article: the main text by Mozilla's Readability (the Firefox reader view) over
// linkedom's DOM, which leaves out navigation, tickers and related-article boxes, then turned into
// lines by the ingestion reader's htmlToText (table cells kept apart by «؛», not glued together).
// Title, date and canonical URL come from the page's metadata (JSON-LD, Open Graph) as in an uploaded
// .html, with the feed's own title and date as fallbacks.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { fromHtml, htmlToText, RejectedInput, type ArticleInput } from "../ingest/read";
import { withTitle } from "../ingest/read/article";
import { CollectError } from "./fetch";

export interface PageArticle extends ArticleInput {
  url: string;
}

export function readPage(html: string, url: string, outlet: string | null, feedItem?: ArticleInput): PageArticle {
  let meta: ArticleInput;
  try {
    meta = fromHtml(html);
  } catch (error) {
    if (error instanceof RejectedInput) throw new CollectError("no-text", `the page has no text (${error.reason})`);
    throw error;
  }
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  const main = parsed?.content ? htmlToText(parsed.content, "\n\n") : "";
  const title = meta.title || parsed?.title?.trim() || feedItem?.title || "";
  // Readability gives up on very short pages; the page's visible text is the honest fallback.
  const text = main.length >= 80 ? main : meta.body;
  return {
    title,
    body: withTitle(title, text),
    // The URL the article was collected from is its provenance; a canonical URL can be anything.
    url,
    source: outlet ?? meta.source ?? feedItem?.source ?? null,
    publishedAt: meta.publishedAt ?? feedItem?.publishedAt ?? null,
  };
}
