"use client";
// The Recharts part of the timeline (see timeline-chart.tsx): stacked bars by type, fatalities per
// bucket as steps on their own axis (a count per bucket, not a smoothed trend), titled axes, and the
// span being dragged. A tap (phones have no drag) or a click narrows the dates to that bar.
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TimelineBucket, TimelineData, TimeUnit } from "@/lib/api-types";
import { EVENT_TYPES } from "@/lib/event-types";
import { FATALITIES_COLOR, type Drag } from "./timeline-plot-types";
import { count } from "@/config/plurals";
import { useRef } from "react";

// Recharts 3 reports the bar under the pointer as a string index ("12").
const indexOf = (v: unknown): number | null => (v === undefined || v === null || v === "" || Number.isNaN(Number(v)) ? null : Number(v));
const tick = (unit: TimeUnit) => (s: string) => (unit === "month" ? s.slice(0, 7) : unit === "week" ? s : s.slice(5));

interface Props {
  data: TimelineData;
  height: number;
  drag: Drag | null;
  setDrag: (d: Drag | null) => void;
  finish: () => void;
  /** A bar was clicked or tapped. */
  pick: (index: number) => void;
}

const AXIS_TITLE: Record<TimeUnit, string> = { day: "اليوم", week: "الأسبوع (يومه الأول)", month: "الشهر" };
const axisText = { fontSize: 11, fill: "#4a5560" };

/** The bucket under a click, from the plot area's geometry: on a touch screen the tooltip's index
 * is not set yet (or still the previous tap's) when the click arrives. */
function barAt(box: HTMLElement | null, clientX: number, n: number): number | null {
  const grid = box?.querySelector(".recharts-cartesian-grid")?.getBoundingClientRect();
  if (!grid || grid.width <= 0 || n === 0) return null;
  const i = Math.floor(((clientX - grid.left) / grid.width) * n);
  return i >= 0 && i < n ? i : null;
}

export default function TimelinePlot({ data, height, drag, setDrag, finish, pick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <div ref={box} dir="ltr" className="chart-box" data-testid="timeline" data-buckets={data.buckets.length} data-unit={data.unit}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={data.buckets}
          margin={{ top: 8, right: 14, bottom: 18, left: 6 }}
          onClick={(s, e) => {
            const i = barAt(box.current, e.clientX, data.buckets.length) ?? indexOf(s.activeIndex);
            if (i !== null) pick(i);
          }}
          onMouseDown={(s) => {
            const i = indexOf(s.activeIndex);
            if (i !== null) setDrag({ from: i, to: i });
          }}
          onMouseMove={(s) => {
            const i = indexOf(s.activeIndex);
            if (drag && i !== null && i !== drag.to) setDrag({ ...drag, to: i });
          }}
          onMouseUp={finish}
          onMouseLeave={() => setDrag(null)}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#dde1e5" />
          <XAxis dataKey="start" tickFormatter={tick(data.unit)} minTickGap={24} tick={axisText} label={{ value: AXIS_TITLE[data.unit], position: "insideBottom", offset: -14, ...axisText }} />
          <YAxis yAxisId="n" allowDecimals={false} width={46} tick={axisText} label={{ value: "عدد الأحداث", angle: -90, position: "insideLeft", style: { textAnchor: "middle" }, ...axisText }} />
          <YAxis yAxisId="f" orientation="right" allowDecimals={false} width={46} tick={axisText} label={{ value: "القتلى", angle: 90, position: "insideRight", style: { textAnchor: "middle" }, ...axisText }} />
          <Tooltip content={<BucketTooltip unit={data.unit} />} />
          {EVENT_TYPES.map((t) => (
            <Bar key={t.slug} yAxisId="n" dataKey={t.slug} name={t.label} stackId="types" fill={t.color} isAnimationActive={false} />
          ))}
          <Line yAxisId="f" dataKey="fatalities" name="القتلى" stroke={FATALITIES_COLOR} strokeWidth={1.5} dot={false} type="step" isAnimationActive={false} />
          {drag ? <ReferenceArea yAxisId="n" x1={data.buckets[Math.min(drag.from, drag.to)].start} x2={data.buckets[Math.max(drag.from, drag.to)].start} fill="#0b5d7a" fillOpacity={0.15} /> : null}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

function BucketTooltip({ active, payload, unit }: { active?: boolean; payload?: { payload: TimelineBucket }[]; unit: TimeUnit }) {
  const b = payload?.[0]?.payload;
  if (!active || !b) return null;
  return (
    <div className="chart-tooltip" dir="rtl">
      <strong>{unit === "day" ? b.start : `${b.start} — ${b.end}`}</strong>
      <div>{count(b.total, "event")} · {count(b.fatalities, "killed")}</div>
      {EVENT_TYPES.filter((t) => (b[t.slug] as number) > 0).map((t) => (
        <div key={t.slug}><span className="swatch" style={{ background: t.color }} aria-hidden />{t.label}: {b[t.slug]}</div>
      ))}
    </div>
  );
}
