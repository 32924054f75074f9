import Link from "next/link";
import { fetchArticles } from "@/lib/data/articles";
import { formatDate } from "@/lib/format";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const articles = await fetchArticles();
  return (
    <>
      <h1>المقالات المُدخلة</h1>
      {articles.length === 0 ? (
        <p className="panel">لا توجد مقالات بعد. أضف ملفات إلى مجلد seeds/ أو استخدم <code>npm run ingest -- PATH</code>.</p>
      ) : (
        <ul className="article-list">
          {articles.map((a) => (
            <li key={a.id} className="panel">
              <Link href={`/articles/${a.id}`}>{a.title}</Link>
              <div className="meta">
                <span>المصدر: {a.source ?? "غير معروف"}</span>
                <span>تاريخ النشر: <time>{formatDate(a.publishedAt)}</time></span>
                <span className="counts">
                  <span>{a.places} أماكن</span> <span>{a.actors} فاعلون</span> <span>{a.events} أحداث</span>
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
