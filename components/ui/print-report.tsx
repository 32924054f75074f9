"use client";
// A printable report of the current view (map, timeline, figures, top actors and places, latest
// events) through the browser's print dialog, which also saves it as PDF. The print stylesheet in
// globals.css drops the controls; this block adds what a report needs and a screen does not: the
// filters in words, when it was printed, and where the data comes from.
import { useFilterDescription } from "../filters/use-filter-description";
import { useFilters } from "../filters/use-filters";
import { SOURCE_LINE } from "../charts/chart-frame";

const printedAt = () => new Intl.DateTimeFormat("ar-SY-u-nu-latn", { dateStyle: "long", timeStyle: "short" }).format(new Date());

export function PrintReport() {
  const { filters } = useFilters();
  const description = useFilterDescription(filters);
  return (
    <>
      <button type="button" className="print-button" onClick={() => window.print()} data-testid="print-report">طباعة التقرير أو حفظه PDF</button>
      <div className="print-only print-head" data-testid="print-head">
        <p><strong>المرشحات:</strong> {description}</p>
        <p className="small">{SOURCE_LINE} طُبع في <span suppressHydrationWarning>{printedAt()}</span>.</p>
      </div>
    </>
  );
}
