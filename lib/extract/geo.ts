// Point-in-polygon against the governorate boundaries, to give every Syrian point its governorate.
export interface GovernorateShape {
  code: string;
  /** polygons, each a list of rings of [lon, lat] */
  polygons: [number, number][][][];
  bbox: [number, number, number, number];
}

function inRing(lon: number, lat: number, ring: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function shapesFromGeoJson(fc: { features: { properties: { code: string }; geometry: { type: string; coordinates: unknown } }[] }): GovernorateShape[] {
  return fc.features.map((f) => {
    const polygons = (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates) as [number, number][][][];
    const pts = polygons.flatMap((p) => p[0]);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return { code: f.properties.code, polygons, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
}

export function governorateAt(shapes: GovernorateShape[], lat: number, lon: number): string | null {
  for (const s of shapes) {
    const [x0, y0, x1, y1] = s.bbox;
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
    for (const poly of s.polygons) {
      if (inRing(lon, lat, poly[0]) && !poly.slice(1).some((hole) => inRing(lon, lat, hole))) return s.code;
    }
  }
  return null;
}

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Nearest governorate within maxKm of a point just outside every polygon (the polygons are simplified). */
export function nearestGovernorate(shapes: GovernorateShape[], lat: number, lon: number, maxKm = 8): string | null {
  const direct = governorateAt(shapes, lat, lon);
  if (direct) return direct;
  let best: { code: string; d: number } | null = null;
  for (const s of shapes) {
    for (const poly of s.polygons) {
      for (const [x, y] of poly[0]) {
        const d = haversineKm({ lat, lon }, { lat: y, lon: x });
        if (d <= maxKm && (!best || d < best.d)) best = { code: s.code, d };
      }
    }
  }
  return best?.code ?? null;
}
