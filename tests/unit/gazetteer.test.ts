import { describe, expect, it } from "vitest";
import { readKnowledgeData } from "@/lib/ingest/load-knowledge";
import { governorateAt, haversineKm, shapesFromGeoJson } from "@/lib/extract/geo";

const data = readKnowledgeData();
const shapes = shapesFromGeoJson(data.governorates);

/** Distance from a point to a governorate's boundary (to the nearest point of its edges). */
function kmToGovernorate(code: string, lat: number, lon: number) {
  const s = shapes.find((x) => x.code === code)!;
  let best = Infinity;
  for (const ring of s.polygons.flat()) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i];
      const [x2, y2] = ring[i + 1];
      const dx = x2 - x1;
      const dy = y2 - y1;
      const t = dx || dy ? Math.max(0, Math.min(1, ((lon - x1) * dx + (lat - y1) * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, haversineKm({ lat, lon }, { lat: y1 + t * dy, lon: x1 + t * dx }));
    }
  }
  return best;
}

describe("curated place supplement", () => {
  it("has at least 400 entries with Arabic and English names, kind, point and governorate", () => {
    expect(data.supplement.length).toBeGreaterThanOrEqual(400);
    for (const p of data.supplement) {
      expect(p.name, JSON.stringify(p)).toMatch(/[\u0600-\u06FF]/);
      expect(p.en).toBeTruthy();
      expect(p.kind).toBeTruthy();
      expect(p.gov).toMatch(/^SY-[A-Z]{2}$/);
    }
  });

  it("puts every point inside the governorate it claims, within a few kilometres at borders", () => {
    const wrong = data.supplement.filter((p) => {
      const inside = governorateAt(shapes, p.lat, p.lon);
      if (inside === p.gov) return false;
      // The polygons are simplified: a point near a boundary may fall a few kilometres into the
      // neighbour, and a frontier crossing outside every polygon further (the simplified border near al-Rai runs ~20 km south of the real one).
      return kmToGovernorate(p.gov, p.lat, p.lon) > (inside ? 8 : 25);
    });
    expect(wrong.map((p) => `${p.name} ${p.lat},${p.lon} ${p.gov}`)).toEqual([]);
  });
});

describe("actor knowledge base", () => {
  it("has at least 150 actors with kind, aliases and resolvable affiliations", () => {
    expect(data.actors.length).toBeGreaterThanOrEqual(150);
    const ids = new Set(data.actors.map((a) => a.id));
    expect(ids.size).toBe(data.actors.length);
    for (const a of data.actors) {
      expect(["person", "state", "government_forces", "armed_group", "political_body", "international_org", "media", "civil_society"]).toContain(a.kind);
      if (a.affiliation) expect(ids.has(a.affiliation), a.id).toBe(true);
    }
  });
});
