// The map's places in columns: what goes in comes out (in the server's order), the payload for
// 10,000 places stays well under 300 KB, and a malformed payload is refused with a clear message.
import { describe, expect, it } from "vitest";
import type { MapData, MapPlace } from "@/lib/api-types";
import { decodeMap, encodeColumns, encodeMap } from "@/lib/map-codec";
import { gzipSync } from "node:zlib";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { synthPlaces } from "@/lib/synth/generate";
import { rng } from "@/lib/synth/random";

const TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
const KINDS = ["city", "town", "village", "neighbourhood", "camp"];
const GOVS = ["SY-DI", "SY-RD", "SY-ID", "SY-HL", "SY-HM", "SY-HI", "SY-DY", "SY-RA", "SY-HA", "SY-DR", "SY-SU", "SY-QU", "SY-LA", "SY-TA"];

function places(n: number, seed = 1): MapData {
  const r = rng(seed);
  const out: MapPlace[] = [];
  let id = 0;
  for (let i = 0; i < n; i++) {
    id += r.int(1, 3);
    out.push({
      id, name: `${r.pick(["تل", "كفر", "عين", "دير", "خربة"])} ${r.pick(["النعمان", "الشغور", "البطيخ", "حمرة", "الزور"])}`,
      lat: Math.round((32.3 + r.next() * 5) * 1e4) / 1e4, lon: Math.round((35.6 + r.next() * 6.8) * 1e4) / 1e4,
      precision: r.int(1, 3), kind: r.pick(KINDS), admin1: r.next() < 0.05 ? null : r.pick(GOVS),
      events: 1 + r.tail(30), fatalities: r.tail(20), type: r.pick(TYPES),
    });
  }
  out.sort((a, b) => b.events - a.events || a.id - b.id);
  return { places: out, governorates: GOVS.map((code, i) => ({ code, events: 100 * i, fatalities: 7 * i })), unlocated: 42 };
}

describe("map codec", () => {
  it("round-trips places, governorates and the unlocated count, in the server's order", () => {
    const data = places(2000);
    expect(decodeMap(encodeMap(data))).toEqual(data);
  });

  it("re-encodes and re-decodes after a write: new counts with the same names, then a renamed place", () => {
    const data = places(500, 3);
    expect(decodeMap(encodeMap(data))).toEqual(data);
    const more = { ...data, places: data.places.map((p) => ({ ...p, events: p.events + 1 })) };
    expect(decodeMap(JSON.parse(JSON.stringify(encodeMap(more))))).toEqual(more);
    const renamed = { ...more, places: more.places.map((p, i) => (i === 7 ? { ...p, name: "معرة النعمان" } : p)) };
    expect(decodeMap(JSON.parse(JSON.stringify(encodeMap(renamed))))).toEqual(renamed);
    expect(decodeMap(JSON.parse(JSON.stringify(encodeMap(data))))).toEqual(data);
  });

  it("encodes the same place objects with new counts and types from their kept columns, and refuses places out of id order", () => {
    const data = places(300, 5);
    const byId = [...data.places].sort((a, b) => a.id - b.id);
    const gov = data.governorates.map((g): [string, number, number] => [g.code, g.events, g.fatalities]);
    const first = encodeColumns(byId, { events: byId.map((p) => p.events), fatalities: byId.map((p) => p.fatalities), types: byId.map((p) => p.type) }, gov, 42);
    expect(first).toEqual(encodeMap(data));
    // A write later: the same objects (the data layer's located places), other counts and dominant types.
    const counts = { events: byId.map((p) => p.events * 2), fatalities: byId.map(() => 1), types: byId.map((_, i) => TYPES[i % 2]) };
    const back = decodeMap(JSON.parse(JSON.stringify(encodeColumns(byId, counts, gov, 7))));
    const expected = byId.map((p, i) => ({ ...p, events: counts.events[i], fatalities: 1, type: counts.types[i] })).sort((a, b) => b.events - a.events || a.id - b.id);
    expect(back).toEqual({ places: expected, governorates: data.governorates, unlocated: 7 });
    expect(() => encodeColumns([byId[1], byId[0]], { events: [1, 1], fatalities: [0, 0], types: [TYPES[0], TYPES[0]] }, [], 0)).toThrow("ascending id order");
  });

  it("keeps a place without a governorate, and coordinates to 1/10,000 of a degree", () => {
    const data: MapData = { places: [{ id: 7, name: "بيروت", lat: 33.893_849, lon: 35.501_77, precision: 2, kind: "city", admin1: null, events: 3, fatalities: 0, type: "Protests" }], governorates: [], unlocated: 0 };
    const back = decodeMap(encodeMap(data)).places[0];
    expect(back).toMatchObject({ id: 7, admin1: null, precision: 2, kind: "city", type: "Protests", lat: 33.8938, lon: 35.5018 });
  });

  it("writes columns, not objects: 10,000 real and synthetic places in under 300 KB (a sixth of the objects)", () => {
    // The names and coordinates the synthetic data set really uses, with its long tail of counts.
    const r = rng(9);
    const real = synthPlaces([...loadKnowledge().placeByKey.values()], 10_000, r);
    const data: MapData = {
      places: real.map((p, i) => ({ id: i + 1, name: p.nameAr, lat: p.lat, lon: p.lon, precision: p.geoPrecision, kind: p.kind, admin1: p.admin1,
        events: 1 + r.tail(100), fatalities: r.tail(150), type: r.pick(TYPES) })).sort((a, b) => b.events - a.events || a.id - b.id),
      governorates: [], unlocated: 0,
    };
    const compact = JSON.stringify(encodeMap(data));
    const objects = JSON.stringify(data);
    expect(compact.startsWith('{"v":1,"n":10000,"id":"')).toBe(true);
    expect(Buffer.byteLength(compact)).toBeLessThan(280_000);
    expect(Buffer.byteLength(compact) / Buffer.byteLength(objects)).toBeLessThan(1 / 6);
    // What crosses the wire (the server gzips pages and API answers).
    expect(gzipSync(compact).length).toBeLessThan(150_000);
    // Coordinates are kept to 1/10,000 of a degree.
    const back = new Map(decodeMap(encodeMap(data)).places.map((p) => [p.id, p]));
    const worst = Math.max(...data.places.map((p) => Math.max(Math.abs(back.get(p.id)!.lat - p.lat), Math.abs(back.get(p.id)!.lon - p.lon))));
    expect(worst).toBeLessThanOrEqual(0.00005 + 1e-9);
  }, 30_000);

  it("refuses another version or columns of unequal length, in Arabic", () => {
    const c = encodeMap(places(10));
    expect(() => decodeMap({ ...c, v: 2 } as unknown as typeof c)).toThrow("بصيغة غير معروفة");
    expect(() => decodeMap({ ...c, lat: c.lat.split(",").slice(1).join(",") })).toThrow("ناقصة");
    expect(() => decodeMap({ ...c, events: c.events.replace(/^[^,]+/, "!") })).toThrow("تالفة");
  });

  it("refuses a precision it cannot pack", () => {
    const data = places(1);
    data.places[0].precision = 4;
    expect(() => encodeMap(data)).toThrow("outside 0–3");
  });
});

