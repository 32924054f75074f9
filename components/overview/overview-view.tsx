"use client";
// The overview's figures, rankings and latest events for the filters in the URL.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { OverviewData, Ranked } from "@/lib/api-types";
import { GOVERNORATE_BY_CODE } from "@/lib/extract/lexicon/governorates";
import { ACTOR_KIND_LABELS } from "@/lib/format";
import { queries } from "@/lib/queries";
import { EventMeta } from "../events/event-meta";
import { Evidence } from "../events/evidence";
import { useFilters } from "../filters/use-filters";
import { QueryState } from "../ui/query-state";

const FIGURES: { key: keyof OverviewData["figures"]; label: string }[] = [
  { key: "events", label: "أحداث" },
  { key: "fatalities", label: "قتلى" },
  { key: "places", label: "أماكن" },
  { key: "actors", label: "فاعلون" },
  { key: "articles", label: "مقالات" },
];

const number = new Intl.NumberFormat("ar-SY-u-nu-latn");

export function useOverview() {
  const { query } = useFilters();
  return useQuery({ ...queries.overview(query), placeholderData: (prev) => prev });
}

export function KeyFigures() {
  const q = useOverview();
  return (
    <QueryState query={q} skeleton={<div className="figures">{FIGURES.map((f) => <div key={f.key} className="figure skeleton" />)}</div>}>
      {(d) => (
        <dl className="figures" data-testid="figures">
          {FIGURES.map((f) => (
            <div key={f.key} className="figure" data-figure={f.key}>
              <dt>{f.label}</dt>
              <dd>{number.format(d.figures[f.key])}</dd>
            </div>
          ))}
        </dl>
      )}
    </QueryState>
  );
}

function RankedList({ title, items, href, detail }: { title: string; items: Ranked[]; href: (id: number) => string; detail: (r: Ranked) => string }) {
  const max = Math.max(1, ...items.map((i) => i.events));
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      {items.length === 0 ? <p className="empty-state">لا شيء يطابق المرشحات.</p> : (
        <ol className="ranked">
          {items.map((r) => (
            <li key={r.id}>
              <Link href={href(r.id)}>{r.name}</Link> <span className="muted small">{detail(r)}</span>
              <span className="bar" style={{ width: `${(100 * r.events) / max}%` }} aria-hidden />
              <span className="ranked-count">{r.events}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function Rankings() {
  const q = useOverview();
  return (
    <QueryState query={q} skeleton={<div className="two-col"><div className="panel skeleton" style={{ height: 240 }} /><div className="panel skeleton" style={{ height: 240 }} /></div>}>
      {(d) => (
        <div className="two-col">
          <RankedList title="أكثر الفاعلين حضوراً" items={d.topActors} href={(id) => `/actors/${id}`} detail={(r) => ACTOR_KIND_LABELS[r.detail ?? ""] ?? ""} />
          <RankedList title="أكثر الأماكن أحداثاً" items={d.topPlaces} href={(id) => `/places/${id}`} detail={(r) => (r.detail ? GOVERNORATE_BY_CODE.get(r.detail)?.nameAr ?? "" : "")} />
        </div>
      )}
    </QueryState>
  );
}

export function LatestEvents() {
  const q = useOverview();
  const { query } = useFilters();
  return (
    <section className="panel" aria-labelledby="latest-title">
      <div className="panel-head">
        <h2 id="latest-title">أحدث الأحداث</h2>
        <Link href={`/events${query ? `?${query}` : ""}`}>كل الأحداث ←</Link>
      </div>
      <QueryState query={q} skeleton={<div className="skeleton" style={{ height: 200 }} />}>
        {(d) => d.latest.length === 0 ? <p className="empty-state">لا أحداث تطابق المرشحات.</p> : (
          <ul className="event-list">
            {d.latest.map((e) => (
              <li key={e.id}>
                <EventMeta e={e} />
                <Evidence event={e} />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
