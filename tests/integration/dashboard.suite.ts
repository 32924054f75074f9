// The dashboard's queries on a real database: every panel counts the same filtered set (figures,
// map, timeline through raw SQL, table, export), whatever the filter. Run on SQLite always and on
// PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { parseFilters, type Filters } from "@/lib/filters";
import { ingestPaths } from "@/lib/ingest/run";
import { generate } from "@/lib/synth/generate";
import { writeSynthetic } from "@/lib/synth/write";
import type { TestDb } from "../helpers/db";

const FILTERS = [
  "",
  "gov=SY-ID",
  "gov=SY-HL,SY-DY&from=2014-01-01&to=2015-06-30",
  "from=2016-03-01&to=2016-03-31",
  "type=battles,protests&to=2013-12-31",
  "q=إدلب",
  "gov=SY-ID&q=قصف",
  "nosynth=1&sub=Armed clash,Air/drone strike",
  "minfat=2&geo=1,2&time=1",
];

export function dashboardSuite(name: string, open: () => Promise<TestDb>) {
  describe(`dashboard queries (${name})`, () => {
    let t: TestDb;
    let data: {
      overview: typeof import("@/lib/data/overview");
      timeline: typeof import("@/lib/data/timeline");
      map: typeof import("@/lib/data/map");
      events: typeof import("@/lib/data/events");
      actors: typeof import("@/lib/data/actors");
      where: typeof import("@/lib/data/where");
    };

    beforeAll(async () => {
      t = await open();
      const k = loadKnowledge();
      await ingestPaths(t.db, k, ["seeds"], { maxBytes: 2 * 1024 * 1024 });
      const synthetic = generate([...k.placeByKey.values()], [...k.actorByKey.values()].filter((a) => a.origin === "kb"), { events: 1500, places: 1200, seed: 7 });
      await writeSynthetic(t.db, synthetic, { postgres: name === "PostgreSQL" });
      // lib/data reads the database the environment names, once, when first imported.
      process.env.DATABASE_URL = t.url;
      (globalThis as { db?: unknown }).db = undefined;
      data = {
        overview: await import("@/lib/data/overview"), timeline: await import("@/lib/data/timeline"), map: await import("@/lib/data/map"),
        events: await import("@/lib/data/events"), actors: await import("@/lib/data/actors"), where: await import("@/lib/data/where"),
      };
    }, 120_000);
    afterAll(async () => {
      await t?.cleanup();
    });

    const count = (f: Filters) => t.db.event.count({ where: data.where.eventWhere(f) });

    for (const q of FILTERS) {
      it(`every panel counts the same events for «${q || "no filter"}»`, async () => {
        const f = parseFilters(new URLSearchParams(q)).filters;
        const n = await count(f);
        if (q === "") expect(n).toBeGreaterThan(1500);
        const [overview, timeline, map, page] = await Promise.all([
          data.overview.fetchOverview(f), data.timeline.fetchTimeline(f), data.map.fetchMap(f), data.events.fetchEventPage(f, { sort: "date", dir: "desc", page: 1 }),
        ]);
        expect(overview.figures.events).toBe(n);
        expect(page.total).toBe(n);
        expect(map.places.reduce((s, p) => s + p.events, 0) + map.unlocated).toBe(n);
        const dated = await t.db.event.count({ where: { AND: [data.where.eventWhere(f), { date: { not: null } }] } });
        expect(timeline.buckets.reduce((s, b) => s + b.total, 0)).toBe(dated);
        expect(timeline.buckets.reduce((s, b) => s + b.fatalities, 0)).toBe(
          (await t.db.event.aggregate({ where: { AND: [data.where.eventWhere(f), { date: { not: null } }] }, _sum: { fatalities: true } }))._sum.fatalities ?? 0,
        );
        const exported: import("@/lib/data/events").ExportEvent[] = [];
        for await (const batch of data.events.exportEvents(f, 400)) exported.push(...batch);
        expect(exported.length).toBe(n);
        // The export's SQL gives the rows the ORM's nested select gives (its shape, its actors' and sources' order).
        const viaOrm = await t.db.event.findMany({ where: data.where.eventWhere(f), orderBy: { id: "asc" }, take: 600, select: data.events.exportSelect });
        expect(exported.slice(0, 600)).toEqual(viaOrm);
      });
    }

    it("buckets the timeline by the span: days, weeks or months, with no gaps", async () => {
      const unit = async (q: string) => (await data.timeline.fetchTimeline(parseFilters(new URLSearchParams(q)).filters)).unit;
      expect(await unit("from=2016-03-01&to=2016-03-31")).toBe("day");
      expect(await unit("from=2015-01-01&to=2016-06-30")).toBe("week");
      expect(await unit("")).toBe("month");
      const march = await data.timeline.fetchTimeline(parseFilters(new URLSearchParams("from=2016-03-01&to=2016-03-31")).filters);
      expect(march.buckets.map((b) => b.start)).toEqual(Array.from({ length: 31 }, (_, i) => `2016-03-${String(i + 1).padStart(2, "0")}`));
    });

    it("filters by actor through its events, and lists who appears with it", async () => {
      const [top] = (await data.overview.fetchOverview(parseFilters(new URLSearchParams("")).filters)).topActors;
      const f = parseFilters(new URLSearchParams(`actor=${top.id}`)).filters;
      const n = await count(f);
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(top.events);
      const co = await data.actors.fetchCoActors(top.id, parseFilters(new URLSearchParams("")).filters);
      expect(co.length).toBeGreaterThan(0);
      expect(co.every((c) => c.id !== top.id)).toBe(true);
    });
    it("counts the articles of the last 24 hours for the time asked, though the answer is kept between writes", async () => {
      const { fetchFreshness } = await import("@/lib/data/freshness");
      const articles = await t.db.article.count();
      const newest = (await t.db.article.aggregate({ _max: { ingestedAt: true } }))._max.ingestedAt!;
      const now = new Date(newest.getTime() + 1000);
      expect((await fetchFreshness(now)).addedLast24h).toBe(articles);
      expect((await fetchFreshness(now)).addedLast24h).toBe(articles);
      // A day later nothing is recent: the kept count must not be served past the window.
      const later = await fetchFreshness(new Date(now.getTime() + 25 * 3600_000));
      expect(later.addedLast24h).toBe(0);
      expect(later.newestAdded).toBe(newest.toISOString());
      expect((await fetchFreshness(now)).addedLast24h).toBe(articles);
    });
  });
}
