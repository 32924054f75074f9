// Plain geometry for the map, shared by the Leaflet view and the image export: where a
// governorate's name goes, Web Mercator for drawing without Leaflet, and the grid that gathers
// thousands of places into density cells at low zoom. No DOM, no Leaflet: unit-tested.

type Ring = number[][];

/** The area-weighted centroid of the governorate's largest ring, as [lat, lon]: inside the shape for
 * every Syrian governorate (a bounding-box centre falls in the desert for Homs). */
export function labelPoint(geometry: GeoJSON.Geometry): [number, number] {
  const rings: Ring[] = geometry.type === "Polygon" ? [geometry.coordinates[0]] : geometry.type === "MultiPolygon" ? geometry.coordinates.map((p) => p[0]) : [];
  let best = { area: 0, lat: 0, lon: 0 };
  for (const r of rings) {
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i + 1 < r.length; i++) {
      const [x1, y1] = r[i];
      const [x2, y2] = r[i + 1];
      const c = x1 * y2 - x2 * y1;
      a += c;
      cx += (x1 + x2) * c;
      cy += (y1 + y2) * c;
    }
    if (Math.abs(a) > Math.abs(best.area)) best = { area: a, lat: cy / (3 * a), lon: cx / (3 * a) };
  }
  return [best.lat, best.lon];
}

/** Web Mercator in units of the world's width (0…1), the projection Leaflet draws in. */
export function mercator(lat: number, lon: number): { x: number; y: number } {
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return { x: (lon + 180) / 360, y: 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI) };
}

export interface Frame {
  width: number;
  height: number;
  project: (lat: number, lon: number) => [number, number];
}

/** A projection that fits [south, west, north, east] into `width`, keeping the map's aspect. */
export function fitFrame(bounds: [number, number, number, number], width: number, maxHeight: number): Frame {
  const [s, w, n, e] = bounds;
  const nw = mercator(n, w);
  const se = mercator(s, e);
  let scale = width / (se.x - nw.x);
  let height = (se.y - nw.y) * scale;
  if (height > maxHeight) {
    scale = maxHeight / (se.y - nw.y);
    height = maxHeight;
  }
  const offsetX = (width - (se.x - nw.x) * scale) / 2;
  return {
    width,
    height: Math.round(height),
    project: (lat, lon) => {
      const p = mercator(lat, lon);
      return [offsetX + (p.x - nw.x) * scale, (p.y - nw.y) * scale];
    },
  };
}

export interface Cell<T> {
  items: T[];
  events: number;
  /** Events-weighted centre, in the same pixel space as the input. */
  x: number;
  y: number;
}

/** Places gathered into square cells of `size` pixels: one circle per cell instead of hundreds
 * overlapping ones. The caller projects to pixels at the current zoom. */
export function gridCells<T extends { events: number }>(items: T[], at: (t: T) => [number, number], size: number): Cell<T>[] {
  const cells = new Map<string, Cell<T> & { sx: number; sy: number }>();
  for (const item of items) {
    const [x, y] = at(item);
    const key = `${Math.floor(x / size)}:${Math.floor(y / size)}`;
    const w = Math.max(1, item.events);
    const c = cells.get(key) ?? { items: [], events: 0, x: 0, y: 0, sx: 0, sy: 0 };
    c.items.push(item);
    c.events += item.events;
    c.sx += x * w;
    c.sy += y * w;
    cells.set(key, c);
  }
  return [...cells.values()].map(({ sx, sy, ...c }) => {
    const w = c.items.reduce((s, i) => s + Math.max(1, i.events), 0);
    return { ...c, x: sx / w, y: sy / w };
  });
}

/** The type with most events among the items (ties: the first seen). */
export function dominantType(items: { type: string; events: number }[]): string {
  const by = new Map<string, number>();
  for (const i of items) by.set(i.type, (by.get(i.type) ?? 0) + i.events);
  let best = "";
  let max = -1;
  for (const [t, n] of by) if (n > max) [best, max] = [t, n];
  return best;
}

/** Of the candidate labels (most important first), those whose estimated boxes do not overlap an
 * earlier one: names that cannot all fit are dropped rather than printed over each other. */
export function nonOverlapping<T>(items: T[], box: (t: T) => { x: number; y: number; w: number; h: number }): T[] {
  const kept: { x: number; y: number; w: number; h: number }[] = [];
  const out: T[] = [];
  for (const item of items) {
    const b = box(item);
    if (kept.some((k) => Math.abs(k.x - b.x) * 2 < k.w + b.w && Math.abs(k.y - b.y) * 2 < k.h + b.h)) continue;
    kept.push(b);
    out.push(item);
  }
  return out;
}

/** A name's width in pixels at `size`, roughly (Arabic glyphs average about 0.55 em). */
export const textWidth = (text: string, size: number) => text.length * size * 0.55 + 6;
