import { notFound } from "next/navigation";
import { ArticleEvents } from "@/components/articles/article-events";
import { fetchArticle, fetchArticleEvents } from "@/lib/data/articles";
import { typeLabel } from "@/lib/event-types";
import { formatDate } from "@/lib/format";
import { SentenceTarget } from "@/components/articles/sentence-target";
import { HighlightedText } from "@/components/highlighted-text";
import { readId } from "@/lib/page-params";
import { MissedEvents } from "@/components/articles/missed-events";
import { currentEditor } from "@/lib/auth/guard";
import { segment } from "@/lib/extract/segment";

export const dynamic = "force-dynamic";

export default async function ArticlePage({ params: p }: { params: Promise<{ id: string }> }) {
  const id = await readId(p);
  const [article, events, editor] = await Promise.all([fetchArticle(id), fetchArticleEvents(id), currentEditor()]);
  if (!article) notFound();
  // The sentences an editor may add a missed event from (not the title, bylines or photo captions).
  const bodySentences = editor ? segment(article.body).sentences
    .filter((s) => !s.title && !s.byline && !s.caption)
    .map((s) => ({ start: s.start, end: s.end, text: article.body.slice(s.start, s.end) })) : [];
  // Only a web address becomes a link (never a javascript: or file: URL from an uploaded file).
  const original = article.url && /^https?:\/\//i.test(article.url) ? article.url : null;
  const marks = article.mentions
    .filter((m) => m.kind === "place" || m.kind === "actor" || m.kind === "date")
    .map((m) => ({
      start: m.start, end: m.end, kind: m.kind,
      title: m.place?.nameAr ?? m.actor?.nameAr ?? m.detail ?? m.surface,
      href: m.place ? `/places/${m.place.id}` : m.actor ? `/actors/${m.actor.id}` : undefined,
    }));
  // Sentences an event or a statement was read from get an anchor, so other pages can link to them.
  const sentences = [
    ...article.eventSources.map((s) => ({ start: s.start, end: s.end, label: `حدث: ${typeLabel(s.event.type)}` })),
    ...article.mentions.filter((m) => m.kind === "statement").map((m) => ({ start: m.start, end: m.end, label: `تصريح: ${m.actor?.nameAr ?? ""}` })),
  ];
  return (
    <article>
      <h1>{article.title}</h1>
      <div className="meta">
        <span>المصدر: {article.source ?? "غير معروف"}</span>
        <span>تاريخ النشر: {formatDate(article.publishedAt)}{article.dateEvidence ? ` (من النص: «${article.dateEvidence}»)` : ""}</span>
        <span>الملف: <bdi dir="ltr">{article.fileName}</bdi></span>
        {original ? <span><a href={original} rel="noopener noreferrer" target="_blank" data-testid="original-url">المقال الأصلي ↗</a></span> : null}
      </div>
      <div className="legend">
        <span className="mention mention-place">مكان</span>
        <span className="mention mention-actor">فاعل</span>
        <span className="mention mention-date">تاريخ</span>
        <span className="event-sentence">جملة قُرئ منها حدث</span>
      </div>
      <section className="panel">
        <HighlightedText text={article.body} marks={marks} sentences={sentences} />
        <SentenceTarget />
      </section>
      <ArticleEvents events={events} />
      {editor ? <MissedEvents articleId={article.id} sentences={bodySentences} defaultDate={article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : ""} /> : null}
    </article>
  );
}
