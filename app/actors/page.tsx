import Link from "next/link";
import { z } from "zod";
import { fetchActorList } from "@/lib/data/actors";
import { ACTOR_KIND_LABELS } from "@/lib/format";
import type { SearchParams } from "@/lib/page-params";

export const dynamic = "force-dynamic";
export const metadata = { title: "الفاعلون" };

const params = z.object({
  q: z.string().max(100).catch(""),
  kind: z.enum(Object.keys(ACTOR_KIND_LABELS) as [string, ...string[]]).nullable().catch(null),
});

export default async function ActorsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const { q, kind } = params.parse({ q: [raw.q].flat()[0] ?? "", kind: [raw.kind].flat()[0] ?? null });
  const { actors, kinds } = await fetchActorList({ q, kind });
  const link = (k: string | null) => `/actors?${new URLSearchParams({ ...(q ? { q } : {}), ...(k ? { kind: k } : {}) })}`;
  return (
    <>
      <h1>الفاعلون</h1>
      <form className="filter-bar" role="search" action="/actors">
        <label>
          بحث بالاسم أو الاسم البديل
          <input type="search" name="q" defaultValue={q} maxLength={100} />
        </label>
        {kind ? <input type="hidden" name="kind" value={kind} /> : null}
        <button type="submit">بحث</button>
      </form>
      <nav className="tabs" aria-label="نوع الفاعل">
        <Link href={link(null)} aria-current={kind === null ? "page" : undefined}>الكل</Link>
        {Object.entries(ACTOR_KIND_LABELS).map(([k, label]) => (
          <Link key={k} href={link(k)} aria-current={kind === k ? "page" : undefined}>{label} <span className="muted">({kinds[k] ?? 0})</span></Link>
        ))}
      </nav>
      {actors.length === 0 ? <p className="panel empty-state">لا فاعلين يطابقون البحث.</p> : (
        <table className="panel actors-table">
          <thead>
            <tr><th>الاسم</th><th>النوع</th><th>الأحداث</th><th>الذِّكر في المقالات</th></tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a.id}>
                <td><Link href={`/actors/${a.id}`}>{a.name}</Link>{a.nameEn ? <>{" "}<bdi className="muted small name-en-inline" dir="ltr" lang="en">{a.nameEn}</bdi></> : null}</td>
                <td>{ACTOR_KIND_LABELS[a.kind] ?? a.kind}</td>
                <td className="num">{a.events}</td>
                <td className="num">{a.mentions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
