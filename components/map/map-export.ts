// The map as a report image: drawn from the offline vector layers and the map data (no tiles are
// reachable, and a screenshot of Leaflet's canvas would depend on the screen), at a fixed report
// width whatever the device, then framed like the charts (title, filters, legend, source).
import { count } from "@/config/plurals";
import type { MapData } from "@/lib/api-types";
import { EVENT_TYPES, typeColor } from "@/lib/event-types";
import type { LegendItem } from "../charts/export-image";
import { dominantType, fitFrame, gridCells, labelPoint, nonOverlapping, textWidth, type Frame } from "./geo";
import { CLUSTER_MIN, PRECISION_STYLE, radiusFor, shade } from "./map-style";

export const MAP_EXPORT_WIDTH = 1000;
const MAX_HEIGHT = 760;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function pathOf(geometry: GeoJSON.Geometry, f: Frame): string {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  return polys
    .flatMap((rings) => rings.map((ring) => "M" + ring.map(([lon, lat]) => f.project(lat, lon).map((v) => v.toFixed(1)).join(",")).join("L") + "Z"))
    .join("");
}

const halo = 'stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round"';

export interface MapImageInput {
  data: MapData;
  mode: "points" | "shading";
  focus: string[];
  bounds: [number, number, number, number];
  govs: GeoJSON.FeatureCollection;
  neighbours: GeoJSON.FeatureCollection;
}

export function mapBody({ data, mode, focus, bounds, govs, neighbours }: MapImageInput): { body: string; width: number; height: number } {
  const f = fitFrame(bounds, MAP_EXPORT_WIDTH, MAX_HEIGHT);
  const parts: string[] = [`<defs><clipPath id="map-clip"><rect width="${f.width}" height="${f.height}"/></clipPath></defs>`, `<g clip-path="url(#map-clip)">`];
  parts.push(`<rect width="${f.width}" height="${f.height}" fill="#dfe8ee"/>`);
  for (const n of neighbours.features) parts.push(`<path d="${pathOf(n.geometry, f)}" fill="#e9ecef" stroke="#9aa3ab" stroke-width="1"/>`);
  const counts = new Map(data.governorates.map((g) => [g.code, g.events]));
  const max = Math.max(1, ...data.governorates.map((g) => g.events));
  for (const g of govs.features) {
    const code = g.properties?.code as string;
    const c = counts.get(code) ?? 0;
    const focused = focus.length === 0 || focus.includes(code);
    const fill = mode === "shading" ? `fill="${shade(c / max)}" fill-opacity="${c ? 0.85 : 0.25}"` : `fill="#fbfbf8" fill-opacity="${focused ? 1 : 0.6}"`;
    parts.push(`<path d="${pathOf(g.geometry, f)}" ${fill} stroke="${focused ? "#4a5560" : "#aab2b9"}" stroke-width="${focused && focus.length ? 2 : 1}"/>`);
  }
  const placeNames: { text: string; x: number; y: number; size: number; weight: number }[] = [];
  if (mode === "points") {
    const inFrame = data.places.filter((p) => {
      const [x, y] = f.project(p.lat, p.lon);
      return x >= 0 && y >= 0 && x <= f.width && y <= f.height;
    });
    if (inFrame.length > CLUSTER_MIN) {
      const cells = gridCells(inFrame, (p) => f.project(p.lat, p.lon), 28);
      const top = Math.max(...cells.map((c) => c.events));
      for (const c of cells) parts.push(`<circle cx="${c.x.toFixed(1)}" cy="${c.y.toFixed(1)}" r="${(4 + 14 * Math.sqrt(c.events / top)).toFixed(1)}" fill="${typeColor(dominantType(c.items))}" fill-opacity="0.75" stroke="#ffffff" stroke-width="1.2"/>`);
    } else {
      const top = Math.max(...inFrame.map((p) => p.events), 0);
      const sorted = [...inFrame].sort((a, b) => b.events - a.events);
      for (const p of sorted) {
        const s = PRECISION_STYLE[p.precision] ?? PRECISION_STYLE[1];
        const color = typeColor(p.type);
        const [x, y] = f.project(p.lat, p.lon);
        parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radiusFor(p.events, top).toFixed(1)}" fill="${color}" fill-opacity="${s.fillOpacity}" stroke="${s.stroke === "type" ? color : s.stroke}" stroke-width="${s.weight}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`);
      }
      for (const p of sorted.slice(0, 40)) {
        const [x, y] = f.project(p.lat, p.lon);
        const ly = y - radiusFor(p.events, top) - 3;
        placeNames.push({ text: p.name, x, y: ly, size: 12, weight: 400 });
      }
    }
  }
  // Governorate names first, then the busiest places where they still fit.
  const govNames = govs.features
    .map((g) => {
      const [lat, lon] = labelPoint(g.geometry);
      const [x, y] = f.project(lat, lon);
      return { text: String(g.properties?.nameAr ?? ""), x, y, size: 14, weight: 700 };
    })
    .filter((l) => l.x >= 0 && l.y >= 0 && l.x <= f.width && l.y <= f.height);
  const labels = nonOverlapping([...govNames, ...placeNames.slice(0, 25)], (l) => ({ x: l.x, y: l.y - l.size / 3, w: textWidth(l.text, l.size), h: l.size + 2 }));
  for (const l of labels) {
    parts.push(`<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" font-size="${l.size}" font-weight="${l.weight}" text-anchor="middle" fill="${l.weight > 400 ? "#3b4650" : "#1d232a"}" ${halo}>${esc(l.text)}</text>`);
  }
  parts.push(`</g>`, `<rect width="${f.width}" height="${f.height}" fill="none" stroke="#9aa3ab"/>`);
  return { body: `<svg width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}">${parts.join("")}</svg>`, width: f.width, height: f.height };
}

/** The legend and notes of the exported map: types, precision looks, and what size or shade means. */
export function mapLegend(data: MapData, mode: "points" | "shading"): { legend: LegendItem[]; notes: string[] } {
  if (mode === "shading") {
    const max = Math.max(0, ...data.governorates.map((g) => g.events));
    return { legend: [], notes: [`لون المحافظة: عدد أحداثها، من الأفتح (أقل) إلى الأغمق (${count(max, "event")})`] };
  }
  const legend: LegendItem[] = EVENT_TYPES.map((t) => ({ label: t.label, color: t.color }));
  for (const p of [1, 2, 3]) {
    const s = PRECISION_STYLE[p];
    legend.push({
      label: s.label, color: "#0072b2",
      symbol: `<circle cx="7" cy="7" r="5.5" fill="#0072b2" fill-opacity="${s.fillOpacity}" stroke="${s.stroke === "type" ? "#0072b2" : "#5b6570"}" stroke-width="${Math.min(2.5, s.weight)}"${s.dash ? ' stroke-dasharray="3 2"' : ""}/>`,
    });
  }
  const max = Math.max(0, ...data.places.map((p) => p.events));
  const notes = [`حجم الدائرة: عدد الأحداث في المكان (أكبرها ${count(max, "event")})`];
  if (data.places.length > CLUSTER_MIN) notes.push("الأماكن المتقاربة مجمّعة في دائرة واحدة لونها النوع الغالب");
  if (data.unlocated) notes.push(`${count(data.unlocated, "event")} بلا موقع معروف لا تظهر على الخريطة`);
  return { legend, notes };
}
