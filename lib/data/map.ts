// Places of the filtered events, with counts, fatalities and the dominant type, and the same per
// governorate for shading.
import "server-only";
import type { MapData, MapPlace } from "../api-types";
import { encodeMap, type CompactMap } from "../map-codec";
import { db, dialect } from "../db";
import type { Filters } from "../filters";
import { cachedByGeneration, cachedByKey } from "./cache";
import { rollupCanAnswer, rollupSqlWhere } from "./rollup";
import { sqlWhere } from "./sql-where";

const MAX_IN = 500;

type Group = { placeId: number; type: string; events: number; fatalities: number };
type GovGroup = { code: string; events: number; fatalities: number };
type Counts = { groups: Group[]; byGov: GovGroup[]; total: number };

/** Events and fatalities per place × type and per governorate, from the roll-up (lib/data/rollup.ts). */
export async function countsFromRollup(f: Filters): Promise<Counts> {
  // Raw SQL, not the ORM's groupBy: at 1,000,000 events there are tens of thousands of place × type
  // groups, which the ORM turned into nested objects one by one.
  const where = rollupSqlWhere(f);
  type Num = number | bigint;
  const [groups, byGov, total] = await Promise.all([
    db.$queryRaw<{ placeId: Num; type: string; n: Num | null; k: Num | null }[]>`
      SELECT r."placeId" AS "placeId", r."type" AS type, SUM(r."events") AS n, SUM(r."fatalities") AS k FROM "EventRollup" r WHERE r."placeId" <> 0 AND ${where} GROUP BY 1, 2`,
    db.$queryRaw<{ code: string; n: Num | null; k: Num | null }[]>`
      SELECT r."admin1" AS code, SUM(r."events") AS n, SUM(r."fatalities") AS k FROM "EventRollup" r WHERE r."admin1" <> '' AND ${where} GROUP BY 1`,
    db.$queryRaw<{ n: Num | null }[]>`SELECT SUM(r."events") AS n FROM "EventRollup" r WHERE ${where}`,
  ]);
  return {
    groups: groups.map((g) => ({ placeId: Number(g.placeId), type: g.type, events: Number(g.n ?? 0), fatalities: Number(g.k ?? 0) })),
    byGov: byGov.map((g) => ({ code: g.code, events: Number(g.n ?? 0), fatalities: Number(g.k ?? 0) })),
    total: Number(total[0]?.n ?? 0),
  };
}

/** The same, from the event table (the SQL filter: FTS5 / pg_trgm for text): for the filters the roll-up cannot answer. */
export async function countsFromEvents(f: Filters): Promise<Counts> {
  const where = sqlWhere(f, dialect);
  type Num = number | bigint;
  const [groups, byGov, total] = await Promise.all([
    db.$queryRaw<{ placeId: Num; type: string; n: Num; k: Num | null }[]>`
      SELECT e."placeId" AS "placeId", e."type" AS type, COUNT(*) AS n, SUM(e."fatalities") AS k FROM "Event" e WHERE e."placeId" IS NOT NULL AND ${where} GROUP BY 1, 2`,
    db.$queryRaw<{ code: string; n: Num; k: Num | null }[]>`
      SELECT e."admin1" AS code, COUNT(*) AS n, SUM(e."fatalities") AS k FROM "Event" e WHERE e."admin1" IS NOT NULL AND ${where} GROUP BY 1`,
    db.$queryRaw<{ n: Num }[]>`SELECT COUNT(*) AS n FROM "Event" e WHERE ${where}`,
  ]);
  return {
    groups: groups.map((g) => ({ placeId: Number(g.placeId), type: g.type, events: Number(g.n), fatalities: Number(g.k ?? 0) })),
    byGov: byGov.map((g) => ({ code: g.code, events: Number(g.n), fatalities: Number(g.k ?? 0) })),
    total: Number(total[0]?.n ?? 0),
  };
}

const LOCATED = { lat: { not: null }, lon: { not: null } };
const PLACE_FIELDS = { id: true, nameAr: true, lat: true, lon: true, geoPrecision: true, kind: true, admin1: true } as const;
const locatedPlaces = () => cachedByKey("located-places", () => db.place.findMany({ where: LOCATED, select: PLACE_FIELDS }));

export const fetchMap = (f: Filters) => cachedByGeneration("map", f, () => loadMap(f));

/** The map in columns (lib/map-codec.ts), as the page and /api/map send it: encoding 10,000 places
 * took ~35 ms, so the encoded form is kept per write generation too. */
export const fetchCompactMap = (f: Filters): Promise<CompactMap> => cachedByGeneration("map-compact", f, async () => encodeMap(await fetchMap(f)));

async function loadMap(f: Filters): Promise<MapData> {
  const { groups, byGov, total } = await (rollupCanAnswer(f) ? countsFromRollup(f) : countsFromEvents(f));
  const agg = new Map<number, { events: number; fatalities: number; type: string; typeCount: number }>();
  // Groups in a fixed order, so a tie between two types picks the same dominant type on both paths.
  groups.sort((a, b) => a.placeId - b.placeId || a.type.localeCompare(b.type));
  for (const g of groups) {
    const a = agg.get(g.placeId) ?? { events: 0, fatalities: 0, type: g.type, typeCount: 0 };
    a.events += g.events;
    a.fatalities += g.fatalities;
    if (g.events > a.typeCount) Object.assign(a, { type: g.type, typeCount: g.events });
    agg.set(g.placeId, a);
  }
  const ids = [...agg.keys()];
  // Past a few hundred ids, every located place (read once per write generation: ~10,000 rows with
  // their names cost more than the counts), where an IN list would hit the parameter limit.
  const rows = ids.length <= MAX_IN ? await db.place.findMany({ where: { id: { in: ids }, ...LOCATED }, select: PLACE_FIELDS }) : await locatedPlaces();
  const places: MapPlace[] = [];
  for (const p of rows) {
    const a = agg.get(p.id);
    if (a) places.push({ id: p.id, name: p.nameAr, lat: p.lat!, lon: p.lon!, precision: p.geoPrecision, kind: p.kind, admin1: p.admin1, events: a.events, fatalities: a.fatalities, type: a.type });
  }
  places.sort((a, b) => b.events - a.events || a.id - b.id);
  // Events with no place, or a place without coordinates, are counted, never drawn.
  const unlocated = total - places.reduce((s, p) => s + p.events, 0);
  return {
    places,
    governorates: byGov.sort((a, b) => a.code.localeCompare(b.code)),
    unlocated,
  };
}
