"use client";
// A chart's panel: its title, the filters it shows, its legend, and the PNG and SVG downloads.
// Exports are drawn at a fixed report size whatever the screen: the chart is rendered once more,
// off screen, REPORT_WIDTH wide, and that copy is what goes into the file (a phone's narrow chart
// would otherwise sit in a wide frame).
import { useEffect, useRef, useState } from "react";
import type { ExportMeta } from "./export-image";

export const REPORT_WIDTH = 960;

/** The off-screen copy's chart, once Recharts has measured its box and drawn at full width. */
async function reportSurface(host: () => HTMLElement | null): Promise<SVGSVGElement | null> {
  for (let i = 0; i < 60; i++) {
    const svg = host()?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (svg && svg.getBoundingClientRect().width >= REPORT_WIDTH - 40) return svg;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

export const SOURCE_LINE = "المصدر: مرصد الأحداث السورية، من مقالات إخبارية عربية مُحلّلة آلياً؛ كل حدث مرتبط بجملته.";

interface Props {
  id: string;
  title: string;
  filters: string;
  legend: ExportMeta["legend"];
  fileName: string;
  children: React.ReactNode;
  actions?: React.ReactNode;
}

export function ChartFrame({ id, title, filters, legend, fileName, children, actions }: Props) {
  const offscreen = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState<"png" | "svg" | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The latest title, filters and legend, read when the export runs (the parent rebuilds them on
  // every render, which must not restart an export under way).
  const meta = useRef({ title, filters, legend, fileName });
  useEffect(() => {
    meta.current = { title, filters, legend, fileName };
  });

  useEffect(() => {
    if (!exporting) return;
    let cancelled = false;
    (async () => {
      try {
        // The export code loads on the first click, not with the page (issue #11, first-load JavaScript).
        const [svgEl, { chartSvg, download, svgToPng }] = await Promise.all([reportSurface(() => offscreen.current), import("./export-image")]);
        if (!svgEl) throw new Error("لم يُرسم المخطط");
        const m = meta.current;
        const { svg, width, height } = await chartSvg(svgEl, { title: m.title, filters: m.filters, source: SOURCE_LINE, legend: m.legend });
        const blob = exporting === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await svgToPng(svg, width, height);
        if (!cancelled) download(blob, `${m.fileName}.${exporting}`);
      } catch (e) {
        if (!cancelled) setError(`تعذّر التصدير: ${(e as Error).message}`);
      } finally {
        if (!cancelled) setExporting(null);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [exporting]);

  const exportAs = (kind: "png" | "svg") => {
    setError(null);
    setExporting(kind);
  };
  const busy = exporting !== null;

  return (
    <section className="panel chart-panel" aria-labelledby={`${id}-title`}>
      <div className="panel-head">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="muted small">{filters}</p>
        </div>
        <div className="chart-actions">
          {actions}
          <button type="button" onClick={() => exportAs("png")} disabled={busy} data-testid={`${id}-png`}>تنزيل PNG</button>
          <button type="button" onClick={() => exportAs("svg")} disabled={busy} data-testid={`${id}-svg`}>تنزيل SVG</button>
        </div>
      </div>
      <div>{children}</div>
      {exporting ? (
        <div ref={offscreen} className="report-render" style={{ width: REPORT_WIDTH }} aria-hidden inert>
          {children}
        </div>
      ) : null}
      <ul className="legend" aria-label="مفتاح المخطط">
        {legend.map((l) => (
          <li key={l.label}><span className="swatch" style={{ background: l.color }} aria-hidden />{l.label}</li>
        ))}
      </ul>
      {error ? <p role="alert" className="error-state">{error}</p> : null}
    </section>
  );
}
