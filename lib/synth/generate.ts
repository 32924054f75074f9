// A synthetic but realistic data set for scale work: real places (and invented hamlets around
// them, marked as synthetic), the real actors of the knowledge base, events spread over 2012–2025
// with the war's rhythm, and short articles whose sentences carry every event with exact spans.
// Pure: knowledge and counts in, rows out.
import type { ActorEntry, PlaceEntry } from "../extract/types";
import { GOVERNORATE_BY_CODE } from "../extract/lexicon/governorates";
import { activeActors, type ActorArea } from "./actor-areas";
import { rng, type Rng } from "./random";
import { PLACE_PREFIXES, TEMPLATES, type Template } from "./templates";

export interface SynthPlace {
  key: string; nameAr: string; nameEn: string | null; kind: string; lat: number; lon: number; admin1: string; origin: string; geoPrecision: number;
}
export interface SynthActor { key: string; nameAr: string; nameEn: string | null; kind: string; affiliation: string | null; origin: string }
export interface SynthSpan { start: number; end: number; surface: string }
export interface SynthEvent {
  key: string; type: string; subType: string; date: string; datePrecision: number; placeKey: string; fatalities: number; injured: number;
  actors: { key: string; role: "actor1" | "actor2" }[]; sentence: SynthSpan; placeSpan: SynthSpan; actorSpans: { key: string; span: SynthSpan }[];
}
export interface SynthArticle { key: string; title: string; body: string; publishedAt: string; events: SynthEvent[] }

const START = Date.UTC(2012, 0, 1);
const END = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;
// Relative intensity by year, after the shape of the war's reported violence.
const YEAR_WEIGHT: Record<number, number> = { 2012: 6, 2013: 9, 2014: 10, 2015: 10, 2016: 9, 2017: 7, 2018: 6, 2019: 5, 2020: 3, 2021: 2, 2022: 2, 2023: 2, 2024: 3, 2025: 2 };

function randomDay(r: Rng): string {
  const years = Object.keys(YEAR_WEIGHT).map(Number);
  const y = years[r.weighted(years.map((y) => YEAR_WEIGHT[y]))];
  const ms = Math.min(END, Math.max(START, Date.UTC(y, 0, 1) + r.int(0, 364) * DAY));
  return new Date(ms).toISOString().slice(0, 10);
}

export function synthPlaces(real: PlaceEntry[], count: number, r: Rng): SynthPlace[] {
  const syrian = real.filter((p) => p.countryCode === "SY" && p.admin1 && Number.isFinite(p.lat) && p.kind !== "governorate" && p.kind !== "country");
  const out: SynthPlace[] = syrian.map((p) => ({
    key: p.key, nameAr: p.nameAr, nameEn: p.nameEn, kind: p.kind, lat: p.lat, lon: p.lon, admin1: p.admin1!, origin: p.origin, geoPrecision: p.precision,
  }));
  const roots = syrian.map((p) => p.nameAr.replace(/^ال/, "")).filter((n) => !n.includes(" "));
  const towns = syrian.filter((p) => p.kind === "town" || p.kind === "city" || p.kind === "village");
  for (let i = out.length; i < count; i++) {
    const near = r.pick(towns);
    const angle = r.next() * 2 * Math.PI;
    const km = 1 + r.next() * 7;
    out.push({
      key: `synth:place:${i}`, nameAr: `${r.pick(PLACE_PREFIXES)} ${r.pick(roots)}`, nameEn: null, kind: "village",
      lat: near.lat + (km / 111) * Math.sin(angle), lon: near.lon + (km / 92) * Math.cos(angle), admin1: near.admin1!, origin: "synthetic", geoPrecision: 1,
    });
  }
  return out;
}

