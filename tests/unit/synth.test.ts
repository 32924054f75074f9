import { describe, expect, it } from "vitest";
import { generate, synthPlaces, type SynthArticle, type SynthEvent } from "@/lib/synth/generate";
import { rng } from "@/lib/synth/random";
import { PLACE_PREFIXES } from "@/lib/synth/templates";
import type { ActorEntry, ActorKind, PlaceEntry } from "@/lib/extract/types";

const place = (key: string, nameAr: string, kind: string, lat: number, lon: number, admin1: string | null, countryCode = "SY"): PlaceEntry => ({
  key, nameAr, nameEn: null, kind, lat, lon, countryCode, admin1, geonamesId: null, population: 10_000,
  origin: "geonames", precision: 1, ambiguous: false, major: false, aliases: [],
});
const actor = (key: string, nameAr: string, kind: ActorKind): ActorEntry => ({
  key, nameAr, nameEn: null, kind, aliases: [], weakAliases: [], adjectives: [], affiliation: null, description: null, origin: "kb",
});

const REAL: PlaceEntry[] = [
  place("place:saraqib", "سراقب", "town", 35.8626, 36.8064, "SY-ID"),
  place("place:maarat", "معرة النعمان", "city", 35.648, 36.6724, "SY-ID"),
  place("place:kafranbel", "كفرنبل", "town", 35.6136, 36.5614, "SY-ID"),
  place("place:douma", "دوما", "city", 33.5711, 36.4028, "SY-RD"),
  place("place:atarib", "الأتارب", "town", 36.1375, 36.83, "SY-HL"),
  place("place:tafas", "طفس", "village", 32.7392, 36.0672, "SY-DR"),
];
// Entries the generator must not use as event places.
const SKIPPED: PlaceEntry[] = [
  place("gov:SY-ID", "إدلب", "governorate", 35.9306, 36.6339, "SY-ID"),
  place("country:SY", "سوريا", "country", 35, 38, null),
  place("place:beirut", "بيروت", "city", 33.8938, 35.5018, "LB-BA", "LB"),
  place("place:noadmin", "الخربة", "village", 34.1, 36.2, null),
];
const ACTORS: ActorEntry[] = [
  actor("actor:saa", "قوات النظام", "government_forces"),
  actor("actor:hts", "هيئة تحرير الشام", "armed_group"),
  actor("actor:sna", "الجيش الوطني السوري", "armed_group"),
  actor("actor:russia", "روسيا", "state"),
  actor("actor:whitehelmets", "الدفاع المدني السوري", "civil_society"),
];

const allEvents = (articles: SynthArticle[]) => articles.flatMap((a) => a.events.map((e) => ({ article: a, event: e })));
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Great-circle distance in km. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe("rng", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = rng(7), b = rng(7), c = rng(8);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it("keeps next in [0, 1), int within its bounds, picks from the list and weights by weight", () => {
    const r = rng(2011);
    const counts = [0, 0, 0];
    const xs = new Set<number>(), ints = new Set<number>(), picks = new Set<string>();
    let minTail = Infinity;
    for (let i = 0; i < 5000; i++) {
      const x = r.next();
      if (!(x >= 0 && x < 1)) xs.add(x);
      ints.add(r.int(3, 5));
      picks.add(r.pick(["a", "b"]));
      counts[r.weighted([1, 0, 3])]++;
      minTail = Math.min(minTail, r.tail(2));
    }
    expect([...xs]).toEqual([]);
    expect([...ints].sort()).toEqual([3, 4, 5]);
    expect([...picks].sort()).toEqual(["a", "b"]);
    expect(minTail).toBe(0);
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.5);
    expect(counts[2] / counts[0]).toBeLessThan(3.5);
  });
});

describe("synthPlaces", () => {
  const places = synthPlaces([...SKIPPED, ...REAL], 60, rng(5));

  it("keeps the real Syrian places in a governorate first, and skips governorates, countries, foreign and unplaced entries", () => {
    expect(places).toHaveLength(60);
    expect(places.slice(0, REAL.length).map((p) => p.key)).toEqual(REAL.map((p) => p.key));
    const keys = new Set(places.map((p) => p.key));
    for (const p of SKIPPED) expect(keys.has(p.key)).toBe(false);
    expect(keys.size).toBe(places.length);
    expect(places[0]).toMatchObject({ nameAr: "سراقب", kind: "town", lat: 35.8626, lon: 36.8064, admin1: "SY-ID", origin: "geonames", geoPrecision: 1 });
  });

  it("marks the invented places synthetic and puts each within 10 km of a real town in its governorate", () => {
    const invented = places.slice(REAL.length);
    expect(invented).toHaveLength(60 - REAL.length);
    for (const p of invented) {
      expect(p.origin).toBe("synthetic");
      expect(p.kind).toBe("village");
      expect(p.key).toMatch(/^synth:place:\d+$/);
      expect(PLACE_PREFIXES).toContain(p.nameAr.split(" ")[0]);
      const near = REAL.filter((r) => r.admin1 === p.admin1 && km(r, p) < 10);
      expect(near.length, `${p.nameAr} ${p.lat},${p.lon}`).toBeGreaterThan(0);
    }
  });

  it("returns just the real places when they already reach the count", () => {
    expect(synthPlaces(REAL, 3, rng(1)).map((p) => p.key)).toEqual(REAL.map((p) => p.key));
  });
});

