// Places of the filtered events, with counts, fatalities and the dominant type, and the same per
// governorate for shading.
import "server-only";
import type { MapData, MapPlace } from "../api-types";
import { db } from "../db";
import type { Filters } from "../filters";
import { eventWhere } from "./where";

const CHUNK = 5000;

export async function fetchMap(f: Filters): Promise<MapData> {
  const where = eventWhere(f);
  const [groups, byGov, unlocated] = await Promise.all([
    db.event.groupBy({ by: ["placeId", "type"], where: { AND: [where, { placeId: { not: null } }] }, _count: { _all: true }, _sum: { fatalities: true } }),
    db.event.groupBy({ by: ["admin1"], where: { AND: [where, { admin1: { not: null } }] }, _count: { _all: true }, _sum: { fatalities: true } }),
    db.event.count({ where: { AND: [where, { OR: [{ lat: null }, { lon: null }] }] } }),
  ]);
  const agg = new Map<number, { events: number; fatalities: number; type: string; typeCount: number }>();
  for (const g of groups) {
    const a = agg.get(g.placeId!) ?? { events: 0, fatalities: 0, type: g.type, typeCount: 0 };
    a.events += g._count._all;
    a.fatalities += g._sum.fatalities ?? 0;
    if (g._count._all > a.typeCount) Object.assign(a, { type: g.type, typeCount: g._count._all });
    agg.set(g.placeId!, a);
  }
  const ids = [...agg.keys()];
  const places: MapPlace[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.place.findMany({
      where: { id: { in: ids.slice(i, i + CHUNK) }, lat: { not: null }, lon: { not: null } },
      select: { id: true, nameAr: true, lat: true, lon: true, geoPrecision: true, kind: true, admin1: true },
    });
    for (const p of rows) {
      const a = agg.get(p.id)!;
      places.push({ id: p.id, name: p.nameAr, lat: p.lat!, lon: p.lon!, precision: p.geoPrecision, kind: p.kind, admin1: p.admin1, events: a.events, fatalities: a.fatalities, type: a.type });
    }
  }
  places.sort((a, b) => b.events - a.events || a.id - b.id);
  return {
    places,
    governorates: byGov.map((g) => ({ code: g.admin1!, events: g._count._all, fatalities: g._sum.fatalities ?? 0 })),
    unlocated,
  };
}
