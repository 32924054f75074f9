// Places of the filtered events, with counts, fatalities and the dominant type, and the same per
// governorate for shading; the summary they come from (docs/decisions/0020-coarse-rollups.md).
import "server-only";
import type { MapData, MapPlace } from "../api-types";
import { encodeMap, type CompactMap } from "../map-codec";
import { db, dialect } from "../db";
import { Prisma } from "../generated/sqlite/client";
import { EVENT_TYPES } from "../event-types";
import type { Filters } from "../filters";
import { cachedByGeneration, cachedByPlaces } from "./cache";
import { placeRollupAnswers, rollupSql } from "./rollup";
import { sqlWhere } from "./sql-where";

/** A filter's events summed per place (with the type of most of its events: on a tie the first by
 * name), per governorate, per type and in all: what the map, the overview's figures and the breakdown
 * charts show. The database sends the cells back as JSON in one row: Prisma made an object of each
 * row (52,000 place × type rows at a million events: ~100 ms). */
export interface Summary {
  /** [placeId, events, fatalities, dominant type], in no particular order. */
  places: [number, number, number, string][];
  /** [governorate, events, fatalities]. */
  govs: [string, number, number][];
  /** [ACLED type, events, fatalities]. */
  types: [string, number, number][];
  events: number;
  fatalities: number;
}

type Json<T> = T | string | null;
const parse = <T>(v: Json<T>, empty: T): T => (v === null ? empty : typeof v === "string" ? (JSON.parse(v) as T) : v);
const jsonRows = (row: Prisma.Sql) => (dialect === "postgres" ? Prisma.sql`json_agg(json_build_array(${row}))` : Prisma.sql`json_group_array(json_array(${row}))`);

/** One cell: events and fatalities of one type at a place (0: none) in a governorate ("": none). */
type Cell = [placeId: number, admin1: string, type: string, events: number, fatalities: number];

function summarise(cells: Iterable<Cell>): Summary {
  const byPlace = new Map<number, { events: number; fatalities: number; type: string; top: number; byType: Map<string, number> }>();
  const byGov = new Map<string, [number, number]>();
  const byType = new Map<string, [number, number]>();
  let [events, fatalities] = [0, 0];
  for (const [id, admin1, type, n, k] of cells) {
    events += n;
    fatalities += k;
    const ty = byType.get(type) ?? byType.set(type, [0, 0]).get(type)!;
    ty[0] += n;
    ty[1] += k;
    if (admin1) {
      const g = byGov.get(admin1) ?? byGov.set(admin1, [0, 0]).get(admin1)!;
      g[0] += n;
      g[1] += k;
    }
    if (!id) continue;
    const p = byPlace.get(id) ?? byPlace.set(id, { events: 0, fatalities: 0, type, top: 0, byType: new Map() }).get(id)!;
    p.events += n;
    p.fatalities += k;
    // A place's events of one type may sit in two governorates' rows: the dominant type is chosen on their sum.
    const typeEvents = (p.byType.get(type) ?? 0) + n;
    p.byType.set(type, typeEvents);
    if (typeEvents > p.top || (typeEvents === p.top && type < p.type)) Object.assign(p, { type, top: typeEvents });
  }
  return {
    places: [...byPlace].map(([id, p]) => [id, p.events, p.fatalities, p.type]),
    govs: [...byGov].map(([code, [n, k]]) => [code, n, k]),
    types: [...byType].map(([type, [n, k]]) => [type, n, k]),
    events, fatalities,
  };
}

/** The summary from RollupPlace (lib/data/rollup.ts: filters without dates): a row per place and
 * governorate, its types in columns, so a million events are ~10,000 rows. */
