"use client";
// Events per day, week or month, stacked by type, with fatalities on a second axis. Dragging across
// the bars (or clicking one) sets the date filter to that span. Recharts draws left to right, so the
// chart sits in an LTR box inside the RTL page: time runs left to right, as in Arabic print charts.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TimelineBucket, TimelineData, TimeUnit } from "@/lib/api-types";
import { EVENT_TYPES } from "@/lib/event-types";
import type { Filters } from "@/lib/filters";
import { apiPaths, getJson, queryKeys } from "@/lib/queries";
import { useFilterDescription } from "../filters/use-filter-description";
import { useFilters } from "../filters/use-filters";
import { QueryState } from "../ui/query-state";
import { ChartFrame } from "./chart-frame";

const UNIT_LABEL: Record<TimeUnit, string> = { day: "يومياً", week: "أسبوعياً", month: "شهرياً" };
const FATALITIES_COLOR = "#1d232a";
const tick = (unit: TimeUnit) => (s: string) => (unit === "month" ? s.slice(0, 7) : unit === "week" ? s : s.slice(5));

export function TimelineChart({ pinned, title = "الأحداث عبر الزمن", names, height = 300 }: { pinned?: Partial<Filters>; title?: string; names?: { actor?: string; place?: string }; height?: number }) {
  const { filters, query, urlFilters, setFilters } = useFilters(pinned);
  const description = useFilterDescription(filters, names);
  const q = useQuery({ queryKey: queryKeys.timeline(query), queryFn: () => getJson<TimelineData>(apiPaths.timeline(query)), placeholderData: (prev) => prev });
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);

  const legend = [...EVENT_TYPES.map((t) => ({ label: t.label, color: t.color })), { label: "القتلى (المحور الأيمن)", color: FATALITIES_COLOR }];
  const unit = q.data?.unit ?? "day";

  function finish(buckets: TimelineBucket[]) {
    if (!drag) return;
    const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
    setDrag(null);
    setFilters({ ...urlFilters, from: buckets[a].start, to: buckets[b].end });
  }

  return (
    <ChartFrame id="timeline" title={`${title} (${UNIT_LABEL[unit]})`} filters={description} legend={legend} fileName="timeline">
      <QueryState query={q} skeleton={<div className="skeleton" style={{ height }} />}>
        {(data) =>
          data.buckets.length === 0 ? (
            <p className="empty-state">لا أحداث مؤرخة تطابق المرشحات.{data.undated ? ` (${data.undated} حدثاً بلا تاريخ معروف)` : ""}</p>
          ) : (
            <>
              <div dir="ltr" className="chart-box" data-testid="timeline" data-buckets={data.buckets.length} data-unit={data.unit}>
                <ResponsiveContainer width="100%" height={height}>
                  <ComposedChart
                    data={data.buckets}
                    margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
                    onMouseDown={(s) => typeof s.activeIndex === "number" && setDrag({ from: s.activeIndex, to: s.activeIndex })}
                    onMouseMove={(s) => drag && typeof s.activeIndex === "number" && setDrag({ ...drag, to: s.activeIndex })}
                    onMouseUp={() => finish(data.buckets)}
                    onMouseLeave={() => setDrag(null)}
                  >
                    <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#dde1e5" />
                    <XAxis dataKey="start" tickFormatter={tick(data.unit)} minTickGap={24} tick={{ fontSize: 11, fill: "#4a5560" }} />
                    <YAxis yAxisId="n" allowDecimals={false} width={40} tick={{ fontSize: 11, fill: "#4a5560" }} />
                    <YAxis yAxisId="f" orientation="right" allowDecimals={false} width={40} tick={{ fontSize: 11, fill: "#4a5560" }} />
                    <Tooltip content={<BucketTooltip unit={data.unit} />} />
                    {EVENT_TYPES.map((t) => (
                      <Bar key={t.slug} yAxisId="n" dataKey={t.slug} name={t.label} stackId="types" fill={t.color} isAnimationActive={false} />
                    ))}
                    <Line yAxisId="f" dataKey="fatalities" name="القتلى" stroke={FATALITIES_COLOR} strokeWidth={1.5} dot={false} type="monotone" isAnimationActive={false} />
                    {drag ? <ReferenceArea yAxisId="n" x1={data.buckets[Math.min(drag.from, drag.to)].start} x2={data.buckets[Math.max(drag.from, drag.to)].start} fill="#0b5d7a" fillOpacity={0.15} /> : null}
                  </ComposedChart>
                </ResponsiveContainer>
              </div>
              <p className="muted small">
                اسحب على الأعمدة (أو انقر عموداً) لحصر الفترة. المحور الأيسر: عدد الأحداث؛ الأيمن: القتلى.
                {data.undated ? ` ${data.undated} حدثاً بلا تاريخ معروف خارج المخطط.` : ""}
              </p>
            </>
          )
        }
      </QueryState>
    </ChartFrame>
  );
}

function BucketTooltip({ active, payload, unit }: { active?: boolean; payload?: { payload: TimelineBucket }[]; unit: TimeUnit }) {
  const b = payload?.[0]?.payload;
  if (!active || !b) return null;
  return (
    <div className="chart-tooltip" dir="rtl">
      <strong>{unit === "day" ? b.start : `${b.start} — ${b.end}`}</strong>
      <div>{b.total} حدث · {b.fatalities} قتيل</div>
      {EVENT_TYPES.filter((t) => (b[t.slug] as number) > 0).map((t) => (
        <div key={t.slug}><span className="swatch" style={{ background: t.color }} aria-hidden />{t.label}: {b[t.slug]}</div>
      ))}
    </div>
  );
}
