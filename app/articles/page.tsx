import Link from "next/link";
import { z } from "zod";
import { ARTICLES_PER_PAGE, fetchArticles } from "@/lib/data/articles";
import { formatDate } from "@/lib/format";
import type { SearchParams } from "@/lib/page-params";
import { count } from "@/config/plurals";

export const dynamic = "force-dynamic";
export const metadata = { title: "المقالات" };

const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);
const textParam = z.string().max(200).catch("");

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const page = pageParam.parse([raw.page].flat()[0]);
  const q = textParam.parse([raw.q].flat()[0] ?? "").trim();
  const { total, items } = await fetchArticles(page, q);
  const pageLink = (n: number) => `/articles?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  const pages = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
  return (
    <>
      <h1>المقالات المُدخلة</h1>
      <form className="filter-bar" role="search" action="/articles">
        <label>
          بحث في العنوان أو المصدر أو اسم الملف أو الرابط
          <input type="search" name="q" defaultValue={q} maxLength={200} />
        </label>
        <button type="submit">بحث</button>
      </form>
      <p className="muted">{count(total, "article")}{q ? ` تطابق «${q}»` : ""}. أضف المزيد من <Link href="/upload">صفحة الرفع</Link> أو بالأمر <code>npm run ingest -- PATH</code>.</p>
      {items.length === 0 ? (
        <p className="panel empty-state">لا توجد مقالات بعد. أضف ملفات إلى مجلد seeds/ أو استخدم <code>npm run ingest -- PATH</code>.</p>
      ) : (
        <ul className="article-list">
          {items.map((a) => (
            <li key={a.id} className="panel">
              <Link href={`/articles/${a.id}`}>{a.title}</Link>
              <div className="meta">
                <span>المصدر: {a.source ?? "غير معروف"}</span>
                <span>تاريخ النشر: <time>{formatDate(a.publishedAt)}</time></span>
                {a.url && /^https?:\/\//i.test(a.url) ? <span>الرابط: <a href={a.url} dir="ltr" rel="noopener noreferrer" target="_blank" data-testid="article-url">{a.url}</a></span> : null}
                <span className="counts">
                  <span>{a.places} أماكن</span> <span>{a.actors} فاعلون</span> <span>{a.events} أحداث</span>
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav className="pager" aria-label="الصفحات">
          {page > 1 ? <Link href={pageLink(page - 1)}>→ السابق</Link> : <span />}
          <span>{page} / {pages}</span>
          {page < pages ? <Link href={pageLink(page + 1)}>التالي ←</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
