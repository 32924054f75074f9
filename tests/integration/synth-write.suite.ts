// The streamed synthetic writer: the counts asked for land in the database, across several
// transactions (more articles than one chunk), with realistic actors only where the table allows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ACTOR_AREAS, activeActors } from "@/lib/synth/actor-areas";
import { generateStream } from "@/lib/synth/generate";
import { writeSynthetic } from "@/lib/synth/write";
import { counts, type TestDb } from "../helpers/db";

export function synthWriteSuite(name: string, open: () => Promise<TestDb>) {
  describe(`synthetic writer (${name})`, () => {
    let t: TestDb;
    let done: { articles: number; events: number };
    let placeKeys: string[];
    beforeAll(async () => {
      t = await open();
      const k = loadKnowledge();
      // 3,003 events at 5 per article: 601 articles, two chunks of 500 and a short last one.
      const data = generateStream([...k.placeByKey.values()], [...k.actorByKey.values()].filter((a) => a.origin === "kb"), { events: 3003, places: 900, seed: 5, areas: ACTOR_AREAS });
      placeKeys = data.places.map((p) => p.key);
      done = await writeSynthetic(t.db, data, { postgres: name === "PostgreSQL" });
    });
    afterAll(() => t?.cleanup());

    it("writes exactly the requested events, one source each, in the articles it reports", async () => {
      const c = await counts(t.db);
      expect(done).toEqual({ articles: 601, events: 3003 });
      expect(c.events).toBe(3003);
      expect(c.sources).toBe(3003);
      expect(c.articles).toBe(601);
      const stored = new Set((await t.db.place.findMany({ select: { key: true } })).map((p) => p.key));
      expect(placeKeys.length).toBeGreaterThanOrEqual(900);
      expect(placeKeys.filter((k) => !stored.has(k))).toEqual([]);
    });

    it("stores realistic actors only in their governorates and years", async () => {
      const rows = await t.db.eventActor.findMany({ select: { actor: { select: { key: true } }, event: { select: { admin1: true, date: true } } } });
      expect(rows.length).toBeGreaterThan(2000);
      for (const r of rows) expect(activeActors(ACTOR_AREAS, r.event.admin1!, r.event.date!.getUTCFullYear())).toContain(r.actor.key);
    });
  });
}
