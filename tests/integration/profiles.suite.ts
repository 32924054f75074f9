// The profile and list pages' reads at scale (lib/data/places.ts, actors.ts, articles.ts): each read
// in SQL or by index now, where the ORM's `_count`, `some` and `nulls: "last"` read every row of a big
// table. Each is compared here with the ORM query it replaced, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { EMPTY_FILTERS } from "@/lib/filters";
import { ingestPaths } from "@/lib/ingest/run";
import { generate } from "@/lib/synth/generate";
import { writeSynthetic } from "@/lib/synth/write";
import type { TestDb } from "../helpers/db";

export function profilesSuite(name: string, open: () => Promise<TestDb>) {
  describe(`profiles and lists (${name})`, () => {
    let t: TestDb;
    let data: { places: typeof import("@/lib/data/places"); actors: typeof import("@/lib/data/actors"); articles: typeof import("@/lib/data/articles"); rank: typeof import("@/lib/data/rank"); where: typeof import("@/lib/data/where") };

    beforeAll(async () => {
      t = await open();
      const k = loadKnowledge();
      await ingestPaths(t.db, k, ["seeds"], { maxBytes: 2 * 1024 * 1024 });
      const synthetic = generate([...k.placeByKey.values()], [...k.actorByKey.values()].filter((a) => a.origin === "kb"), { events: 600, places: 300, seed: 5 });
      await writeSynthetic(t.db, synthetic, { postgres: name === "PostgreSQL" });
      // Articles without a date sort last; one title with the LIKE wildcards, which must match only themselves.
      await t.db.article.updateMany({ where: { id: { in: (await t.db.article.findMany({ take: 7, orderBy: { id: "desc" }, select: { id: true } })).map((a) => a.id) } }, data: { publishedAt: null } });
      const [first] = await t.db.article.findMany({ take: 1, orderBy: { id: "asc" } });
      await t.db.article.update({ where: { id: first.id }, data: { title: `${first.title} 100%_مؤكد` } });
      process.env.DATABASE_URL = t.url;
      (globalThis as { db?: unknown }).db = undefined;
      data = {
        places: await import("@/lib/data/places"), actors: await import("@/lib/data/actors"), articles: await import("@/lib/data/articles"),
        rank: await import("@/lib/data/rank"), where: await import("@/lib/data/where"),
      };
    }, 180_000);
    afterAll(async () => {
      await t?.cleanup();
    });

    const busiestPlaces = async () => {
      const byMentions = await t.db.mention.groupBy({ by: ["placeId"], where: { kind: "place", placeId: { not: null } }, _count: { _all: true }, orderBy: { _count: { placeId: "desc" } } });
      return [byMentions[0], byMentions[Math.floor(byMentions.length / 2)], byMentions.at(-1)!].map((g) => g.placeId!);
    };

    it("lists a place's articles newest first, with their mentions and total, as the ORM did", async () => {
      for (const placeId of await busiestPlaces()) {
        const groups = await t.db.mention.groupBy({ by: ["articleId"], where: { kind: "place", placeId }, _count: { _all: true } });
        const viaOrm = await t.db.article.findMany({
          where: { mentions: { some: { kind: "place", placeId } } }, orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: 20, select: { id: true, title: true, publishedAt: true },
        });
        const count = new Map(groups.map((g) => [g.articleId, g._count._all]));
        const got = await data.places.fetchPlaceArticles(placeId);
        expect(got.total).toBe(groups.length);
        expect(got.articles).toEqual(viaOrm.map((a) => ({ ...a, publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null, mentions: count.get(a.id) ?? 0 })));
      }
      expect(await data.places.fetchPlaceArticles(-1)).toEqual({ total: 0, articles: [] });
    });

    it("ranks who acts at a place as the ORM's relation filter did", async () => {
      for (const placeId of await busiestPlaces()) {
        const viaOrm = await data.rank.rankActors({ event: data.where.eventWhere({ ...EMPTY_FILTERS, place: placeId }) }, 10);
        expect(await data.places.fetchPlaceActors(placeId, EMPTY_FILTERS), `place ${placeId}`).toEqual(viaOrm.ranked);
      }
    });

    it("counts an actor's roles and mentions as the ORM's _count did", async () => {
      const actors = await t.db.actor.findMany({ select: { id: true, _count: { select: { mentions: { where: { kind: "actor" } }, events: true } } } });
      expect(actors.some((a) => a._count.events > 5 && a._count.mentions > 5)).toBe(true);
      for (const a of actors.filter((_, i) => i % 5 === 0)) expect((await data.actors.fetchActor(a.id))!._count, `actor ${a.id}`).toEqual(a._count);
    });

    it("pages the articles newest first (undated last) with their counts, and searches titles literally", async () => {
      const per = data.articles.ARTICLES_PER_PAGE;
      const all = await t.db.article.count();
      expect(all).toBeGreaterThan(2 * per);
      for (const page of [1, 2, Math.ceil(all / per)]) {
        const viaOrm = await t.db.article.findMany({
          orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }], skip: (page - 1) * per, take: per,
          select: { id: true, title: true, source: true, url: true, publishedAt: true, _count: { select: { eventSources: true } } },
        });
        const got = await data.articles.fetchArticles(page);
        expect(got.total).toBe(all);
        expect(got.items.map((a) => [a.id, a.title, a.source, a.url, a.publishedAt, a.events]), `page ${page}`)
          .toEqual(viaOrm.map((a) => [a.id, a.title, a.source, a.url, a.publishedAt, a._count.eventSources]));
        for (const a of got.items.slice(0, 5)) {
          const places = await t.db.mention.groupBy({ by: ["placeId"], where: { articleId: a.id, kind: "place" } });
          const actors = await t.db.mention.groupBy({ by: ["actorId"], where: { articleId: a.id, kind: "actor" } });
          expect([a.places, a.actors]).toEqual([places.length, actors.length]);
        }
      }
      expect((await data.articles.fetchArticles(Math.ceil(all / per))).items.at(-1)!.publishedAt).toBeNull();
      // A text: the same articles as the ORM's `contains` for an ordinary word; `%` and `_` only themselves.
      const word = "تقرير";
      const matching = await t.db.article.count({ where: { OR: [{ title: { contains: word } }, { source: { contains: word } }, { fileName: { contains: word } }, { url: { contains: word } }] } });
      expect(matching).toBeGreaterThan(0);
      expect((await data.articles.fetchArticles(1, word)).total).toBe(matching);
      expect((await data.articles.fetchArticles(1, "100%_")).items.map((a) => a.title)).toEqual([expect.stringContaining("100%_مؤكد")]);
      expect((await data.articles.fetchArticles(1, "0%_م")).total).toBe(1);
      expect((await data.articles.fetchArticles(1, "1_0")).total).toBe(0);
    });
  });
}
