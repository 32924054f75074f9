// How the map draws precision and intensity, shared by the map and its legend.
export interface PrecisionStyle {
  label: string;
  fillOpacity: number;
  weight: number;
  dash?: string;
  /** "type" draws the outline in the type's colour. */
  stroke: string;
}

// Three looks that differ in fill AND outline, so they stay apart at a 6-pixel radius and for
// colour-blind readers: a full disc, a pale disc with a dashed rim, an empty ring.
export const PRECISION_STYLE: Record<number, PrecisionStyle> = {
  1: { label: "موقع دقيق (بلدة أو حي): دائرة ممتلئة", fillOpacity: 0.85, weight: 1.5, stroke: "#ffffff" },
  2: { label: "موقع تقريبي (قرب مكان أو ضمن منطقة): حافة متقطعة", fillOpacity: 0.25, weight: 2.5, dash: "5 4", stroke: "type" },
  3: { label: "المحافظة فقط (النقطة مركزها): حلقة فارغة", fillOpacity: 0, weight: 3.5, stroke: "type" },
};

/** A circle's radius in pixels: area grows with the events, relative to the busiest place but never
 * to fewer than `floor` events, so a handful of events draws small dots. */
export const radiusFor = (events: number, max: number, floor = 20) => 4 + 18 * Math.sqrt(events / Math.max(floor, max));

/** Below this zoom, more than CLUSTER_MIN places are drawn as density cells instead of one circle each. */
export const CLUSTER_MIN = 600;
export const CLUSTER_MAX_ZOOM = 9;
export const CLUSTER_CELL_PX = 44;
/** Place names appear from this zoom, for the busiest places in view. */
export const PLACE_LABEL_ZOOM = 8;
export const PLACE_LABEL_MAX = 40;

/** A sequential scale from pale to deep red, 0 ≤ t ≤ 1. */
export function shade(t: number): string {
  const stops = [[254, 240, 217], [253, 204, 138], [252, 141, 89], [227, 74, 51], [179, 0, 0]];
  const x = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const c = stops[i].map((v, k) => Math.round(v + (stops[i + 1][k] - v) * f));
  return `rgb(${c.join(",")})`;
}
