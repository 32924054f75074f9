// A synthetic but realistic data set for scale work: real places (and invented hamlets around
// them, marked as synthetic), the real actors of the knowledge base, events spread over 2012–2025
// with the war's rhythm, and short articles whose sentences carry every event with exact spans.
// Pure: knowledge and counts in, rows out.
import type { ActorEntry, PlaceEntry } from "../extract/types";
import { GOVERNORATE_BY_CODE } from "../extract/lexicon/governorates";
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

export interface SynthOptions { events: number; places: number; seed?: number; eventsPerArticle?: number }

export function generate(realPlaces: PlaceEntry[], actors: ActorEntry[], opts: SynthOptions) {
  const r = rng(opts.seed ?? 2011);
  const places = synthPlaces(realPlaces, opts.places, r);
  const pools = actorPools(actors);
  const weights = TEMPLATES.map((t) => t.weight);
  // A few places see most of the events, as in the real war (Zipf-like).
  const pickPlace = zipf(places.length, 0.8, r);
  const order = places.map((_, i) => i).sort(() => r.next() - 0.5);
  const perArticle = opts.eventsPerArticle ?? 5;
  const articles: SynthArticle[] = [];
  let n = 0;
  while (n < opts.events) {
    const size = Math.min(perArticle, opts.events - n);
    const day = randomDay(r);
    const title = `تقرير ميداني (بيانات اصطناعية) ${day} رقم ${articles.length + 1}`;
    let body = `${title}\n`;
    const events: SynthEvent[] = [];
    for (let j = 0; j < size; j++, n++) {
      const t: Template = TEMPLATES[r.weighted(weights)];
      const place = places[order[pickPlace()]];
      const a1 = r.pick(pools[t.a1].length ? pools[t.a1] : actors);
      const a2 = t.a2 && t.a2 !== "civilians" ? r.pick(pools[t.a2].length ? pools[t.a2] : actors) : null;
      const killed = t.killed ? r.tail(t.killed) : 0;
      const wounded = t.wounded ? r.tail(t.wounded) : 0;
      const gov = GOVERNORATE_BY_CODE.get(place.admin1)?.nameAr ?? "";
      const template = r.pick(t.text);
      const { text, spans } = fill(template, { a1: a1.nameAr, a2: a2?.nameAr ?? "", p: place.nameAr, g: gov, n: String(Math.max(killed, 1)), w: String(Math.max(wounded, 1)) });
      const start = body.length;
      body += text + " ";
      const shift = (s: SynthSpan) => ({ ...s, start: s.start + start, end: s.end + start });
      const eventDay = new Date(Date.parse(day) - r.int(0, 2) * DAY).toISOString().slice(0, 10);
      events.push({
        key: `synth:event:${n}`, type: t.type, subType: t.subType, date: eventDay, datePrecision: r.next() < 0.9 ? 1 : 2, placeKey: place.key,
        fatalities: template.includes("{n}") ? Math.max(killed, 1) : 0, injured: template.includes("{w}") ? Math.max(wounded, 1) : 0,
        // Only the actors the sentence names take part, as extraction would find them.
        actors: [
          ...(template.includes("{a1}") ? [{ key: a1.key, role: "actor1" as const }] : []),
          ...(a2 && a2.key !== a1.key && template.includes("{a2}") ? [{ key: a2.key, role: "actor2" as const }] : []),
        ],
        sentence: { start, end: start + text.length, surface: text },
        placeSpan: shift(spans.p),
        actorSpans: [
          ...(spans.a1 ? [{ key: a1.key, span: shift(spans.a1) }] : []),
          ...(spans.a2 && a2 && a2.key !== a1.key ? [{ key: a2.key, span: shift(spans.a2) }] : []),
        ],
      });
    }
    articles.push({ key: `synth:article:${articles.length}`, title, body: body.trimEnd(), publishedAt: day, events });
  }
  const actorRows: SynthActor[] = actors.map((a) => ({ key: a.key, nameAr: a.nameAr, nameEn: a.nameEn, kind: a.kind, affiliation: a.affiliation, origin: a.origin }));
  return { places, actors: actorRows, articles };
}
