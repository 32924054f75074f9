// Two sides under the same filters: two governorates, two periods or two actors (?by=gov|period|actor),
// with their figures, timelines on one scale, and their most active actors and places. A plain GET
// form picks them, so a comparison is a URL like any other view (/compare?a=SY-ID&b=SY-HL&from=…,
// /compare?by=period&afrom=…&ato=…&bfrom=…&bto=…, /compare?by=actor&a=12&b=40).
import Link from "next/link";
import { ActorPicker } from "@/components/compare/actor-picker";
import { MiniTimeline } from "@/components/compare/mini-timeline";
import { DateField } from "@/components/filters/date-field";
import { count } from "@/config/plurals";
import { fetchActorOptions } from "@/lib/data/actors";
import { fetchOverview } from "@/lib/data/overview";
import { fetchPeriod } from "@/lib/data/period";
import { fetchTimeline } from "@/lib/data/timeline";
import { GOVERNORATE_BY_CODE, GOVERNORATES } from "@/lib/extract/lexicon/governorates";
import { filtersToQuery, type Filters } from "@/lib/filters";
import { defaultPeriods, parseCompare, type CompareMode } from "@/lib/filters/compare";
import { describeFilters } from "@/lib/filters/describe";
import { formatDate } from "@/lib/format";
import { readPageParams, type SearchParams } from "@/lib/page-params";

export const dynamic = "force-dynamic";
export const metadata = { title: "مقارنة" };

const FIGURES = [
  { key: "events", label: "أحداث" },
  { key: "fatalities", label: "قتلى" },
  { key: "places", label: "أماكن" },
  { key: "actors", label: "فاعلون" },
  { key: "articles", label: "مقالات" },
] as const;
const MODES: { mode: CompareMode; label: string; title: string }[] = [
  { mode: "gov", label: "محافظتان", title: "مقارنة محافظتين" },
  { mode: "period", label: "فترتان", title: "مقارنة فترتين" },
  { mode: "actor", label: "فاعلان", title: "مقارنة فاعلين" },
];

const NO_ACTOR = 2 ** 31 - 1;

interface Side {
  key: string;
  name: string;
  /** The overview of this side, under these filters. */
  filters: Filters;
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const sides = parseCompare(raw);
  const { filters } = await readPageParams(searchParams);
  const period = await fetchPeriod();
  const actorOptions = sides.mode === "actor" ? await fetchActorOptions() : [];

  // What the two sides share; the dimension being compared is taken out of it.
  const drop: Partial<Filters> = sides.mode === "gov" ? { gov: [] } : sides.mode === "period" ? { from: null, to: null } : { actor: null, role: null };
  const base: Filters = { ...filters, ...drop };
  // The same buckets on both sides (unless periods are compared): the filter's dates, else the data's.
  const shared: Filters = sides.mode === "period" ? base : { ...base, from: filters.from ?? period.first, to: filters.to ?? period.last };

  let pair: [Side, Side];
  if (sides.mode === "gov") {
    pair = [sides.a, sides.b].map((gov) => ({ key: gov, name: GOVERNORATE_BY_CODE.get(gov)!.nameAr, filters: { ...shared, gov: [gov] } })) as [Side, Side];
  } else if (sides.mode === "period") {
    const fallback = defaultPeriods(period.last ?? new Date().toISOString().slice(0, 10));
    const [a, b] = [sides.a ?? fallback.a, sides.b ?? fallback.b];
    pair = [a, b].map((p, i) => ({ key: `p${i + 1}`, name: `${formatDate(p.from)} — ${formatDate(p.to)}`, filters: { ...shared, from: p.from, to: p.to } })) as [Side, Side];
  } else {
    // No actor chosen yet: the two most active ones under the shared filters.
    const top = sides.a && sides.b ? [] : (await fetchOverview(shared)).topActors;
    const a = sides.a ?? top.find((t) => t.id !== sides.b)?.id ?? null;
    const b = sides.b ?? top.find((t) => t.id !== a)?.id ?? null;
    // A side with no actor at all (an empty database) counts nothing: an id no actor can have.
    pair = [a, b].map((id, i) => ({
      key: id ? `actor-${id}` : `actor-none-${i}`, name: id ? actorOptions.find((o) => o.id === id)?.name ?? `#${id}` : "—", filters: { ...shared, actor: id ?? NO_ACTOR },
    })) as [Side, Side];
  }

