// The map's places in columns instead of objects, so 10,000 places travel with the page: every
// integer column is one string of base-36 numbers (ids as differences, coordinates as offsets
// from the payload's south-west corner), the small fields are packed into one number, and names
// are indices into a dictionary of their words (Syrian place names share words: تل، كفر، عين،
// دير…). About 26 bytes a place where an object with key names took 187 (tests/unit/map-codec.test.ts). Pure, shared by the
// server (encode, in the route and the prefetch) and the browser (decode, in the query's
// `select`). See docs/decisions/0012-streaming-pages-compact-map.md.
import type { MapData, MapPlace } from "./api-types";

/** Coordinates travel as integers of 1/10,000 of a degree (about 11 m), enough for a town's dot. */
const SCALE = 10_000;
const PRECISIONS = 4;

export interface CompactMap {
  /** Format version: a client that reads another one refuses rather than misdraws. */
  v: 1;
  n: number;
  /** Place ids in ascending order, each as the difference from the one before. */
  id: string;
  /** The south-west corner, in 1/10,000 degree; lat and lon are offsets from it. */
  origin: [number, number];
  lat: string;
  lon: string;
  events: string;
  fatalities: string;
  /** ((type × kinds + kind) × 4 + precision) × (govs + 1) + gov, indices into the dictionaries (gov 0 = none). */
  code: string;
  /** Per place, its words as indices into `words` ("3.1f"), places separated by commas. */
  name: string;
  /** The names' words, most frequent first (so the most frequent get one-character indices). */
  words: string[];
  types: string[];
  kinds: string[];
  govs: string[];
  /** Per governorate: [code, events, fatalities]. */
  governorates: [string, number, number][];
  unlocated: number;
}

const column = (values: number[]) => values.map((v) => v.toString(36)).join(",");

function readColumn(s: string, n: number, what: string): number[] {
  const out = n === 0 ? [] : s.split(",").map((v) => parseInt(v, 36));
  if (out.length !== n || out.some((v) => !Number.isFinite(v))) throw new Error(`بيانات الخريطة ناقصة أو تالفة: العمود ${what}`);
  return out;
}

