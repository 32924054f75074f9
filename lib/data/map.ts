// Places of the filtered events, with counts, fatalities and the dominant type, and the same per
// governorate for shading; the summary they come from (docs/decisions/0020-coarse-rollups.md).
import "server-only";
import type { MapData, MapPlace } from "../api-types";
import { encodeColumns, type CompactMap, type PlaceStatics } from "../map-codec";
import { db, dialect } from "../db";
import { Prisma } from "../generated/sqlite/client";
import { EVENT_TYPES } from "../event-types";
import type { Filters } from "../filters";
import { cachedByGeneration, cachedByPlaces } from "./cache";
import { jsonRows, parseJson, type Json } from "./json-rows";
import { actorRollupAnswers, placeRollupAnswers, rollupSql, yearSplit, type YearSplit } from "./rollup";
import { eventsOf, sqlWhere } from "./sql-where";

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


/** One cell: events and fatalities of one type at a place (0: none) in a governorate ("": none). */
export type Cell = [placeId: number, admin1: string, type: string, events: number, fatalities: number];

export function summarise(cells: Iterable<Cell>): Summary {
  // Per place its events of each type seen (types indexed as met): one small array a place, not a Map.
  const typeIndex = new Map<string, number>();
  const typeNames: string[] = [];
  const typeTotals: [number, number][] = [];
  const byPlace = new Map<number, { events: number; fatalities: number; byType: number[] }>();
  const byGov = new Map<string, [number, number]>();
  let [events, fatalities] = [0, 0];
  for (const [id, admin1, type, n, k] of cells) {
    events += n;
    fatalities += k;
    let t = typeIndex.get(type);
    if (t === undefined) {
      t = typeNames.push(type) - 1;
      typeIndex.set(type, t);
      typeTotals.push([0, 0]);
    }
    typeTotals[t][0] += n;
    typeTotals[t][1] += k;
    if (admin1) {
      const g = byGov.get(admin1) ?? byGov.set(admin1, [0, 0]).get(admin1)!;
      g[0] += n;
      g[1] += k;
    }
    if (!id) continue;
    const p = byPlace.get(id) ?? byPlace.set(id, { events: 0, fatalities: 0, byType: [] }).get(id)!;
    p.events += n;
    p.fatalities += k;
    // A place's events of one type may sit in two governorates' rows: the dominant type is chosen on their sum.
    p.byType[t] = (p.byType[t] ?? 0) + n;
  }
  const places: Summary["places"] = [];
  for (const [id, p] of byPlace) {
    let top = -1;
    for (let t = 0; t < p.byType.length; t++) {
      const n = p.byType[t];
      if (n !== undefined && (top < 0 || n > p.byType[top] || (n === p.byType[top] && typeNames[t] < typeNames[top]))) top = t;
    }
    places.push([id, p.events, p.fatalities, typeNames[top]]);
  }
  return {
    places,
    govs: [...byGov].map(([code, [n, k]]) => [code, n, k]),
    types: typeNames.map((type, t) => [type, typeTotals[t][0], typeTotals[t][1]]),
    events, fatalities,
  };
}

/** The cells of RollupPlace (no date in the filter), of RollupPlaceYear (the whole `years` of a
 * range) or of RollupActorPlace (an actor, no date): a row per place and governorate (and year, or
 * actor), its types in columns, so a million events are ~10,000 rows, a year of two governorates a
 * few thousand, the busiest actor ~6,000. */
async function rollupCells(f: Filters, from: { years: YearSplit["years"] } | "place" | "actor"): Promise<Cell[]> {
  const types = f.type.length ? EVENT_TYPES.filter((t) => f.type.includes(t.slug)) : EVENT_TYPES;
  const columns = types.flatMap((t) => [Prisma.raw(`r."events_${t.slug}"`), Prisma.raw(`r."fatalities_${t.slug}"`)]);
  const table = Prisma.raw(from === "place" ? `"RollupPlace"` : from === "actor" ? `"RollupActorPlace"` : `"RollupPlaceYear"`);
  const where = rollupSql(f, { place: true, typesInColumns: true, actor: from === "actor", years: typeof from === "object" ? from.years : undefined });
  const [row] = await db.$queryRaw<{ cells: Json<(number | string)[][]> }[]>`
    SELECT ${jsonRows(Prisma.sql`r."placeId", r."admin1", ${Prisma.join(columns)}`)} AS cells FROM ${table} r WHERE ${where}`;
  const cells: Cell[] = [];
  for (const [id, admin1, ...counts] of parseJson(row.cells, [])) {
    types.forEach((t, i) => {
      const n = Number(counts[2 * i]);
      if (n) cells.push([Number(id), String(admin1), t.acled, n, Number(counts[2 * i + 1])]);
    });
  }
  return cells;
}

