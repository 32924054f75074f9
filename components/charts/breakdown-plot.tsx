"use client";
// The Recharts part of the breakdown charts (see breakdown-charts.tsx): one horizontal bar per
// category, events beside dead, with the Arabic category name as the tick. LTR like the timeline,
// so the bars grow left to right from a shared zero and the numbers read as in print.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { count } from "@/config/plurals";
import { FATALITIES_COLOR } from "./timeline-plot-types";

export interface BreakdownRow {
  label: string;
  color: string;
  events: number;
  fatalities: number;
}

const axisText = { fontSize: 11, fill: "#4a5560" };
const ROW_HEIGHT = 34;

export default function BreakdownPlot({ rows, testId }: { rows: BreakdownRow[]; testId: string }) {
  const width = Math.min(170, 24 + 7 * Math.max(...rows.map((r) => r.label.length)));
  return (
    <div dir="ltr" className="chart-box" data-testid={testId} data-rows={rows.length}>
      <ResponsiveContainer width="100%" height={40 + rows.length * ROW_HEIGHT}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 18, left: 4 }} barGap={1}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#dde1e5" />
          <XAxis type="number" allowDecimals={false} tick={axisText} label={{ value: "العدد", position: "insideBottom", offset: -12, ...axisText }} />
          <YAxis type="category" dataKey="label" width={width} tick={axisText} interval={0} />
          <Tooltip content={<RowTooltip />} cursor={{ fill: "rgba(11,93,122,0.08)" }} />
          <Bar dataKey="events" name="الأحداث" isAnimationActive={false}>
            {rows.map((r) => <Cell key={r.label} fill={r.color} />)}
          </Bar>
          <Bar dataKey="fatalities" name="القتلى" fill={FATALITIES_COLOR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function RowTooltip({ active, payload }: { active?: boolean; payload?: { payload: BreakdownRow }[] }) {
  const r = payload?.[0]?.payload;
  if (!active || !r) return null;
  return (
    <div className="chart-tooltip" dir="rtl">
      <strong>{r.label}</strong>
      <div>{count(r.events, "event")} · {count(r.fatalities, "killed")}</div>
    </div>
  );
}
