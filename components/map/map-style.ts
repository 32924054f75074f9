// How the map draws precision and intensity, shared by the map and its legend.
export interface PrecisionStyle {
  label: string;
  fillOpacity: number;
  weight: number;
  dash?: string;
  /** "type" draws the outline in the type's colour. */
  stroke: string;
}

export const PRECISION_STYLE: Record<number, PrecisionStyle> = {
  1: { label: "موقع دقيق (بلدة أو حي)", fillOpacity: 0.8, weight: 1, stroke: "#ffffff" },
  2: { label: "موقع تقريبي (قرب مكان أو ضمن منطقة)", fillOpacity: 0.35, weight: 2, dash: "4 3", stroke: "type" },
  3: { label: "المحافظة فقط (النقطة مركزها)", fillOpacity: 0.05, weight: 2.5, dash: "2 4", stroke: "type" },
};

/** A sequential scale from pale to deep red, 0 ≤ t ≤ 1. */
export function shade(t: number): string {
  const stops = [[254, 240, 217], [253, 204, 138], [252, 141, 89], [227, 74, 51], [179, 0, 0]];
  const x = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const c = stops[i].map((v, k) => Math.round(v + (stops[i + 1][k] - v) * f));
  return `rgb(${c.join(",")})`;
}