/** The cells of the event table (the SQL filter: FTS5 / pg_trgm for text), through its covering indexes. */
async function eventCells(f: Filters): Promise<Cell[]> {
  const [row] = await db.$queryRaw<{ cells: Json<[number, string, string, number, number][]> }[]>`
    SELECT ${jsonRows(Prisma.sql`"placeId", admin1, type, n, k`)} AS cells FROM (
      SELECT COALESCE(e."placeId", 0) AS "placeId", COALESCE(e."admin1", '') AS admin1, e."type" AS type, COUNT(*) AS n, COALESCE(SUM(e."fatalities"), 0) AS k
      FROM ${eventsOf(f, dialect)} WHERE ${sqlWhere(f, dialect)} GROUP BY 1, 2, 3) c`;
  return parseJson(row.cells, []).map(([id, admin1, type, n, k]) => [Number(id), admin1, type, Number(n), Number(k)]);
}

/** Whether a roll-up answers the filter's summary (lib/data/rollup.ts): no date (RollupPlace), a
 * range with a whole year (RollupPlaceYear, the days at its ends from the events), or an actor without
 * dates (RollupActorPlace). */
export const summaryRollupAnswers = (f: Filters): boolean => placeRollupAnswers(f) || yearSplit(f) !== null || actorRollupAnswers(f);

/** The summary from the roll-ups (summaryRollupAnswers must hold): the tests compare it with summaryFromEvents. */
export async function summaryFromRollup(f: Filters): Promise<Summary> {
  if (placeRollupAnswers(f)) return summarise(await rollupCells(f, "place"));
  if (actorRollupAnswers(f)) return summarise(await rollupCells(f, "actor"));
  const split = yearSplit(f)!;
  const parts = await Promise.all([rollupCells(f, { years: split.years }), ...split.edges.map((e) => eventCells({ ...f, from: e.from, to: e.to }))]);
  return summarise(parts.flat());
}

/** The same from the event table alone. */
export const summaryFromEvents = async (f: Filters): Promise<Summary> => summarise(await eventCells(f));

/** The summary of a filter, once per write generation: the map and the overview's figures both read it. */
export const fetchSummary = (f: Filters): Promise<Summary> => cachedByGeneration("summary", f, () => (summaryRollupAnswers(f) ? summaryFromRollup(f) : summaryFromEvents(f)));

type LocatedPlace = PlaceStatics;
/** Every place with coordinates by id (in ascending id order), read again only when a place's map
 * fields change (cachedByPlaces), as JSON in one row (10,000 places: ~25 ms as ORM objects). Until
 * then the same objects are handed out, which lets the codec reuse their columns (lib/map-codec.ts). */
const locatedPlaces = () => cachedByPlaces("located-places", async (): Promise<Map<number, LocatedPlace>> => {
  const [r] = await db.$queryRaw<{ places: Json<[number, string, number, number, number, string, string | null][]> }[]>`
    SELECT ${jsonRows(Prisma.sql`p."id", p."nameAr", p."lat", p."lon", p."geoPrecision", p."kind", p."admin1"`)} AS places FROM "Place" p WHERE p."lat" IS NOT NULL AND p."lon" IS NOT NULL`;
  const list = parseJson(r.places, []).map(([id, name, lat, lon, precision, kind, admin1]): LocatedPlace => ({ id, name, lat, lon, precision, kind, admin1 }));
  return new Map(list.sort((a, b) => a.id - b.id).map((p) => [p.id, p]));
});

/** The summary's places that can be drawn (ascending id) with their counts, the governorates and
 * the events that cannot be drawn: events with no place, or a place without coordinates, are counted, never drawn. */
async function drawable(f: Filters) {
  const [summary, located] = await Promise.all([fetchSummary(f), locatedPlaces()]);
  const rows = summary.places.filter(([id]) => located.has(id)).sort((a, b) => a[0] - b[0]);
  const drawn = rows.reduce((sum, r) => sum + r[1], 0);
  const governorates = summary.govs.slice().sort((a, b) => a[0].localeCompare(b[0]));
  return { places: rows.map(([id]) => located.get(id)!), rows, governorates, unlocated: summary.events - drawn };
}

export const fetchMap = (f: Filters) => cachedByGeneration("map", f, () => loadMap(f));

/** The map in columns (lib/map-codec.ts), as the page and /api/map send it, encoded from the summary
 * without building a place object each (the objects and their encoding took ~55 ms at 10,000 places). */
export const fetchCompactMap = (f: Filters): Promise<CompactMap> => cachedByGeneration("map-compact", f, async () => {
  const { places, rows, governorates, unlocated } = await drawable(f);
  const counts = { events: rows.map((r) => r[1]), fatalities: rows.map((r) => r[2]), types: rows.map((r) => r[3]) };
  return encodeColumns(places, counts, governorates, unlocated);
});

async function loadMap(f: Filters): Promise<MapData> {
  const { places, rows, governorates, unlocated } = await drawable(f);
  const out: MapPlace[] = places.map((p, i) => ({ ...p, events: rows[i][1], fatalities: rows[i][2], type: rows[i][3] }));
  out.sort((a, b) => b.events - a.events || a.id - b.id);
  return { places: out, governorates: governorates.map(([code, events, fatalities]) => ({ code, events, fatalities })), unlocated };
}
