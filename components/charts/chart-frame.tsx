"use client";
// A chart's panel: its title, the filters it shows, its legend, and the PNG and SVG downloads.
import { useRef, useState } from "react";
import { chartSvg, download, svgToPng, type ExportMeta } from "./export-image";

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
  const body = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportAs(kind: "png" | "svg") {
    const svgEl = body.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svgEl) return;
    setBusy(true);
    setError(null);
    try {
      const { svg, width, height } = await chartSvg(svgEl, { title, filters, source: SOURCE_LINE, legend });
      const blob = kind === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await svgToPng(svg, width, height);
      download(blob, `${fileName}.${kind}`);
    } catch (e) {
      setError(`تعذّر التصدير: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

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
      <div ref={body}>{children}</div>
      <ul className="legend" aria-label="مفتاح المخطط">
        {legend.map((l) => (
          <li key={l.label}><span className="swatch" style={{ background: l.color }} aria-hidden />{l.label}</li>
        ))}
      </ul>
      {error ? <p role="alert" className="error-state">{error}</p> : null}
    </section>
  );
}
