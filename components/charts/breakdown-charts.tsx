"use client";
// Events and dead by event type and by governorate for the filters in the URL: two bar charts that
// export as PNG and SVG through the timeline's ChartFrame (title, filters, legend, source drawn in).
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import type { BreakdownData } from "@/lib/api-types";
import { EVENT_TYPES, typeColor, typeLabel } from "@/lib/event-types";
import { GOVERNORATE_BY_CODE } from "@/lib/extract/lexicon/governorates";
import { queries } from "@/lib/queries";
import { useFilterDescription } from "../filters/use-filter-description";
import { useFilters } from "../filters/use-filters";
import { afterMap } from "../ui/map-first";
import { QueryState } from "../ui/query-state";
import type { BreakdownRow } from "./breakdown-plot";
import { ChartFrame } from "./chart-frame";
import { FATALITIES_COLOR } from "./timeline-plot-types";

// After the overview's map, like the timeline (components/ui/map-first.ts).
const BreakdownPlot = dynamic(() => afterMap().then(() => import("./breakdown-plot")), { ssr: false, loading: () => <div className="skeleton" style={{ height: 260 }} /> });
const GOV_COLOR = "#0b5d7a";
const DEAD = { label: "القتلى", color: FATALITIES_COLOR };

export function BreakdownCharts() {
  const { filters, query } = useFilters();
  const description = useFilterDescription(filters);
  const q = useQuery({ ...queries.breakdown(query), placeholderData: (prev) => prev });
  const byType = (d: BreakdownData): BreakdownRow[] => d.byType.map((r) => ({ label: typeLabel(r.type), color: typeColor(r.type), events: r.events, fatalities: r.fatalities }));
  const byGov = (d: BreakdownData): BreakdownRow[] =>
    d.byGov.map((r) => ({ label: r.code ? GOVERNORATE_BY_CODE.get(r.code)?.nameAr ?? r.code : "خارج المحافظات", color: GOV_COLOR, events: r.events, fatalities: r.fatalities }));
  const skeleton = <div className="skeleton" style={{ height: 260 }} />;
  const empty = <p className="empty-state">لا أحداث تطابق المرشحات.</p>;

  return (
    <div className="two-col">
      <ChartFrame id="by-type" title="الأحداث والقتلى حسب النوع" filters={description} fileName="by-type"
        legend={[...EVENT_TYPES.map((t) => ({ label: t.label, color: t.color })), DEAD]}>
        <QueryState query={q} skeleton={skeleton}>{(d) => (d.byType.length ? <BreakdownPlot rows={byType(d)} testId="by-type-chart" /> : empty)}</QueryState>
      </ChartFrame>
      <ChartFrame id="by-gov" title="الأحداث والقتلى حسب المحافظة" filters={description} fileName="by-governorate"
        legend={[{ label: "الأحداث", color: GOV_COLOR }, DEAD]}>
        <QueryState query={q} skeleton={skeleton}>{(d) => (d.byGov.length ? <BreakdownPlot rows={byGov(d)} testId="by-gov-chart" /> : empty)}</QueryState>
      </ChartFrame>
    </div>
  );
}
