"use client";
// Events per day, week or month, stacked by type, with fatalities on a second axis. Dragging across
// the bars (or clicking one) sets the date filter to that span. Recharts draws left to right, so the
// chart sits in an LTR box inside the RTL page: time runs left to right, as in Arabic print charts.
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import dynamic from "next/dynamic";
import type { TimelineBucket, TimeUnit } from "@/lib/api-types";
import { EVENT_TYPES } from "@/lib/event-types";
import type { Filters } from "@/lib/filters";
import { queries } from "@/lib/queries";
import { useFilterDescription } from "../filters/use-filter-description";
import { useFilters } from "../filters/use-filters";
import { afterMap } from "../ui/map-first";
import { QueryState } from "../ui/query-state";
import { ChartFrame } from "./chart-frame";
import { FATALITIES_COLOR, type Drag } from "./timeline-plot-types";
import { count } from "@/config/plurals";

const UNIT_LABEL: Record<TimeUnit, string> = { day: "يومياً", week: "أسبوعياً", month: "شهرياً" };
// Recharts measures its box, so it draws only in the browser anyway: loading it after the page
// keeps it out of the first-load JavaScript, and after the overview's map (map-first.ts) keeps it
// from delaying the map.
const TimelinePlot = dynamic(() => afterMap().then(() => import("./timeline-plot")), { ssr: false, loading: () => <div className="skeleton" style={{ height: 300 }} /> });

export function TimelineChart({ pinned, title = "الأحداث عبر الزمن", names, height = 300 }: { pinned?: Partial<Filters>; title?: string; names?: { actor?: string; place?: string }; height?: number }) {
  const { filters, query, urlFilters, setFilters } = useFilters(pinned);
  const description = useFilterDescription(filters, names);
  const q = useQuery({ ...queries.timeline(query), placeholderData: (prev) => prev });
  const [drag, setDrag] = useState<Drag | null>(null);

  const legend = [...EVENT_TYPES.map((t) => ({ label: t.label, color: t.color })), { label: "القتلى (المحور الأيمن)", color: FATALITIES_COLOR }];
  const unit = q.data?.unit ?? "day";

  // A drag across bars ends in mouseup, then the browser's click on the last bar: the click must
  // not shrink the dragged span back to one bar.
  const dragged = useRef(false);
  function finish(buckets: TimelineBucket[]) {
    if (!drag) return;
    const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
    setDrag(null);
    dragged.current = a !== b;
    setFilters({ ...urlFilters, from: buckets[a].start, to: buckets[b].end });
  }
  function pick(buckets: TimelineBucket[], i: number) {
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    const b = buckets[i];
    // After a plain click, mouseup has already set this span (the URL is ahead of the render).
    const now = new URLSearchParams(window.location.search);
    if (b && (now.get("from") !== b.start || now.get("to") !== b.end)) setFilters({ ...urlFilters, from: b.start, to: b.end });
  }

  return (
    <ChartFrame id="timeline" title={q.data?.buckets.length ? `${title} (${UNIT_LABEL[unit]})` : title} filters={description} legend={legend} fileName="timeline">
      <QueryState query={q} skeleton={<div className="skeleton" style={{ height }} />}>
        {(data) =>
          data.buckets.every((b) => b.total === 0) ? (
            <p className="empty-state">لا أحداث مؤرخة تطابق المرشحات.{data.undated ? ` (${count(data.undated, "event")} بلا تاريخ معروف)` : ""}</p>
          ) : (
            <>
              <TimelinePlot data={data} height={height} drag={drag} setDrag={setDrag} finish={() => finish(data.buckets)} pick={(i) => pick(data.buckets, i)} />
              <p className="muted small">
                <span className="hint-pointer">اسحب على الأعمدة (أو انقر عموداً) لحصر الفترة.</span>
                <span className="hint-touch">المس عموداً لحصر الفترة به.</span>
                {" "}المحور الأيسر: عدد الأحداث؛ الأيمن: القتلى في كل فترة.
                {data.undated ? ` ${count(data.undated, "event")} بلا تاريخ معروف خارج المخطط.` : ""}
              </p>
            </>
          )
        }
      </QueryState>
    </ChartFrame>
  );
}