export async function summaryFromRollup(f: Filters): Promise<Summary> {
  const types = f.type.length ? EVENT_TYPES.filter((t) => f.type.includes(t.slug)) : EVENT_TYPES;
  const columns = types.flatMap((t) => [Prisma.raw(`r."events_${t.slug}"`), Prisma.raw(`r."fatalities_${t.slug}"`)]);
  const [row] = await db.$queryRaw<{ cells: Json<(number | string)[][]> }[]>`
    SELECT ${jsonRows(Prisma.sql`r."placeId", r."admin1", ${Prisma.join(columns)}`)} AS cells FROM "RollupPlace" r WHERE ${rollupSql(f, { place: true, typesInColumns: true })}`;
  const cells: Cell[] = [];
  for (const [id, admin1, ...counts] of parse(row.cells, [])) {
    types.forEach((t, i) => {
      const n = Number(counts[2 * i]);
      if (n) cells.push([Number(id), String(admin1), t.acled, n, Number(counts[2 * i + 1])]);
    });
  }
  return summarise(cells);
}

/** The same from the event table (the SQL filter: FTS5 / pg_trgm for text), through its covering indexes. */
export async function summaryFromEvents(f: Filters): Promise<Summary> {
  const [row] = await db.$queryRaw<{ cells: Json<[number, string, string, number, number][]> }[]>`
    SELECT ${jsonRows(Prisma.sql`"placeId", admin1, type, n, k`)} AS cells FROM (
      SELECT COALESCE(e."placeId", 0) AS "placeId", COALESCE(e."admin1", '') AS admin1, e."type" AS type, COUNT(*) AS n, COALESCE(SUM(e."fatalities"), 0) AS k
      FROM "Event" e WHERE ${sqlWhere(f, dialect)} GROUP BY 1, 2, 3) c`;
  return summarise(parse(row.cells, []).map(([id, admin1, type, n, k]) => [Number(id), admin1, type, Number(n), Number(k)]));
}

/** The summary of a filter, once per write generation: the map and the overview's figures both read it. */
export const fetchSummary = (f: Filters): Promise<Summary> => cachedByGeneration("summary", f, () => (placeRollupAnswers(f) ? summaryFromRollup(f) : summaryFromEvents(f)));

type LocatedPlace = Omit<MapPlace, "events" | "fatalities" | "type">;
/** Every place with coordinates, read again only when a place's map fields change (cachedByPlaces),
 * as JSON in one row (10,000 places: ~25 ms as ORM objects). */
const locatedPlaces = () => cachedByPlaces("located-places", async (): Promise<LocatedPlace[]> => {
  const [r] = await db.$queryRaw<{ places: Json<[number, string, number, number, number, string, string | null][]> }[]>`
    SELECT ${jsonRows(Prisma.sql`p."id", p."nameAr", p."lat", p."lon", p."geoPrecision", p."kind", p."admin1"`)} AS places FROM "Place" p WHERE p."lat" IS NOT NULL AND p."lon" IS NOT NULL`;
  return parse(r.places, []).map(([id, name, lat, lon, precision, kind, admin1]) => ({ id, name, lat, lon, precision, kind, admin1 }));
});

export const fetchMap = (f: Filters) => cachedByGeneration("map", f, () => loadMap(f));

/** The map in columns (lib/map-codec.ts), as the page and /api/map send it: encoding 10,000 places
 * took ~35 ms, so the encoded form is kept per write generation too. */
export const fetchCompactMap = (f: Filters): Promise<CompactMap> => cachedByGeneration("map-compact", f, async () => encodeMap(await fetchMap(f)));

async function loadMap(f: Filters): Promise<MapData> {
  const summary = await fetchSummary(f);
  const located = new Map((await locatedPlaces()).map((p) => [p.id, p]));
  const places: MapPlace[] = [];
  for (const [id, events, fatalities, type] of summary.places) {
    const p = located.get(id);
    if (p) places.push({ ...p, events, fatalities, type });
  }
  places.sort((a, b) => b.events - a.events || a.id - b.id);
  // Events with no place, or a place without coordinates, are counted, never drawn.
  const unlocated = summary.events - places.reduce((s, p) => s + p.events, 0);
  return {
    places,
    governorates: summary.govs.map(([code, events, fatalities]) => ({ code, events, fatalities })).sort((a, b) => a.code.localeCompare(b.code)),
    unlocated,
  };
}
