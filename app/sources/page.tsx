// The collection sources: feeds, sitemaps and pages polled on a schedule, each with its last run,
// what it added and why it last failed. Writes need the editor token (UPLOAD_TOKEN).
import { count } from "@/config/plurals";
import { AddSourceForm } from "@/components/sources/add-source-form";
import { EditorTokenProvider } from "@/components/sources/editor-token";
import { SourceActions } from "@/components/sources/source-actions";
import { collectReasonAr } from "@/lib/collect/reasons-ar";
import { fetchSources, type SourceItem } from "@/lib/data/sources";
import { formatDateTime } from "@/lib/format";
import { uploadToken } from "@/lib/upload/ingest-upload";

export const dynamic = "force-dynamic";
export const metadata = { title: "المصادر" };

const KIND: Record<string, string> = { feed: "خلاصة RSS/Atom", sitemap: "خريطة موقع", page: "صفحة" };
const STATUS: Record<string, string> = { ok: "تم", "not-modified": "لم يتغير", error: "فشل" };

function SourceRows({ sources, editable }: { sources: SourceItem[]; editable: boolean }) {
  return (
    <div className="table-scroll panel">
      <table className="sources-table" data-testid="sources">
        <thead>
          <tr><th>المصدر</th><th>النوع</th><th>الفاصل</th><th>آخر جمع</th><th>المقالات المضافة</th><th>آخر خطأ</th>{editable ? <th>إجراءات</th> : null}</tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id} data-source-id={s.id}>
              <td>
                <strong>{s.name}</strong>{s.paused ? <span className="muted small"> (موقوف)</span> : null}
                <div className="small"><a href={s.url} dir="ltr" rel="noopener noreferrer" target="_blank">{s.url}</a></div>
                {s.outlet && s.outlet !== s.name ? <div className="muted small">الجهة: {s.outlet}</div> : null}
              </td>
              <td>{s.kind ? KIND[s.kind] ?? s.kind : "—"}</td>
              <td>{count(s.intervalMinutes, "minute")}</td>
              <td>{formatDateTime(s.lastRunAt)}{s.lastStatus ? <div className="muted small" data-testid="source-status">{STATUS[s.lastStatus] ?? s.lastStatus}</div> : null}</td>
              <td data-testid="source-added">{s.itemsAdded}{s.lastRunAt ? <div className="muted small">في آخر جمع: {s.lastItemsAdded}</div> : null}</td>
              <td>{s.lastError ? <><span className="error-text">{collectReasonAr(s.lastError)}</span><div className="small muted"><bdi dir="ltr">{s.lastError}</bdi></div></> : "—"}</td>
              {editable ? <td><SourceActions id={s.id} name={s.name} paused={s.paused} /></td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function SourcesPage() {
  const sources = await fetchSources();
  const editable = uploadToken() !== null;
  const list = sources.length === 0 ? <p className="panel empty-state">لا مصادر بعد.</p> : <SourceRows sources={sources} editable={editable} />;
  return (
    <>
      <h1>المصادر</h1>
      <p className="muted">
        خلاصات RSS وAtom وخرائط المواقع والصفحات المفردة التي تُجمع منها الأخبار على فترات ({count(sources.length, "source")}). يُطلب كل مصدر طلباً شرطياً، ويُحترم ملف robots.txt، ولا تُجلب مقالة مرتين؛ وتُحفظ كل مقالة برابطها وجهتها.
        يجمع الأمر <code>npm run sources -- run</code> المصادر المستحقة مرة، و<code>npm run sources -- watch</code> باستمرار.
      </p>
      {editable ? (
        <EditorTokenProvider>
          <AddSourceForm />
          {list}
        </EditorTokenProvider>
      ) : (
        <>
          <p className="panel notice" role="status" data-testid="sources-readonly">
            إدارة المصادر من المتصفح معطّلة لأن رمز المحرر غير مضبوط. يضبط المسؤول المتغير <code>UPLOAD_TOKEN</code> ثم يعيد التشغيل، أو يدير المصادر بالأمر <code>npm run sources</code>.
          </p>
          {list}
        </>
      )}
    </>
  );
}
