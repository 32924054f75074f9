// Two governorates side by side under the same filters (dates, types, actor, text): their figures,
// timelines on one scale, and their most active actors and places. A plain GET form picks them, so
// a comparison is a URL like any other view (/compare?a=SY-ID&b=SY-HL&from=2019-01-01).
import Link from "next/link";
import { z } from "zod";
import { MiniTimeline } from "@/components/compare/mini-timeline";
import { count } from "@/config/plurals";
import { fetchOverview } from "@/lib/data/overview";
import { fetchPeriod } from "@/lib/data/period";
import { fetchTimeline } from "@/lib/data/timeline";
import { GOVERNORATE_BY_CODE, GOVERNORATES } from "@/lib/extract/lexicon/governorates";
import { filtersToQuery, type Filters } from "@/lib/filters";
import { describeFilters } from "@/lib/filters/describe";
import { readPageParams, type SearchParams } from "@/lib/page-params";

export const dynamic = "force-dynamic";
export const metadata = { title: "مقارنة محافظتين" };

const code = z.string().refine((c) => GOVERNORATE_BY_CODE.has(c));
const sides = z.object({ a: code.catch("SY-ID"), b: code.catch("SY-HL") });
const FIGURES = [
  { key: "events", label: "أحداث" },
  { key: "fatalities", label: "قتلى" },
  { key: "places", label: "أماكن" },
  { key: "actors", label: "فاعلون" },
  { key: "articles", label: "مقالات" },
] as const;

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const { a, b } = sides.parse({ a: [raw.a].flat()[0], b: [raw.b].flat()[0] });
  const { filters } = await readPageParams(searchParams);
  // The same buckets on both sides: the filter's dates, else the whole data set's period.
  const period = await fetchPeriod();
  const shared: Filters = { ...filters, gov: [], from: filters.from ?? period.first, to: filters.to ?? period.last };
  const load = async (gov: string) => {
    const f = { ...shared, gov: [gov] };
    const [overview, timeline] = await Promise.all([fetchOverview(f), fetchTimeline(f)]);
    return { gov, overview, timeline };
  };
  const data = await Promise.all([load(a), load(b)]);
  const max = Math.max(1, ...data.flatMap((d) => d.timeline.buckets.map((x) => x.total)));
  const common = describeFilters({ ...filters, gov: [] }, {});
  const keep = filtersToQuery({ ...filters, gov: [] });
  return (
    <>
      <h1>مقارنة محافظتين</h1>
      <form className="panel compare-form" method="get">
        {(["a", "b"] as const).map((side, i) => (
          <label key={side}>
            {i === 0 ? "المحافظة الأولى" : "المحافظة الثانية"}
            <select name={side} defaultValue={side === "a" ? a : b}>
              {GOVERNORATES.map((g) => <option key={g.code} value={g.code}>{g.nameAr}</option>)}
            </select>
          </label>
        ))}
        {[...new URLSearchParams(keep)].map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <button type="submit">قارن</button>
        <p className="muted small">المرشحات المشتركة: {common}</p>
      </form>
      <div className="two-col compare" data-testid="compare">
        {data.map((d) => {
          const name = GOVERNORATE_BY_CODE.get(d.gov)!.nameAr;
          return (
            <section key={d.gov} className="panel" aria-labelledby={`cmp-${d.gov}`} data-gov={d.gov}>
              <h2 id={`cmp-${d.gov}`}><Link href={`/?gov=${d.gov}${keep ? `&${keep}` : ""}`}>{name}</Link></h2>
              <dl className="figures compact">
                {FIGURES.map((f) => (
                  <div key={f.key} className="figure" data-figure={f.key}><dt>{f.label}</dt><dd>{d.overview.figures[f.key]}</dd></div>
                ))}
              </dl>
              <MiniTimeline buckets={d.timeline.buckets} max={max} label={`الأحداث في ${name} عبر الزمن`} />
              <h3>أكثر الفاعلين حضوراً</h3>
              <ol className="ranked">
                {d.overview.topActors.slice(0, 5).map((r) => <li key={r.id}><Link href={`/actors/${r.id}`}>{r.name}</Link> <span className="ranked-count">{count(r.events, "event")}</span></li>)}
              </ol>
              <h3>أكثر الأماكن أحداثاً</h3>
              <ol className="ranked">
                {d.overview.topPlaces.slice(0, 5).map((r) => <li key={r.id}><Link href={`/places/${r.id}`}>{r.name}</Link> <span className="ranked-count">{count(r.events, "event")}</span></li>)}
              </ol>
            </section>
          );
        })}
      </div>
    </>
  );
}