function dictionary(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort();
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

/** A place's fields that do not change with the filter: the map's places without their counts. */
export type PlaceStatics = Omit<MapPlace, "events" | "fatalities" | "type">;

/** The filter's numbers for each place of a list, in the list's order. */
export interface PlaceCounts { events: number[]; fatalities: number[]; types: string[] }

export function encodeMap(data: MapData): CompactMap {
  const places = [...data.places].sort((a, b) => a.id - b.id);
  const counts = { events: places.map((p) => p.events), fatalities: places.map((p) => p.fatalities), types: places.map((p) => p.type) };
  return encodeColumns(places, counts, data.governorates.map((g) => [g.code, g.events, g.fatalities]), data.unlocated);
}

/** The columns of everything but the counts: ids, coordinates, names and the part of the code that is
 * the place's own (kind, precision, governorate). The code of a place is
 * type × span + own, which is ((type × kinds + kind) × 4 + precision) × (govs + 1) + gov. */
interface Statics { id: string; origin: [number, number]; lat: string; lon: string; name: string; words: string[]; kinds: string[]; govs: string[]; own: number[]; span: number }

// The statics of the last list encoded. The data layer hands the same place objects until a place's
// map fields change (lib/data/map.ts), and between two writes a map's places are mostly the same
// ones (a new event changes counts), so after a write only the three count columns are encoded:
// building all of them took ~25 ms for 10,000 places, comparing the lists well under one.
let lastStatics: { places: readonly PlaceStatics[]; statics: Statics } | null = null;

function staticsOf(places: readonly PlaceStatics[]): Statics {
  if (lastStatics && lastStatics.places.length === places.length && lastStatics.places.every((p, i) => p === places[i])) return lastStatics.statics;
  const kinds = dictionary(places.map((p) => p.kind));
  const govs = dictionary(places.flatMap((p) => (p.admin1 ? [p.admin1] : [])));
  const { words, column: name } = encodeNames(places.map((p) => p.name));
  const lat = places.map((p) => Math.round(p.lat * SCALE));
  const lon = places.map((p) => Math.round(p.lon * SCALE));
  const origin: [number, number] = places.length ? [lat.reduce((a, b) => Math.min(a, b)), lon.reduce((a, b) => Math.min(a, b))] : [0, 0];
  let last = 0;
  const ids: number[] = [];
  const own: number[] = [];
  for (const p of places) {
    if (!Number.isInteger(p.precision) || p.precision < 0 || p.precision >= PRECISIONS) throw new Error(`map codec: precision ${p.precision} of place ${p.id} is outside 0–3`);
    if (p.id <= last && ids.length) throw new Error(`map codec: place ${p.id} is out of ascending id order`);
    ids.push(p.id - last);
    last = p.id;
    own.push((kinds.index.get(p.kind)! * PRECISIONS + p.precision) * (govs.list.length + 1) + (p.admin1 ? govs.index.get(p.admin1)! + 1 : 0));
  }
  const statics: Statics = {
    id: column(ids), origin, lat: column(lat.map((v) => v - origin[0])), lon: column(lon.map((v) => v - origin[1])),
    name, words, kinds: kinds.list, govs: govs.list, own, span: kinds.list.length * PRECISIONS * (govs.list.length + 1),
  };
  lastStatics = { places: [...places], statics };
  return statics;
}

/** The compact map of `places` (ascending id) with the filter's `counts` in the same order. */
export function encodeColumns(places: readonly PlaceStatics[], counts: PlaceCounts, governorates: [string, number, number][], unlocated: number): CompactMap {
  const s = staticsOf(places);
  const types = dictionary(counts.types);
  const code = counts.types.map((t, i) => types.index.get(t)! * s.span + s.own[i]);
  return {
    v: 1, n: places.length, id: s.id, origin: s.origin, lat: s.lat, lon: s.lon,
    events: column(counts.events), fatalities: column(counts.fatalities), code: column(code),
    name: s.name, words: s.words, types: types.list, kinds: s.kinds, govs: s.govs, governorates, unlocated,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

// The names of the last map encoded and decoded. Between two writes a map's places, and so its names,
// are mostly the same (a new event changes counts, not names), and the names' dictionary was most of
// the ~30 ms it took to encode 10,000 places and of the ~20 ms to decode them. Comparing is well under 1 ms.
let lastEncoded: { names: string[]; words: string[]; column: string } | null = null;
let lastDecoded: { column: string; words: string[]; names: string[] } | null = null;

function encodeNames(names: string[]): { words: string[]; column: string } {
  if (lastEncoded && sameList(lastEncoded.names, names)) return lastEncoded;
  const frequency = new Map<string, number>();
  for (const name of names) for (const w of name.split(" ")) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const words = [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const column = names.map((name) => name.split(" ").map((w) => wordIndex.get(w)!.toString(36)).join(".")).join(",");
  lastEncoded = { names, words, column };
  return lastEncoded;
}

function decodeNames(c: CompactMap): string[] {
  if (lastDecoded && lastDecoded.column === c.name && sameList(lastDecoded.words, c.words)) return lastDecoded.names;
  const names = c.n === 0 ? [] : c.name.split(",").map((code) => code.split(".").map((w) => c.words[parseInt(w, 36)]).join(" "));
  if (names.length !== c.n) throw new Error("بيانات الخريطة ناقصة أو تالفة: العمود name");
  lastDecoded = { column: c.name, words: c.words, names };
  return names;
}

// The last map decoded, and what it decoded to. The server renders the page's map panel on every
// request (TanStack's `select` runs during the server render too) from a fresh copy of the same
// payload: decoding 10,000 places took ~20 ms, comparing the columns takes well under one.
let last: { c: CompactMap; data: MapData } | null = null;

const sameMap = (a: CompactMap, b: CompactMap) =>
  a === b ||
  (a.n === b.n && a.id === b.id && a.lat === b.lat && a.lon === b.lon && a.events === b.events && a.fatalities === b.fatalities &&
    a.code === b.code && a.name === b.name && a.unlocated === b.unlocated && a.origin.join() === b.origin.join() &&
    JSON.stringify([a.words, a.types, a.kinds, a.govs, a.governorates]) === JSON.stringify([b.words, b.types, b.kinds, b.govs, b.governorates]));

/** The places of a compact map. The answer may be shared with an earlier call on an equal map: treat it as read-only. */
export function decodeMap(c: CompactMap): MapData {
  if (last && c?.v === 1 && sameMap(last.c, c)) return last.data;
  const data = decodeFresh(c);
  last = { c, data };
  return data;
}

function decodeFresh(c: CompactMap): MapData {
  if (c?.v !== 1) throw new Error("بيانات الخريطة بصيغة غير معروفة");
  const n = c.n;
  const ids = readColumn(c.id, n, "id");
  const lat = readColumn(c.lat, n, "lat");
  const lon = readColumn(c.lon, n, "lon");
  const events = readColumn(c.events, n, "events");
  const fatalities = readColumn(c.fatalities, n, "fatalities");
  const codes = readColumn(c.code, n, "code");
  const names = decodeNames(c);
  const g = c.govs.length + 1;
  const k = c.kinds.length;
  const places: MapPlace[] = new Array(n);
  let id = 0;
  for (let i = 0; i < n; i++) {
    id += ids[i];
    let code = codes[i];
    const gov = code % g;
    code = (code - gov) / g;
    const precision = code % PRECISIONS;
    code = (code - precision) / PRECISIONS;
    const kind = code % k;
    const type = (code - kind) / k;
    places[i] = {
      id, name: names[i],
      lat: (lat[i] + c.origin[0]) / SCALE, lon: (lon[i] + c.origin[1]) / SCALE, precision, kind: c.kinds[kind], admin1: gov ? c.govs[gov - 1] : null,
      events: events[i], fatalities: fatalities[i], type: c.types[type],
    };
  }
  // The order the server's fetchMap gives: most events first, then by id.
  places.sort((a, b) => b.events - a.events || a.id - b.id);
  return { places, governorates: c.governorates.map(([code, ev, fat]) => ({ code, events: ev, fatalities: fat })), unlocated: c.unlocated };
}
