// `--actors realistic`: every event names only actors whose row in ACTOR_AREAS covers its
// governorate and year, on the real knowledge base; and the article stream is lazy and seeded.
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ACTOR_AREAS, activeActors } from "@/lib/synth/actor-areas";
import { generate, generateStream } from "@/lib/synth/generate";

const k = loadKnowledge();
const places = [...k.placeByKey.values()];
const actors = [...k.actorByKey.values()].filter((a) => a.origin === "kb");

describe("ACTOR_AREAS", () => {
  it("names only actors of the knowledge base, real governorate codes, ordered years and a reason per row", () => {
    const keys = new Set(actors.map((a) => a.key));
    for (const row of ACTOR_AREAS) {
      expect(keys.has(`kb:${row.actor}`), row.actor).toBe(true);
      for (const g of row.govs) expect(g).toMatch(/^SY-(DI|RD|QU|DR|SU|HI|HM|ID|HL|LA|TA|RA|DY|HA)$/);
      expect(row.from).toBeLessThanOrEqual(row.to);
      expect(row.reason.length).toBeGreaterThan(20);
    }
  });

  it("puts HTS in Idlib from 2017, not in Sweida, and keeps Sweida's factions in Sweida", () => {
    expect(activeActors(ACTOR_AREAS, "SY-ID", 2019)).toContain("kb:hts");
    expect(activeActors(ACTOR_AREAS, "SY-ID", 2015)).not.toContain("kb:hts");
    expect(activeActors(ACTOR_AREAS, "SY-SU", 2019)).not.toContain("kb:hts");
    expect(activeActors(ACTOR_AREAS, "SY-SU", 2019)).toContain("kb:men-of-dignity");
    expect(activeActors(ACTOR_AREAS, "SY-ID", 2019)).not.toContain("kb:men-of-dignity");
    expect(activeActors(ACTOR_AREAS, "SY-HA", 2014)).not.toContain("kb:sdf");
    expect(activeActors(ACTOR_AREAS, "SY-HA", 2016)).toContain("kb:sdf");
  });
});

describe("generate with realistic actors", () => {
  const data = generate(places, actors, { events: 4000, places: 1500, seed: 3, areas: ACTOR_AREAS });
  const placeByKey = new Map(data.places.map((p) => [p.key, p]));

  it("names every actor of every event only where and when the table allows it", () => {
    let checked = 0;
    for (const a of data.articles) {
      for (const e of a.events) {
        const gov = placeByKey.get(e.placeKey)!.admin1;
        const allowed = new Set(activeActors(ACTOR_AREAS, gov, Number(e.date.slice(0, 4))));
        for (const x of e.actors) {
          expect(allowed.has(x.key), `${x.key} in ${gov} ${e.date}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it("still gives the requested number of events, with actors named in their sentence", () => {
    const events = data.articles.flatMap((a) => a.events);
    expect(events).toHaveLength(4000);
    for (const e of events.slice(0, 500)) for (const s of e.actorSpans) expect(e.sentence.surface).toContain(s.span.surface);
  });

  it("lists only the table's actors", () => {
    const allowed = new Set(ACTOR_AREAS.map((r) => `kb:${r.actor}`));
    expect(data.actors.every((a) => allowed.has(a.key))).toBe(true);
  });
});

describe("generateStream", () => {
  it("makes articles only as they are read, and the same ones as generate for the same seed", () => {
    const opts = { events: 1_000_000, places: 800, seed: 11 };
    const stream = generateStream(places, actors, opts);
    const first: unknown[] = [];
    for (const a of stream.articles) {
      first.push(a);
      if (first.length === 3) break;
    }
    expect(stream.events).toBe(1_000_000);
    const small = generate(places, actors, { ...opts, events: 15 });
    expect(first).toEqual(small.articles);
  });
});
