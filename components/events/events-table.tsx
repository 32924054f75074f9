"use client";
// The filtered events as a sortable, paginated table, with the downloads of exactly this set.
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import type { EventPage } from "@/lib/api-types";
import { EVENT_ACTOR_ROLE_LABELS, REVIEW_STATUS_LABELS, subTypeLabel, typeColor, typeLabel } from "@/lib/event-types";
import { formatDate } from "@/lib/format";
import { DATE_PRECISION, GEO_PRECISION } from "@/lib/precision";
import type { Filters } from "@/lib/filters";
import { parseTable, tableToQuery, type SortKey, type TableState } from "@/lib/filters/table";
import { apiPaths, queries } from "@/lib/queries";
import { useFilters } from "../filters/use-filters";
import { QueryState } from "../ui/query-state";
import { Evidence } from "./evidence";
import { count } from "@/config/plurals";


const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "date", label: "التاريخ" },
  { key: "type", label: "النوع" },
  { key: "place", label: "المكان" },
  { key: "fatalities", label: "القتلى" },
];

const SORT_DIR_LABEL: Record<SortKey, { asc: string; desc: string }> = {
  date: { desc: "(الأحدث أولاً)", asc: "(الأقدم أولاً)" },
  type: { desc: "(تنازلياً)", asc: "(تصاعدياً)" },
  place: { desc: "(تنازلياً)", asc: "(أبجدياً)" },
  fatalities: { desc: "(الأكثر أولاً)", asc: "(الأقل أولاً)" },
};

export function EventsTable({ pinned }: { pinned?: Partial<Filters> }) {
  const { query } = useFilters(pinned);
  const params = useSearchParams();
  const table = parseTable(new URLSearchParams(params.toString()));
  const tq = tableToQuery(table);
  const q = useQuery({ ...queries.events(query, tq), placeholderData: (prev) => prev });

  const setTable = (next: TableState) => {
    const p = new URLSearchParams(window.location.search);
    for (const k of ["sort", "dir", "page"]) p.delete(k);
    for (const [k, v] of new URLSearchParams(tableToQuery(next))) p.set(k, v);
    const s = p.toString();
    window.history.pushState(null, "", s ? `?${s}` : window.location.pathname);
  };
  const sortBy = (key: SortKey) =>
    setTable({ sort: key, dir: table.sort === key && table.dir === "desc" ? "asc" : "desc", page: 1 });

  return (
    <section className="panel" aria-labelledby="events-title">
      <div className="panel-head">
        <h2 id="events-title">الأحداث</h2>
        <div className="chart-actions">
          <a href={apiPaths.csv(query)} download data-testid="export-csv">تنزيل CSV</a>
          <a href={apiPaths.geojson(query)} download data-testid="export-geojson">تنزيل GeoJSON</a>
        </div>
      </div>
      <QueryState query={q} skeleton={<div className="skeleton" style={{ height: 400 }} />}>
        {(d) => {
          const pages = Math.max(1, Math.ceil(d.total / d.pageSize));
          return (
            <>
              <p className="muted small" data-testid="events-total" data-total={d.total}>
                {count(d.total, "event")} · الصفحة {d.page} من {pages}
              </p>
              {/* Cards (phones) hide the column headers, so they get the same sorting as a menu. */}
              <label className="card-sort">
                الترتيب
                <select value={`${table.sort}:${table.dir}`} data-testid="card-sort"
                  onChange={(e) => { const [sort, dir] = e.target.value.split(":") as [SortKey, "asc" | "desc"]; setTable({ sort, dir, page: 1 }); }}>
                  {COLUMNS.flatMap((c) => [
                    <option key={`${c.key}:desc`} value={`${c.key}:desc`}>{c.label} {SORT_DIR_LABEL[c.key].desc}</option>,
                    <option key={`${c.key}:asc`} value={`${c.key}:asc`}>{c.label} {SORT_DIR_LABEL[c.key].asc}</option>,
                  ])}
                </select>
              </label>
              {d.rows.length === 0 ? <p className="empty-state">لا أحداث تطابق المرشحات.</p> : (
                <div className="table-scroll">
                  <table className="events-table">
                    <thead>
                      <tr>
                        {COLUMNS.map((c) => (
                          <th key={c.key} aria-sort={table.sort === c.key ? (table.dir === "asc" ? "ascending" : "descending") : "none"}>
                            <button type="button" onClick={() => sortBy(c.key)}>
                              {c.label} {table.sort === c.key ? (table.dir === "asc" ? "▲" : "▼") : ""}
                            </button>
                          </th>
                        ))}
                        <th>الفاعلون والجملة</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.rows.map((e) => (
                        <tr key={e.id} data-event={e.id}>
                          <td className="nowrap"><a href={`/events/${e.id}`} title="تفاصيل الحدث وسجل تصحيحاته">{e.date ? formatDate(e.date) : "غير معروف"}</a>{e.datePrecision && e.datePrecision > 1 ? <small> ({DATE_PRECISION[e.datePrecision]})</small> : null}{e.reviewStatus !== "unreviewed" ? <><br /><small className={`review-${e.reviewStatus}`}>{REVIEW_STATUS_LABELS[e.reviewStatus]}</small></> : null}</td>
                          <td><span className="swatch" style={{ background: typeColor(e.type) }} aria-hidden />{typeLabel(e.type)}<br /><small className="muted" title={e.subType}>{subTypeLabel(e.subType)}</small></td>
                          <td>
                            {e.place ? <a href={`/places/${e.place.id}`}>{e.place.name}</a> : "غير معروف"}
                            {e.geoPrecision > 1 ? <small className="muted"> ({GEO_PRECISION[e.geoPrecision]})</small> : null}
                          </td>
                          <td className="num">{e.fatalities ?? "—"}{e.injured ? <small className="muted"> / {count(e.injured, "injured")}</small> : null}</td>
                          <td>
                            {e.actors.length ? (
                              <div className="actors-line">
                                {e.actors.map((a) => <a key={`${a.id}-${a.role}`} href={`/actors/${a.id}`} className="actor-chip" title={EVENT_ACTOR_ROLE_LABELS[a.role] ?? a.role}>{a.name}</a>)}
                              </div>
                            ) : null}
                            <Evidence event={e} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <nav className="pager" aria-label="الصفحات">
                <button type="button" disabled={d.page <= 1} onClick={() => setTable({ ...table, page: d.page - 1 })}>→ السابق</button>
                <span>{d.page} / {pages}</span>
                <button type="button" disabled={d.page >= pages} onClick={() => setTable({ ...table, page: d.page + 1 })}>التالي ←</button>
              </nav>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
