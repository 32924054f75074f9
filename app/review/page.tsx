// /review: the events no one has reviewed yet, lowest confidence first, under the usual URL filters;
// editors work through them from the keyboard. Corrections whose event is gone are listed below.
import Link from "next/link";
import { FilterBar } from "@/components/filters/filter-bar";
import { ReviewQueue } from "@/components/review/review-queue";
import { currentEditor } from "@/lib/auth/guard";
import { fetchOrphanedCorrections, fetchOrphanedEntityCorrections, fetchReviewQueue } from "@/lib/data/review";
import { entityFieldLabel, type EntityField } from "@/lib/review/entity-fields";
import { readPageParams, type SearchParams } from "@/lib/page-params";
import { fieldLabel } from "@/lib/review/fields";

export const dynamic = "force-dynamic";
export const metadata = { title: "المراجعة" };

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const editor = await currentEditor();
  if (!editor) {
    return (
      <>
        <h1>المراجعة</h1>
        <p className="panel notice" data-testid="review-signed-out">المراجعة للمحررين: <Link href="/sign-in?next=/review">سجّل الدخول</Link> بحساب محرر.</p>
      </>
    );
  }
  const { filters } = await readPageParams(searchParams);
  const [queue, orphans, entityOrphans] = await Promise.all([fetchReviewQueue(filters), fetchOrphanedCorrections(), fetchOrphanedEntityCorrections()]);
  return (
    <>
      <h1>المراجعة</h1>
      <p className="muted">الأحداث التي لم يراجعها أحد، الأقل ثقة أولاً. المفاتيح: <kbd>ت</kbd> أو <kbd>C</kbd> تأكيد، <kbd>ر</kbd> أو <kbd>R</kbd> رفض بالسبب المختار، <kbd>ن</kbd> أو <kbd>N</kbd> التالي، <kbd>K</kbd> السابق.</p>
      <FilterBar />
      <ReviewQueue rows={queue.rows} total={queue.total} />
      {orphans.length ? (
        <section className="panel" data-testid="orphaned-corrections">
          <h2>تصحيحات لم يعد حدثها موجوداً</h2>
          <p className="muted small">أعاد المستخرج قراءة المقالات فلم يجد هذه الأحداث؛ التصحيحات محفوظة ولم تُحذف.</p>
          <ul className="plain-list">
            {orphans.map((c) => <li key={c.id}>#{c.id} · {fieldLabel[c.field as keyof typeof fieldLabel] ?? c.field}: {c.before} ← {c.after} · <bdi dir="ltr">{c.author}</bdi></li>)}
          </ul>
        </section>
      ) : null}
      {entityOrphans.length ? (
        <section className="panel" data-testid="orphaned-entity-corrections">
          <h2>تصحيحات أماكن وفاعلين لم يعودوا موجودين</h2>
          <p className="muted small">لم يعد المعجم أو قاعدة المعرفة يعرفان هذه المفاتيح؛ التصحيحات محفوظة وتعود إن عاد المفتاح.</p>
          <ul className="plain-list">
            {entityOrphans.map((c) => <li key={c.id}>#{c.id} · {c.targetKind === "place" ? "مكان" : "فاعل"} <bdi dir="ltr">{c.targetKey}</bdi> · {entityFieldLabel[c.field as EntityField] ?? c.field}: {c.before} ← {c.after} · <bdi dir="ltr">{c.author}</bdi></li>)}
          </ul>
        </section>
      ) : null}
    </>
  );
}
