import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dominantType, fitFrame, gridCells, labelPoint } from "@/components/map/geo";

describe("map geometry", () => {
  it("puts each governorate's name inside the governorate", () => {
    const govs = JSON.parse(readFileSync("public/geo/governorates.json", "utf8")) as GeoJSON.FeatureCollection;
    const homs = govs.features.find((f) => f.properties?.code === "SY-HI")!;
    const [lat, lon] = labelPoint(homs.geometry);
    expect(lat).toBeGreaterThan(33.8);
    expect(lat).toBeLessThan(35);
    expect(lon).toBeGreaterThan(37.5);
    expect(lon).toBeLessThan(39);
  });

  it("fits bounds into a fixed width with north up and west left", () => {
    const f = fitFrame([32, 35, 37.5, 42.5], 1000, 900);
    expect(f.width).toBe(1000);
    const [x0, y0] = f.project(37.5, 35);
    const [x1, y1] = f.project(32, 42.5);
    expect(x0).toBeCloseTo(0);
    expect(y0).toBeCloseTo(0);
    expect(x1).toBeCloseTo(1000);
    expect(y1).toBeCloseTo(f.height, 0);
  });

  it("gathers nearby places into one cell with their events summed", () => {
    const items = [
      { x: 1, y: 1, events: 3, type: "Battles" },
      { x: 9, y: 9, events: 1, type: "Protests" },
      { x: 25, y: 1, events: 5, type: "Protests" },
    ];
    const cells = gridCells(items, (i) => [i.x, i.y], 20);
    expect(cells).toHaveLength(2);
    const first = cells.find((c) => c.items.length === 2)!;
    expect(first.events).toBe(4);
    expect(first.x).toBeCloseTo(3);
    expect(dominantType(first.items)).toBe("Battles");
  });
});

describe("map labels", () => {
  it("drops a name that would overlap a more important one", async () => {
    const { nonOverlapping } = await import("@/components/map/geo");
    const names = [
      { n: "إدلب", x: 100, y: 100 },
      { n: "سراقب", x: 110, y: 104 },
      { n: "حلب", x: 300, y: 100 },
    ];
    expect(nonOverlapping(names, (l) => ({ x: l.x, y: l.y, w: 40, h: 14 })).map((l) => l.n)).toEqual(["إدلب", "حلب"]);
  });
});
