// The streamed synthetic writer: the counts asked for land in the database, across several
// transactions (more articles than one chunk), with realistic actors only where the table allows.
// SQLite loads with its triggers and indexes off and rebuilds what they keep: the roll-ups, the
// folded search text and the FTS rows must be exact afterwards, and the triggers back at work.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ACTOR_AREAS, activeActors } from "@/lib/synth/actor-areas";
import { generateStream } from "@/lib/synth/generate";
import { writeSynthetic } from "@/lib/synth/write";
import { parseFilters } from "@/lib/filters";
import { dialectOf } from "@/lib/db/client";
import { sqlWhere } from "@/lib/data/sql-where";
import { searchKey } from "@/lib/search/search-key";
import { counts, type TestDb } from "../helpers/db";
import { storedAndComputed } from "../helpers/rollups";

export function synthWriteSuite(name: string, open: () => Promise<TestDb>) {
  describe(`synthetic writer (${name})`, () => {
    let t: TestDb;
    let done: { articles: number; events: number };
    let placeKeys: string[];
    let generation: bigint;
    /** The roll-up tables, and the same sums computed from the event tables. */
    const rollups = () => storedAndComputed(t.db);
    const searchIds = async (q: string) => {
      const f = parseFilters(new URLSearchParams({ q })).filters;
      return (await t.db.$queryRaw<{ id: number }[]>`SELECT e."id" AS id FROM "Event" e WHERE ${sqlWhere(f, dialectOf(t.db))}`).map((r) => Number(r.id));
    };
    beforeAll(async () => {
      t = await open();
      generation = (await t.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT "n" FROM "WriteGeneration"`))[0].n;
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
      // Dates read back as Prisma wrote them (the day of publication, the moment of ingestion).
      const article = await t.db.article.findFirstOrThrow({ select: { publishedAt: true, ingestedAt: true } });
      expect(article.publishedAt!.toISOString()).toMatch(/^20\d\d-\d\d-\d\dT00:00:00\.000Z$/);
      expect(Math.abs(article.ingestedAt.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    });

    it("leaves the roll-ups equal to the event table's aggregates, and the write generation moved", async () => {
      const { stored, computed } = await rollups();
      expect(computed.RollupMonth.reduce((n, r) => n + Number(r.events), 0)).toBe(3003);
      expect(computed.RollupActorMonth.length).toBeGreaterThan(100);
      expect(stored).toEqual(computed);
      const after = (await t.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT "n" FROM "WriteGeneration"`))[0].n;
      expect(Number(after)).toBeGreaterThan(Number(generation));
    });

    it("folds every event's search text as the triggers do, and search finds a synthetic event by its place's name", async () => {
      const events = await t.db.event.findMany({ select: { id: true, evidence: true, searchText: true, place: { select: { nameAr: true } } } });
      const norm = (s: string) => s.replace(/\s+/g, " ").trim();
      for (const e of events) expect(norm(e.searchText)).toBe(searchKey(e.evidence));
      // A place (its name, not a hamza form) written with a hamza and diacritics, the folded query finds its events.
      const hamlet = events.find((e) => e.place && /^(?!.*[أإآ])/.test(e.place.nameAr) && e.place.nameAr.length > 6)!;
      const same = events.filter((e) => e.evidence.includes(hamlet.place!.nameAr)).map((e) => e.id).sort((a, b) => a - b);
      const found = (await searchIds(hamlet.place!.nameAr.replace(/ا/, "أ"))).sort((a, b) => a - b);
      expect(found).toContain(hamlet.id);
      expect(found).toEqual(same);
    });

    it("puts the triggers back: a later write keeps the roll-ups and the search index", async () => {
      const place = await t.db.place.findFirstOrThrow({ where: { admin1: { not: null } } });
      const e = await t.db.event.create({ data: { key: "after-synth", type: "Battles", subType: "Armed clash", date: new Date("2016-03-04T00:00:00Z"), placeId: place.id,
        admin1: place.admin1, geoPrecision: 1, fatalities: 7, confidence: 1, evidence: `اشتباكات عنيفة في قرية زخرفيةفريدة قرب ${place.nameAr}` } });
      // An actor role of the new event: the actor roll-ups follow it in, and out with the event's deletion (the cascade).
      const actor = await t.db.actor.findFirstOrThrow();
      await t.db.eventActor.create({ data: { eventId: e.id, actorId: actor.id, role: "actor1" } });
      try {
        const { stored, computed } = await rollups();
        expect(stored).toEqual(computed);
        expect(await searchIds("زخرفيةفريدة")).toEqual([e.id]);
      } finally {
        await t.db.event.delete({ where: { id: e.id } });
      }
      const { stored, computed } = await rollups();
      expect(stored).toEqual(computed);
    });

    it("stores realistic actors only in their governorates and years", async () => {
      const rows = await t.db.eventActor.findMany({ select: { actor: { select: { key: true } }, event: { select: { admin1: true, date: true } } } });
      expect(rows.length).toBeGreaterThan(2000);
      for (const r of rows) expect(activeActors(ACTOR_AREAS, r.event.admin1!, r.event.date!.getUTCFullYear())).toContain(r.actor.key);
    });
  });
}