  const data = await Promise.all(pair.map(async (s) => ({ ...s, overview: await fetchOverview(s.filters), timeline: await fetchTimeline(s.filters) })));
  const max = Math.max(1, ...data.flatMap((d) => d.timeline.buckets.map((x) => x.total)));
  const common = describeFilters(base, {});
  const keep = filtersToQuery(base);
  const title = MODES.find((m) => m.mode === sides.mode)!.title;
  const sideHref = (s: Side) => `/?${filtersToQuery(s.filters)}`;

  return (
    <>
      <h1>{title}</h1>
      <nav className="segmented compare-modes" aria-label="ما الذي يقارَن">
        {MODES.map((m) => (
          <Link key={m.mode} href={`/compare${m.mode === "gov" ? "" : `?by=${m.mode}`}`} aria-current={m.mode === sides.mode ? "page" : undefined} className="button-link">{m.label}</Link>
        ))}
      </nav>
      <form className="panel compare-form" method="get" data-testid="compare-form">
        {sides.mode !== "gov" ? <input type="hidden" name="by" value={sides.mode} /> : null}
        {sides.mode === "gov"
          ? (["a", "b"] as const).map((side, i) => (
            <label key={side}>
              {i === 0 ? "المحافظة الأولى" : "المحافظة الثانية"}
              <select name={side} defaultValue={sides[side]}>
                {GOVERNORATES.map((g) => <option key={g.code} value={g.code}>{g.nameAr}</option>)}
              </select>
            </label>
          ))
          : null}
        {sides.mode === "period"
          ? data.map((d, i) => (
            <fieldset key={d.key} className="compare-period">
              <legend>{i === 0 ? "الفترة الأولى" : "الفترة الثانية"}</legend>
              <DateField name={i === 0 ? "afrom" : "bfrom"} label="من" value={d.filters.from} min={period.first ?? undefined} max={period.last ?? undefined} />
              <DateField name={i === 0 ? "ato" : "bto"} label="إلى" value={d.filters.to} min={period.first ?? undefined} max={period.last ?? undefined} />
            </fieldset>
          ))
          : null}
        {sides.mode === "actor"
          ? (["a", "b"] as const).map((side, i) => (
            <ActorPicker key={side} name={side} label={i === 0 ? "الفاعل الأول" : "الفاعل الثاني"} options={actorOptions} initial={data[i].filters.actor === NO_ACTOR ? null : data[i].filters.actor} />
          ))
          : null}
        {[...new URLSearchParams(keep)].map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <button type="submit">قارن</button>
        <p className="muted small">المرشحات المشتركة: {common}</p>
      </form>
      <div className="two-col compare" data-testid="compare">
        {data.map((d) => (
          <section key={d.key} className="panel" aria-labelledby={`cmp-${d.key}`} data-side={d.key} {...(sides.mode === "gov" ? { "data-gov": d.key } : {})}>
            <h2 id={`cmp-${d.key}`}><Link href={sideHref(d)}>{d.name}</Link></h2>
            <dl className="figures compact">
              {FIGURES.map((f) => (
                <div key={f.key} className="figure" data-figure={f.key}><dt>{f.label}</dt><dd>{d.overview.figures[f.key]}</dd></div>
              ))}
            </dl>
            <MiniTimeline buckets={d.timeline.buckets} max={max} label={`الأحداث في ${d.name} عبر الزمن`} />
            <h3>أكثر الفاعلين حضوراً</h3>
            <ol className="ranked">
              {/* An actor side does not list the actor itself (it is in all its events). */}
              {d.overview.topActors.filter((r) => r.id !== d.filters.actor).slice(0, 5).map((r) => <li key={r.id}><Link href={`/actors/${r.id}`}>{r.name}</Link> <span className="ranked-count">{count(r.events, "event")}</span></li>)}
            </ol>
            <h3>أكثر الأماكن أحداثاً</h3>
            <ol className="ranked">
              {d.overview.topPlaces.slice(0, 5).map((r) => <li key={r.id}><Link href={`/places/${r.id}`}>{r.name}</Link> <span className="ranked-count">{count(r.events, "event")}</span></li>)}
            </ol>
          </section>
        ))}
      </div>
    </>
  );
}
