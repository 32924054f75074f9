"use client";
// Steps the map through time: a window of one week or one month moves from the data's first event
// to its last, written to the URL's dates like any filter (so every panel on the page follows, and
// the view at any step can be shared). The slider is the timeline of the run and shows where it is.
import { useEffect, useMemo, useState } from "react";
import type { TimeUnit } from "@/lib/api-types";
import { formatDate } from "@/lib/format";
import { bucketEnd, bucketRange } from "@/lib/timeline-buckets";
import { usePeriod } from "../filters/use-period";
import { useFilters } from "../filters/use-filters";

type Step = "week" | "month";
const STEP_LABEL: Record<Step, string> = { week: "أسبوعاً أسبوعاً", month: "شهراً شهراً" };
const TICK_MS = 1500;
const monthFormat = new Intl.DateTimeFormat("ar-SY-u-nu-latn", { year: "numeric", month: "long", timeZone: "UTC" });

export function TimePlayer() {
  const period = usePeriod();
  const { urlFilters, setFilters } = useFilters();
  const [unit, setUnit] = useState<Step>("month");
  const [playing, setPlaying] = useState(false);
  const first = period.data?.first;
  const last = period.data?.last;
  const steps = useMemo(() => (first && last ? bucketRange(first, last, unit as TimeUnit) : []), [first, last, unit]);
  const current = steps.findIndex((s) => s === urlFilters.from && bucketEnd(s, unit) === urlFilters.to);

  const go = (i: number) => {
    const start = steps[i];
    if (start) setFilters({ ...urlFilters, from: start, to: bucketEnd(start, unit) });
  };

  useEffect(() => {
    if (!playing) return;
    const t = setTimeout(() => {
      if (current + 1 >= steps.length) setPlaying(false);
      else go(current + 1);
    }, current < 0 ? 0 : TICK_MS);
    return () => clearTimeout(t);
    // go() reads the latest filters through the render; the step index and play state drive it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, current, steps.length]);

  if (steps.length < 2) return null;
  const shown = current >= 0 ? current : 0;
  const label = unit === "month" ? monthFormat.format(new Date(`${steps[shown]}T00:00:00Z`)) : `${formatDate(steps[shown])} — ${formatDate(bucketEnd(steps[shown], unit))}`;
  return (
    <div className="time-player" role="group" aria-label="عرض الخريطة عبر الزمن" data-testid="time-player" data-step={current}>
      <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing} data-testid="play">
        {playing ? "⏸ إيقاف" : "▶ تشغيل عبر الزمن"}
      </button>
      <label>
        <span className="sr-only">الخطوة</span>
        <select value={unit} onChange={(e) => { setPlaying(false); setUnit(e.target.value as Step); }}>
          {(Object.keys(STEP_LABEL) as Step[]).map((u) => <option key={u} value={u}>{STEP_LABEL[u]}</option>)}
        </select>
      </label>
      <label className="time-slider">
        <span className="sr-only">الفترة المعروضة</span>
        <input type="range" min={0} max={steps.length - 1} value={shown} aria-valuetext={label} onChange={(e) => { setPlaying(false); go(Number(e.target.value)); }} />
      </label>
      <output aria-live="polite" data-testid="play-label">{current >= 0 ? label : "كل الفترات"}{current >= 0 ? ` (${current + 1} من ${steps.length})` : ""}</output>
    </div>
  );
}