/** Index i drawn with weight 1/(i+1)^s, by binary search over the cumulative weights. */
function zipf(n: number, s: number, r: Rng): () => number {
  const cum = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cum[i] = total += 1 / Math.pow(i + 1, s);
  return () => {
    const x = r.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function actorPools(actors: ActorEntry[]) {
  const by = (kinds: string[]) => actors.filter((a) => kinds.includes(a.kind));
  return {
    gov: by(["government_forces"]),
    armed: by(["armed_group"]),
    state: by(["state", "government_forces"]),
    civil: by(["civil_society", "political_body"]),
  };
}

function fill(text: string, values: Record<string, string>): { text: string; spans: Record<string, SynthSpan> } {
  let out = "";
  const spans: Record<string, SynthSpan> = {};
  let pos = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    out += text.slice(pos, m.index);
    const v = values[m[1]] ?? "";
    if (!spans[m[1]]) spans[m[1]] = { start: out.length, end: out.length + v.length, surface: v };
    out += v;
    pos = m.index! + m[0].length;
  }
  return { text: out + text.slice(pos), spans };
}

export interface SynthOptions {
  events: number; places: number; seed?: number; eventsPerArticle?: number;
  /** Where and when actors may appear (`--actors realistic`); without it any actor appears anywhere. */
  areas?: readonly ActorArea[];
}

/** Chooses an event's actor for a role: from the kind pool, narrowed to the actors active there and then when areas are given. */
function actorPicker(actors: ActorEntry[], areas: readonly ActorArea[] | undefined, r: Rng) {
  const pools = actorPools(actors);
  if (!areas) return (pool: keyof typeof pools) => () => r.pick(pools[pool].length ? pools[pool] : actors);
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const cache = new Map<string, { pools: Record<string, ActorEntry[]>; any: ActorEntry[] }>();
  const active = (gov: string, year: number) => {
    const id = `${gov}:${year}`;
    let c = cache.get(id);
    if (!c) {
      const any = activeActors(areas, gov, year).map((k) => byKey.get(k)).filter((a): a is ActorEntry => !!a);
      const p = actorPools(any);
      c = { pools: p, any };
      cache.set(id, c);
    }
    return c;
  };
  return (pool: keyof typeof pools, gov: string, year: number) => () => {
    const c = active(gov, year);
    const list = c.pools[pool].length ? c.pools[pool] : c.any;
    return list.length ? r.pick(list) : null;
  };
}

/**
 * The articles one by one, so a writer can stream a million events in batches without holding them
 * all: the same seed gives the same sequence whatever the consumer does with it.
 */
export function* synthArticles(places: SynthPlace[], actors: ActorEntry[], opts: SynthOptions, r: Rng): Generator<SynthArticle> {
  const pick = actorPicker(actors, opts.areas, r);
  const weights = TEMPLATES.map((t) => t.weight);
  // A few places see most of the events, as in the real war (Zipf-like).
  const pickPlace = zipf(places.length, 0.8, r);
  const order = places.map((_, i) => i).sort(() => r.next() - 0.5);
  const perArticle = opts.eventsPerArticle ?? 5;
  let n = 0;
  let count = 0;
  while (n < opts.events) {
    const size = Math.min(perArticle, opts.events - n);
    const day = randomDay(r);
    const title = `تقرير ميداني (بيانات اصطناعية) ${day} رقم ${count + 1}`;
    let body = `${title}\n`;
    const events: SynthEvent[] = [];
    for (let j = 0; j < size; j++, n++) {
      const t: Template = TEMPLATES[r.weighted(weights)];
      const place = places[order[pickPlace()]];
      const dayOf = () => new Date(Date.parse(day) - r.int(0, 2) * DAY).toISOString().slice(0, 10);
      // Realistic actors need the year first; without them the draws keep their old order, so a seed
      // gives the same data set as before this option existed.
      const early = opts.areas ? dayOf() : null;
      const year = Number((early ?? day).slice(0, 4));
      const a1 = pick(t.a1, place.admin1, year)();
      const a2 = t.a2 && t.a2 !== "civilians" ? pick(t.a2, place.admin1, year)() : null;
      const killed = t.killed ? r.tail(t.killed) : 0;
      const wounded = t.wounded ? r.tail(t.wounded) : 0;
      const gov = GOVERNORATE_BY_CODE.get(place.admin1)?.nameAr ?? "";
      const template = r.pick(t.text);
      const { text, spans } = fill(template, { a1: a1?.nameAr ?? "مسلحون مجهولون", a2: a2?.nameAr ?? "", p: place.nameAr, g: gov, n: String(Math.max(killed, 1)), w: String(Math.max(wounded, 1)) });
      const start = body.length;
      body += text + " ";
      const shift = (s: SynthSpan) => ({ ...s, start: s.start + start, end: s.end + start });
      const eventDay = early ?? dayOf();
      const withA1 = !!a1 && template.includes("{a1}");
      const withA2 = !!a2 && a2.key !== a1?.key && template.includes("{a2}");
      events.push({
        key: `synth:event:${n}`, type: t.type, subType: t.subType, date: eventDay, datePrecision: r.next() < 0.9 ? 1 : 2, placeKey: place.key,
        fatalities: template.includes("{n}") ? Math.max(killed, 1) : 0, injured: template.includes("{w}") ? Math.max(wounded, 1) : 0,
        // Only the actors the sentence names take part, as extraction would find them.
        actors: [
          ...(withA1 ? [{ key: a1.key, role: "actor1" as const }] : []),
          ...(withA2 ? [{ key: a2.key, role: "actor2" as const }] : []),
        ],
        sentence: { start, end: start + text.length, surface: text },
        placeSpan: shift(spans.p),
        actorSpans: [
          ...(withA1 && spans.a1 ? [{ key: a1.key, span: shift(spans.a1) }] : []),
          ...(withA2 && spans.a2 ? [{ key: a2.key, span: shift(spans.a2) }] : []),
        ],
      });
    }
    yield { key: `synth:article:${count}`, title, body: body.trimEnd(), publishedAt: day, events };
    count++;
  }
}

export interface SynthStream { places: SynthPlace[]; actors: SynthActor[]; articles: Iterable<SynthArticle>; events: number }

/** Places and actors at once (a few thousand rows), the articles as a stream. */
export function generateStream(realPlaces: PlaceEntry[], actors: ActorEntry[], opts: SynthOptions): SynthStream {
  const r = rng(opts.seed ?? 2011);
  const places = synthPlaces(realPlaces, opts.places, r);
  const allowed = opts.areas ? new Set(opts.areas.map((a) => `kb:${a.actor}`)) : null;
  const used = allowed ? actors.filter((a) => allowed.has(a.key)) : actors;
  const actorRows: SynthActor[] = used.map((a) => ({ key: a.key, nameAr: a.nameAr, nameEn: a.nameEn, kind: a.kind, affiliation: a.affiliation, origin: a.origin }));
  return { places, actors: actorRows, articles: synthArticles(places, used, opts, r), events: opts.events };
}

/** The whole data set in memory: for tests and small sets. */
export function generate(realPlaces: PlaceEntry[], actors: ActorEntry[], opts: SynthOptions) {
  const s = generateStream(realPlaces, actors, opts);
  return { places: s.places, actors: s.actors, articles: [...s.articles], events: s.events };
}