describe("generate", () => {
  const data = generate([...SKIPPED, ...REAL], ACTORS, { events: 600, places: 40, seed: 99 });
  const events = allEvents(data.articles);

  it("produces exactly the requested number of events, five to an article", () => {
    expect(events).toHaveLength(600);
    expect(data.articles).toHaveLength(120);
    const small = generate(REAL, ACTORS, { events: 13, places: 10, seed: 3, eventsPerArticle: 4 });
    expect(small.articles.map((a) => a.events.length)).toEqual([4, 4, 4, 1]);
    expect(generate(REAL, ACTORS, { events: 0, places: 10, seed: 3 }).articles).toEqual([]);
  });

  it("gives every event, article and place a unique key", () => {
    expect(new Set(events.map(({ event }) => event.key)).size).toBe(600);
    expect(new Set(data.articles.map((a) => a.key)).size).toBe(data.articles.length);
    expect(new Set(data.places.map((p) => p.key)).size).toBe(40);
  });

  it("is the same for the same seed and differs for another seed", () => {
    const again = generate([...SKIPPED, ...REAL], ACTORS, { events: 600, places: 40, seed: 99 });
    expect(again).toEqual(data);
    const other = generate([...SKIPPED, ...REAL], ACTORS, { events: 600, places: 40, seed: 100 });
    expect(other.articles.map((a) => a.body)).not.toEqual(data.articles.map((a) => a.body));
    expect(generate(REAL, ACTORS, { events: 20, places: 10 })).toEqual(generate(REAL, ACTORS, { events: 20, places: 10, seed: 2011 }));
  });

  it("passes the actors through as rows", () => {
    expect(data.actors).toEqual(ACTORS.map((a) => ({ key: a.key, nameAr: a.nameAr, nameEn: a.nameEn, kind: a.kind, affiliation: a.affiliation, origin: a.origin })));
  });

  it("gives every sentence span exactly the text of its article body", () => {
    for (const { article, event } of events) {
      const s = event.sentence;
      expect(article.body.slice(s.start, s.end)).toBe(s.surface);
      expect(s.surface.length).toBeGreaterThan(20);
      expect(s.surface.trim()).toBe(s.surface);
    }
  });

  it("gives place and actor spans the body text at their offsets, inside the event's sentence", () => {
    const inside = (e: SynthEvent, span: { start: number; end: number }) => span.start >= e.sentence.start && span.end <= e.sentence.end && span.end > span.start;
    const placeName = new Map(data.places.map((p) => [p.key, p.nameAr]));
    const actorName = new Map(ACTORS.map((a) => [a.key, a.nameAr]));
    for (const { article, event } of events) {
      const p = event.placeSpan;
      expect(article.body.slice(p.start, p.end)).toBe(p.surface);
      expect(p.surface).toBe(placeName.get(event.placeKey));
      expect(inside(event, p)).toBe(true);
      for (const { key, span } of event.actorSpans) {
        expect(article.body.slice(span.start, span.end)).toBe(span.surface);
        expect(span.surface).toBe(actorName.get(key));
        expect(inside(event, span)).toBe(true);
        expect(event.actors.map((a) => a.key)).toContain(key);
      }
    }
  });

  it("keeps an event's sentences apart from its article's other events", () => {
    for (const article of data.articles) {
      const spans = article.events.map((e) => e.sentence).sort((a, b) => a.start - b.start);
      expect(spans[0].start).toBeGreaterThan(article.title.length);
      for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThan(spans[i - 1].end);
      expect(article.body.startsWith(`${article.title}\n`)).toBe(true);
      expect(article.body.endsWith(spans.at(-1)!.surface)).toBe(true);
    }
  });

  it("places every event at a known place and names real actors in their roles", () => {
    const placeKeys = new Set(data.places.map((p) => p.key));
    const kinds = new Map(ACTORS.map((a) => [a.key, a.kind]));
    for (const { event } of events) {
      expect(placeKeys.has(event.placeKey)).toBe(true);
      // At most one actor per role, never the same actor twice (an actor the sentence does not
      // name is left out, so an event may have none).
      expect(event.actors.length).toBeLessThanOrEqual(2);
      expect(new Set(event.actors.map((a) => a.role)).size).toBe(event.actors.length);
      expect(new Set(event.actors.map((a) => a.key)).size).toBe(event.actors.length);
      for (const a of event.actors) expect(kinds.has(a.key)).toBe(true);
      const first = event.actors.find((a) => a.role === "actor1");
      if (event.type === "Protests" && first) expect(kinds.get(first.key)).toBe("civil_society");
    }
  });

  it("dates events between the end of 2011 and the end of 2025, up to two days before publication", () => {
    for (const { article, event } of events) {
      expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.date >= "2011-12-29" && event.date <= "2025-12-31").toBe(true);
      expect(article.publishedAt >= "2012-01-01" && article.publishedAt <= "2025-12-31").toBe(true);
      expect(event.date <= article.publishedAt && event.date >= addDays(article.publishedAt, -2)).toBe(true);
      expect([1, 2]).toContain(event.datePrecision);
    }
    expect(new Set(events.map(({ event }) => event.date.slice(0, 4))).size).toBeGreaterThanOrEqual(10);
  });

  it("reports no deaths at protests, and states in the sentence the deaths it reports", () => {
    const protests = events.filter(({ event }) => event.type === "Protests");
    expect(protests.length).toBeGreaterThan(0);
    for (const { event } of protests) expect(event.fatalities).toBe(0);
    for (const { event } of events) {
      expect(Number.isInteger(event.fatalities) && event.fatalities >= 0).toBe(true);
      expect(Number.isInteger(event.injured) && event.injured >= 0).toBe(true);
      if (event.fatalities > 0) expect(event.sentence.surface).toContain(` ${event.fatalities} `);
    }
  });

  it("uses several event types and sub-types, with shelling among the most common", () => {
    const byType = new Map<string, number>();
    for (const { event } of events) byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
    expect(byType.size).toBeGreaterThanOrEqual(5);
    expect(byType.get("Explosions/Remote violence")!).toBeGreaterThan(byType.get("Protests")!);
  });
});
