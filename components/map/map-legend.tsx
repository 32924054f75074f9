// The map's key on screen: colour = dominant type, look = geo-precision, size = events (three
// sample circles with their counts), or the shading scale in governorate mode.
import { count } from "@/config/plurals";
import { EVENT_TYPES } from "@/lib/event-types";
import { PRECISION_STYLE, radiusFor } from "./map-style";

export function MapLegend({ maxEvents, clustered }: { maxEvents: number; clustered: boolean }) {
  const sizes = [...new Set([1, Math.round(maxEvents / 4), maxEvents].filter((n) => n >= 1))];
  return (
    <div className="legend map-legend" aria-label="مفتاح الخريطة" data-testid="map-legend">
      <div className="legend-row">
        {EVENT_TYPES.map((t) => (
          <span key={t.slug}><span className="swatch" style={{ background: t.color }} aria-hidden />{t.label}</span>
        ))}
      </div>
      <div className="legend-row">
        {[1, 2, 3].map((p) => (
          <span key={p} data-precision={p}>
            <svg width="24" height="24" aria-hidden>
              <circle cx="12" cy="12" r="8" fill="#0072b2" fillOpacity={PRECISION_STYLE[p].fillOpacity} stroke={PRECISION_STYLE[p].stroke === "type" ? "#0072b2" : "#5b6570"} strokeWidth={PRECISION_STYLE[p].weight} strokeDasharray={PRECISION_STYLE[p].dash} />
            </svg>
            {PRECISION_STYLE[p].label}
          </span>
        ))}
      </div>
      <div className="legend-row" data-testid="size-legend">
        <span className="muted">حجم الدائرة = عدد الأحداث في المكان:</span>
        {sizes.map((n) => {
          const r = radiusFor(n, maxEvents);
          return (
            <span key={n}>
              <svg width={2 * r + 4} height={2 * r + 4} aria-hidden><circle cx={r + 2} cy={r + 2} r={r} fill="#5f6b76" fillOpacity={0.5} stroke="#5f6b76" /></svg>
              {count(n, "event")}
            </span>
          );
        })}
        {clustered ? <span className="muted">· عند التصغير تُجمع الأماكن المتقاربة في دائرة عليها عددها؛ انقرها للتقريب</span> : null}
      </div>
    </div>
  );
}
