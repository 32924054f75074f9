// The saved views: named filter sets kept in the database, each opening the page it was saved on
// with exactly its filters.
import Link from "next/link";
import { count } from "@/config/plurals";
import { fetchSavedViews } from "@/lib/data/saved-views";
import { describeFilters } from "@/lib/filters/describe";
import { parseFilters } from "@/lib/filters";
import { savedViewHref } from "@/lib/filters/saved-view";
import { formatDate } from "@/lib/format";
import { site } from "@/config/site";
import { currentEditor } from "@/lib/auth/guard";
import { deleteView } from "./actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "العروض المحفوظة" };

const pageName = (path: string) => site.nav.find((n) => n.href === path)?.label ?? path;

export default async function SavedViewsPage() {
  const views = await fetchSavedViews();
  // Deleting needs a signed-in editor (checked again in the action).
  const canDelete = (await currentEditor()) !== null;
  return (
    <>
      <h1>العروض المحفوظة</h1>
      <p className="muted">احفظ أي عرض من زر «حفظ العرض» في شريط المرشحات؛ يُحفظ في قاعدة البيانات ويراه كل من يستخدمها. {count(views.length, "view")}.</p>
      {views.length === 0 ? <p className="panel empty-state">لا عروض محفوظة بعد.</p> : (
        <ul className="panel plain-list saved-views" data-testid="saved-views">
          {views.map((v) => (
            <li key={v.id}>
              <Link href={savedViewHref(v)}>{v.name}</Link>
              <span className="muted small"> · {pageName(v.path)} · {describeFilters(parseFilters(new URLSearchParams(v.query)).filters, {})} · {formatDate(v.createdAt)}</span>
              {canDelete && (
                <form action={deleteView} className="inline-form">
                  <input type="hidden" name="id" value={v.id} />
                  <button type="submit" aria-label={`حذف العرض ${v.name}`}>حذف</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
