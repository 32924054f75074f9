// Folded search, the roll-up and the write-generation cache on a real database (SQLite and
// PostgreSQL): spelling variants find the same events, the database's folding (triggers) equals the
// extractor's, `%` and `_` are literal, and the roll-up gives the event table's numbers for every
// combination of the filters it answers — before and after inserts, updates and deletes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { EMPTY_FILTERS, parseFilters, type Filters } from "@/lib/filters";
import { ingestPaths } from "@/lib/ingest/run";
import { searchKey } from "@/lib/search/search-key";
import { generate } from "@/lib/synth/generate";
import { writeSynthetic } from "@/lib/synth/write";
import type { TestDb } from "../helpers/db";
import { storedAndComputed } from "../helpers/rollups";

const filters = (q: string): Filters => parseFilters(new URLSearchParams(q)).filters;

export function searchRollupSuite(name: string, open: () => Promise<TestDb>) {
  describe(`search, roll-up and cache (${name})`, () => {
    let t: TestDb;
    let data: {
      overview: typeof import("@/lib/data/overview");
      timeline: typeof import("@/lib/data/timeline");
      map: typeof import("@/lib/data/map");
      where: typeof import("@/lib/data/where");
      sqlWhere: typeof import("@/lib/data/sql-where");
      suggest: typeof import("@/lib/data/suggest");
      db: typeof import("@/lib/db");
    };
    let placeId = 0;
    let actorId = 0;

    beforeAll(async () => {
      t = await open();
      const k = loadKnowledge();
      await ingestPaths(t.db, k, ["seeds"], { maxBytes: 2 * 1024 * 1024 });
      const synthetic = generate([...k.placeByKey.values()], [...k.actorByKey.values()].filter((a) => a.origin === "kb"), { events: 800, places: 600, seed: 11 });
      await writeSynthetic(t.db, synthetic, { postgres: name === "PostgreSQL" });
      process.env.DATABASE_URL = t.url;
      (globalThis as { db?: unknown }).db = undefined;
      data = {
        overview: await import("@/lib/data/overview"), timeline: await import("@/lib/data/timeline"), map: await import("@/lib/data/map"),
        where: await import("@/lib/data/where"), sqlWhere: await import("@/lib/data/sql-where"), suggest: await import("@/lib/data/suggest"), db: await import("@/lib/db"),
      };
      const busiest = await t.db.event.groupBy({ by: ["placeId"], where: { placeId: { not: null }, admin1: "SY-ID" }, _count: { _all: true }, orderBy: { _count: { placeId: "desc" } }, take: 1 });
      placeId = busiest[0].placeId!;
      const [top] = await t.db.eventActor.groupBy({ by: ["actorId"], _count: { _all: true }, orderBy: { _count: { actorId: "desc" } }, take: 1 });
      actorId = top.actorId;
      // The busiest actor also in a second role of some of its events: counted once per event by RollupActorPlace.
      const own = await t.db.eventActor.findMany({ where: { actorId }, orderBy: { eventId: "asc" } });
      const once = own.filter((r) => r.role !== "associated" && own.filter((x) => x.eventId === r.eventId).length === 1).slice(0, 6);
      expect(once.length).toBe(6);
      await t.db.eventActor.createMany({ data: once.map((r) => ({ eventId: r.eventId, actorId, role: "associated" })) });
    }, 180_000);
    afterAll(async () => {
      await t?.cleanup();
    });

    /** Ids of the events a filter selects, through the Prisma filter and through the SQL filter (FTS5 / pg_trgm). */
    const ids = async (f: Filters) => {
      const viaPrisma = (await t.db.event.findMany({ where: data.where.eventWhere(f), select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id);
      const viaSql = (await data.db.db.$queryRaw<{ id: number }[]>`SELECT e."id" AS id FROM ${data.sqlWhere.eventsOf(f, data.db.dialect)} WHERE ${data.sqlWhere.sqlWhere(f, data.db.dialect)} ORDER BY 1`).map((e) => Number(e.id));
      expect(viaSql).toEqual(viaPrisma);
      return viaPrisma;
    };

    it("reads a text's matches through Event_facts_idx on SQLite when no governorate, date, place or actor leads", async () => {
      if (data.db.dialect !== "sqlite") return;
      const plan = async (query: string) => {
        const f = filters(query);
        const rows = await data.db.db.$queryRaw<{ detail: string }[]>`EXPLAIN QUERY PLAN SELECT e."type", COUNT(*) FROM ${data.sqlWhere.eventsOf(f, "sqlite")} WHERE ${data.sqlWhere.sqlWhere(f, "sqlite")} GROUP BY 1`;
        return rows.map((r) => r.detail).join("\n");
      };
      expect(await plan("q=ادلب")).toMatch(/COVERING INDEX Event_facts_idx \(id=\?\)/);
      expect(await plan("q=ادلب&type=battles")).toMatch(/COVERING INDEX Event_facts_idx/);
      for (const narrower of ["q=ادلب&gov=SY-ID", "q=ادلب&from=2016-01-01", `q=ادلب&place=${placeId}`, `q=ادلب&actor=${actorId}`, "q=اد"]) {
        expect(await plan(narrower), narrower).not.toMatch(/Event_facts_idx/);
      }
    });

    it("finds the same events for «ادلب», «إدلب» and «إدْلِب», and «الاسد» finds «الأسد»", async () => {
      const idlib = await ids(filters("q=إدلب"));
      expect(idlib.length).toBeGreaterThan(10);
      expect(await ids(filters("q=ادلب"))).toEqual(idlib);
      expect(await ids(filters("q=إدْلِب"))).toEqual(idlib);
      expect(await ids(filters("q=إدلـــب"))).toEqual(idlib);
      const assad = await ids(filters("q=الأسد"));
      expect(assad.length).toBeGreaterThan(0);
      expect(await ids(filters("q=الاسد"))).toEqual(assad);
      // ة/ه and ى/ي
      expect(await ids(filters("q=حماه"))).toEqual(await ids(filters("q=حماة")));
      expect(await ids(filters("q=قوى"))).toEqual(await ids(filters("q=قوي")));
      // On SQLite these read Event_facts_idx, with fields it does not hold (sub-type, precisions)
      // tested on the rows: the same events as the ORM's filter.
      const withFields = ["q=ادلب&minfat=1", "q=ادلب&geo=1", "q=ادلب&time=1", "q=ادلب&type=battles&sub=Armed clash"];
      for (const q of withFields) expect((await ids(filters(q))).length, q).toBeGreaterThan(0);
    });

    it("answers one- and two-letter queries (below the trigram indexes) the same way on both paths", async () => {
      const two = await ids(filters("q=حم"));
      expect(two.length).toBeGreaterThan(0);
      expect((await ids(filters("q=ح"))).length).toBeGreaterThanOrEqual(two.length);
    });

    it("folds in the database exactly as the extractor does (triggers = fold())", async () => {
      const events = await t.db.event.findMany({ select: { evidence: true, searchText: true } });
      const places = await t.db.place.findMany({ select: { nameAr: true, nameEn: true, aliases: true, searchText: true }, take: 2000 });
      const norm = (s: string) => s.replace(/\s+/g, " ").trim();
      for (const e of events) expect(norm(e.searchText)).toBe(searchKey(e.evidence));
      for (const p of places) expect(norm(p.searchText)).toBe(searchKey(`${p.nameAr} | ${p.nameEn ?? ""} | ${p.aliases}`));
    });

    it("treats % and _ as literal characters", async () => {
      const all = await t.db.event.count();
      const event = await t.db.event.create({ data: { key: "pct", type: "Protests", subType: "Peaceful protest", geoPrecision: 3, confidence: 1, evidence: "ارتفعت الأسعار 50% في_السوق" } });
      try {
        expect(await ids(filters("q=50%25"))).toEqual([event.id]);
        expect(await ids(filters("q=%25"))).toEqual([event.id]);
        expect((await ids(filters("q=_"))).length).toBeLessThan(all);
        expect(await ids(filters("q=5_%25"))).toEqual([]);
      } finally {
        await t.db.event.delete({ where: { id: event.id } });
      }
    });

    it("suggests places and actors by folded name", async () => {
      const s = await data.suggest.fetchSuggestions("ادلب");
      expect(s.some((x) => x.kind === "place" && x.name.includes("إدلب"))).toBe(true);
      expect(await data.suggest.fetchSuggestions("إدْلِب")).toEqual(s);
      expect(await data.suggest.fetchSuggestions("%")).toEqual([]);
    });

    it("finds gazetteer places for the correction form by folded name, the exact name first", async () => {
      const { searchPlaces } = await import("@/lib/data/place-search");
      const hits = await searchPlaces("ادلب");
      expect(hits[0].nameAr).toBe("إدلب");
      expect((await searchPlaces("إدْلِب")).map((h) => h.id)).toEqual(hits.map((h) => h.id));
      expect((await searchPlaces("idlib")).map((h) => h.nameAr)).toContain("إدلب");
      expect(await searchPlaces("ا")).toEqual([]);
    });

    // Every combination of the filters the roll-up answers.
    const combos = () => {
      const govs = ["", "gov=SY-ID", "gov=SY-HL,SY-DY"];
      // Whole months (the month roll-ups' grain), and two ranges that cut a month (the event table's);
      // all but one hold a whole year (RollupPlaceYear, with the days at either or both ends from the events).
      const dates = ["", "from=2015-01-01", "from=2013-03-01", "to=2014-06-30", "from=2013-03-01&to=2016-12-31", "from=2016-03-01&to=2016-03-31", "from=2015-01-01&to=2016-12-31",
        "from=2014-02-10&to=2016-11-20", "from=2014-02-12&to=2016-11-17", "to=2015-06-15"];
      const types = ["", "type=battles", "type=battles,protests,violence-against-civilians"];
      const places = ["", `place=${placeId}`];
      // An actor: RollupActorPlace answers it without dates; with dates, or with a role, the events do.
      const actors = ["", `actor=${actorId}`, `actor=${actorId}&role=actor1`];
      return govs.flatMap((g) => dates.flatMap((d) => types.flatMap((ty) => places.flatMap((p) => actors.map((a) => [g, d, ty, p, a].filter(Boolean).join("&"))))));
    };

    const sameNumbers = async () => {
      const { monthRollupAnswers, pairRollupAnswers } = await import("@/lib/data/rollup");
      const { rankActorsFromRollup, rankActorsSql, rankCoActorsFromRollup } = await import("@/lib/data/rank");
      const answered = { summary: 0, actorTimeline: 0, month: 0, pair: 0, timeline: 0, weekly: 0, nonEmpty: 0 };
      const sort = <T,>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      for (const q of combos()) {
        const f = filters(q);
        if (data.map.summaryRollupAnswers(f)) {
          answered.summary++;
          const norm = (m: Awaited<ReturnType<typeof data.map.summaryFromEvents>>) => ({ ...m, places: sort(m.places), govs: sort(m.govs), types: sort(m.types) });
          const [fromRollup, fromEvents] = [norm(await data.map.summaryFromRollup(f)), norm(await data.map.summaryFromEvents(f))];
          expect(fromRollup, q).toEqual(fromEvents);
          if (fromEvents.places.length) answered.nonEmpty++;
        }
        if (monthRollupAnswers(f)) {
          answered.month++;
          expect(await rankActorsFromRollup(f, 1000), q).toEqual(await rankActorsSql(data.sqlWhere.sqlWhere(f, data.db.dialect), 1000));
          expect(await data.overview.countArticles(f), q).toBe(await data.overview.countArticles(f, "events"));
        }
        if (pairRollupAnswers(f)) {
          answered.pair++;
          expect(await rankCoActorsFromRollup(f, 1000), q).toEqual(await rankActorsSql(data.sqlWhere.sqlWhere(f, data.db.dialect), 1000));
          expect(await data.overview.countArticles(f), q).toBe(await data.overview.countArticles(f, "events"));
        }
        const { rollupSource, eventSource } = await import("@/lib/data/timeline-sources");
        const fromRollups = await rollupSource(f);
        if (fromRollups) {
          const [viaRollups, viaEvents] = [await data.timeline.timelineFrom(f, fromRollups), await data.timeline.timelineFrom(f, eventSource(f))];
          expect(viaRollups, q).toEqual(viaEvents);
          answered.timeline++;
          if (f.actor) answered.actorTimeline++;
          if (viaEvents.unit === "week") answered.weekly++;
        }
      }
      // Not a vacuous pass: every roll-up answered the combinations it is meant for.
      // actorTimeline: 7 of the actor's 9 combinations without place, role or dates; in two, its events of
      // that governorate and type are too few or too close together for their months to settle the unit,
      // and the events answer.
      expect(answered).toEqual({ summary: 180, actorTimeline: 7, month: 63, pair: 3, timeline: expect.any(Number), weekly: expect.any(Number), nonEmpty: expect.any(Number) });
      // Every actor's co-actors and articles, alone and with two governorates, from the pair roll-ups as from the events.
      const everyActor = await t.db.eventActor.groupBy({ by: ["actorId"] });
      expect(everyActor.length).toBeGreaterThan(20);
      for (const { actorId: id } of everyActor) {
        for (const q of [`actor=${id}`, `actor=${id}&gov=SY-HL,SY-DY`]) {
          const f = filters(q);
          expect(pairRollupAnswers(f)).toBe(true);
          expect(await rankCoActorsFromRollup(f, 1000), q).toEqual(await rankActorsSql(data.sqlWhere.sqlWhere(f, data.db.dialect), 1000));
          expect(await data.overview.countArticles(f), q).toBe(await data.overview.countArticles(f, "events"));
        }
        // The profile's co-actors (itself left out).
        const { fetchCoActors, coActorsFromEvents } = await import("@/lib/data/actors");
        expect(await fetchCoActors(id, EMPTY_FILTERS), `co-actors of ${id}`).toEqual((await coActorsFromEvents(id, EMPTY_FILTERS, 10)).ranked);
      }
      expect(answered.nonEmpty).toBeGreaterThanOrEqual(12);
      expect(answered.timeline).toBeGreaterThanOrEqual(40);
      expect(answered.weekly).toBeGreaterThanOrEqual(9);
      const { stored, computed } = await storedAndComputed(t.db);
      expect(stored).toEqual(computed);
    };

    it("gives the event table's numbers from the roll-up for every allowed filter combination", sameNumbers, 120_000);

    it("stays exact after inserts, updates and deletes", async () => {
      const some = await t.db.event.findMany({ where: { admin1: "SY-ID" }, take: 30, orderBy: { id: "asc" } });
      for (const e of some.slice(0, 10)) await t.db.event.update({ where: { id: e.id }, data: { fatalities: (e.fatalities ?? 0) + 3 } });
      for (const e of some.slice(10, 15)) await t.db.event.update({ where: { id: e.id }, data: { type: "Riots", admin1: "SY-HM", date: new Date("2016-03-15T00:00:00Z") } });
      for (const e of some.slice(15, 18)) await t.db.event.update({ where: { id: e.id }, data: { date: null, placeId: null, fatalities: null } });
      await t.db.event.deleteMany({ where: { id: { in: some.slice(18, 25).map((e) => e.id) } } });
      await t.db.event.createMany({ data: Array.from({ length: 12 }, (_, i) => ({
        key: `new-${i}`, type: i % 2 ? "Battles" : "Protests", subType: "x", geoPrecision: 1, confidence: 1, evidence: "حدث جديد",
        date: i % 4 ? new Date(`2016-03-${String(10 + i).padStart(2, "0")}T00:00:00Z`) : null, admin1: i % 3 ? "SY-ID" : null, placeId: i % 3 ? placeId : null, fatalities: i % 5 ? i : null,
      })) });
      // Actor roles: one moved to another actor (an analyst's merge), one added, one actor deleted (the cascade), one event rejected.
      const roles = await t.db.eventActor.findMany({ where: { event: { admin1: "SY-ID" } }, take: 3, orderBy: { eventId: "asc" } });
      const [other] = await t.db.actor.findMany({ where: { id: { notIn: roles.map((r) => r.actorId) } }, take: 1 });
      await t.db.eventActor.update({ where: { eventId_actorId_role: { eventId: roles[0].eventId, actorId: roles[0].actorId, role: roles[0].role } }, data: { actorId: other.id } });
      await t.db.eventActor.create({ data: { eventId: some[26].id, actorId: other.id, role: "associated" } });
      const doomed = await t.db.actor.create({ data: { key: "doomed", nameAr: "فصيل مؤقت", kind: "armed_group", origin: "learned" } });
      await t.db.eventActor.create({ data: { eventId: some[27].id, actorId: doomed.id, role: "actor2" } });
      await t.db.actor.delete({ where: { id: doomed.id } });
      await t.db.event.update({ where: { id: some[28].id }, data: { reviewStatus: "rejected" } });
      // Two roles of one actor in one event, moved to another actor in one statement, then deleted in one
      // (each pair counted out once: the BEFORE triggers see the rows the statement changed before).
      const pair = await t.db.eventActor.findMany({ where: { actorId, role: "associated" }, take: 2, orderBy: { eventId: "asc" } });
      expect(await t.db.eventActor.count({ where: { eventId: { in: pair.map((p) => p.eventId) }, actorId } })).toBe(4);
      const into = await t.db.actor.create({ data: { key: "merged-into", nameAr: "فصيل جامع", kind: "armed_group", origin: "learned" } });
      await t.db.eventActor.updateMany({ where: { eventId: pair[0].eventId, actorId }, data: { actorId: into.id } });
      await t.db.eventActor.deleteMany({ where: { eventId: pair[1].eventId, actorId } });
      // An update that leaves the pair as it was changes nothing.
      await t.db.eventActor.updateMany({ where: { eventId: pair[0].eventId, actorId: into.id }, data: { actorId: into.id } });
      // Sources: one moved to another article, one added.
      const [source] = await t.db.eventSource.findMany({ where: { eventId: some[29].id }, take: 1 });
      const [elsewhere] = await t.db.article.findMany({ where: { id: { not: source.articleId } }, take: 1, orderBy: { id: "desc" } });
      await t.db.eventSource.update({ where: { eventId_articleId_start: { eventId: source.eventId, articleId: source.articleId, start: source.start } }, data: { articleId: elsewhere.id } });
      await t.db.eventSource.create({ data: { ...source, eventId: some[26].id, articleId: elsewhere.id } });
      // Two sources of one event in one article, moved to another article in one statement, then deleted
      // in one (RollupActorSource counts the event and article once: only the last row counts it out).
      const [twice] = await t.db.eventSource.findMany({ where: { eventId: some[5].id }, take: 1 });
      await t.db.eventSource.create({ data: { ...twice, start: twice.start + 1000 } });
      const [third] = await t.db.article.findMany({ where: { id: { notIn: [twice.articleId, elsewhere.id] } }, take: 1 });
      await t.db.eventSource.updateMany({ where: { eventId: twice.eventId, articleId: twice.articleId }, data: { articleId: third.id } });
      await t.db.eventSource.deleteMany({ where: { eventId: some[6].id } });
      const moved = await t.db.eventSource.findMany({ where: { eventId: twice.eventId, articleId: third.id } });
      expect(moved.length).toBe(2);
      await t.db.eventSource.deleteMany({ where: { eventId: twice.eventId, articleId: third.id } });
      // A place deleted: its events keep their governorate and lose their place (ON DELETE SET NULL).
      const lonely = await t.db.place.findFirst({ where: { events: { some: {} }, id: { not: placeId } }, orderBy: { id: "desc" } });
      await t.db.mention.deleteMany({ where: { placeId: lonely!.id } });
      await t.db.place.delete({ where: { id: lonely!.id } });
      await sameNumbers();
    }, 180_000);

    it("gives the breakdown by type and governorate, and the data's period, as the event table has them", async () => {
      const { fetchBreakdown } = await import("@/lib/data/breakdown");
      const { fetchPeriod } = await import("@/lib/data/period");
      for (const q of ["", "gov=SY-ID,SY-HL", "from=2015-01-01&to=2016-12-31", "from=2014-02-12&to=2016-11-17", "q=ادلب", "type=battles", `place=${placeId}`]) {
        const where = data.where.eventWhere(filters(q));
        const [byType, byGov] = await Promise.all([
          t.db.event.groupBy({ by: ["type"], where, _count: { _all: true }, _sum: { fatalities: true } }),
          t.db.event.groupBy({ by: ["admin1"], where, _count: { _all: true }, _sum: { fatalities: true } }),
        ]);
        const b = await fetchBreakdown(filters(q));
        const sort = <T,>(xs: T[]) => [...xs].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
        expect(sort(b.byType), q).toEqual(sort(byType.map((g) => ({ type: g.type, events: g._count._all, fatalities: g._sum.fatalities ?? 0 }))));
        expect(sort(b.byGov), q).toEqual(sort(byGov.map((g) => ({ code: g.admin1, events: g._count._all, fatalities: g._sum.fatalities ?? 0 }))));
        expect(b.byType.length, q).toBeGreaterThan(0);
      }
      const span = await t.db.event.aggregate({ where: { reviewStatus: { not: "rejected" } }, _min: { date: true }, _max: { date: true } });
      expect(await fetchPeriod()).toEqual({ first: span._min.date!.toISOString().slice(0, 10), last: span._max.date!.toISOString().slice(0, 10) });
    });

    it("buckets the event table's timeline as the events fall, for filters only the events answer (months in one pass)", async () => {
      const { eventSource } = await import("@/lib/data/timeline-sources");
      const { bucketStart, unitFor } = await import("@/lib/timeline-buckets");
      const units = new Set<string>();
      for (const q of ["q=ادلب", `actor=${actorId}&from=2014-01-01`, `actor=${actorId}&role=actor1`, "q=الاسد&from=2016-03-01&to=2016-03-31", "q=ادلب&from=2015-01-01&to=2016-06-30", "q=حماه&type=battles"]) {
        const f = filters(q);
        const events = await t.db.event.findMany({ where: data.where.eventWhere(f), select: { date: true, type: true, fatalities: true } });
        const days = events.flatMap((e) => (e.date ? [e.date.toISOString().slice(0, 10)] : [])).sort();
        const unit = unitFor(f.from ?? days[0], f.to ?? days.at(-1)!);
        const want = new Map<string, [number, number]>();
        for (const e of events) {
          if (!e.date) continue;
          const start = bucketStart(e.date.toISOString().slice(0, 10), unit);
          const [n, k] = want.get(start) ?? [0, 0];
          want.set(start, [n + 1, k + (e.fatalities ?? 0)]);
        }
        const got = await data.timeline.timelineFrom(f, eventSource(f));
        expect(got.unit, q).toBe(unit);
        expect(got.undated, q).toBe(f.from || f.to ? 0 : events.filter((e) => !e.date).length);
        expect(new Map(got.buckets.filter((b) => b.total).map((b) => [b.start, [b.total, b.fatalities]])), q).toEqual(want);
        units.add(unit);
      }
      expect([...units].sort()).toEqual(["day", "month", "week"]);
    });

    it("counts the articles behind the events as the ORM does", async () => {
      for (const q of ["", "gov=SY-ID&from=2014-01-01&to=2016-12-31", "q=ادلب", "type=battles"]) {
        const f = filters(q);
        const expected = (await t.db.eventSource.groupBy({ by: ["articleId"], where: q ? { event: data.where.eventWhere(f) } : {} })).length;
        expect((await data.overview.fetchOverview(f)).figures.articles, q).toBe(expected);
      }
    });

    it("gives the overview of the filters only the events answer in one pass, as the three queries it replaces do", async () => {
      const { overviewFromEvents } = await import("@/lib/data/overview-events");
      const { rankActorsSql } = await import("@/lib/data/rank");
      const sort = <T,>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      const norm = (m: Awaited<ReturnType<typeof data.map.summaryFromEvents>>) => ({ ...m, places: sort(m.places), govs: sort(m.govs), types: sort(m.types) });
      const questions = ["q=ادلب", "q=الاسد", "q=ادلب&gov=SY-ID&type=battles", "q=حماه&from=2014-02-10", `place=${placeId}&minfat=1`, `actor=${actorId}&from=2015-01-01`,
        `actor=${actorId}&role=actor1`, "minfat=3", "q=لا يوجد نص كهذا"];
      let nonEmpty = 0;
      for (const q of questions) {
        const f = filters(q);
        expect(data.overview.overviewFromEventsOnly(f), q).toBe(true);
        const once = await overviewFromEvents(f, 1000);
        expect(norm(once.summary), q).toEqual(norm(await data.map.summaryFromEvents(f)));
        expect(once.actors, q).toEqual(await rankActorsSql(data.sqlWhere.sqlWhere(f, data.db.dialect), 1000));
        expect(once.articles, q).toBe(await data.overview.countArticles(f, "events"));
        // And the overview itself is what the one pass says.
        const o = await data.overview.fetchOverview(f);
        expect([o.figures.events, o.figures.fatalities, o.figures.places, o.figures.actors, o.figures.articles], q)
          .toEqual([once.summary.events, once.summary.fatalities, once.summary.places.length, once.actors.distinct, once.articles]);
        if (once.summary.events > 0 && once.actors.distinct > 1 && once.articles > 1) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThanOrEqual(6);
      // The roll-ups' filters keep their own paths.
      for (const q of ["", "gov=SY-ID", "gov=SY-ID&from=2015-01-01&to=2016-12-31", `actor=${actorId}`]) expect(data.overview.overviewFromEventsOnly(filters(q)), q).toBe(false);
    });

    it("caches by write generation: a write by another connection shows at once", async () => {
      const f = { ...EMPTY_FILTERS, gov: ["SY-ID"] };
      const before = await data.overview.fetchOverview(f);
      expect(await data.overview.fetchOverview(f)).toBe(before);
      // t.db is another client (another connection pool), as a second process would be.
      await t.db.event.create({ data: { key: "gen", type: "Battles", subType: "x", geoPrecision: 3, confidence: 1, evidence: "اشتباك", admin1: "SY-ID" } });
      const after = await data.overview.fetchOverview(f);
      expect(after.figures.events).toBe(before.figures.events + 1);
      const [m, l] = [await data.map.fetchMap(f), await data.timeline.fetchTimeline(f)];
      expect(await data.map.fetchMap(f)).toBe(m);
      expect(await data.timeline.fetchTimeline(f)).toBe(l);
      // A place moved by another connection is on the map at once (the places' own counter), and so is its new name.
      const [top] = m.places;
      await t.db.place.update({ where: { id: top.id }, data: { lat: top.lat + 0.5, nameAr: `${top.name} الجديدة` } });
      const moved = (await data.map.fetchMap(f)).places.find((p) => p.id === top.id)!;
      expect([moved.lat, moved.name]).toEqual([top.lat + 0.5, `${top.name} الجديدة`]);
      await t.db.place.update({ where: { id: top.id }, data: { lat: top.lat, nameAr: top.name } });
      expect((await data.map.fetchMap(f)).places.find((p) => p.id === top.id)!.lat).toBe(top.lat);
    });

    it("reads a page's events in one query with the fields and order of the ORM's nested select", async () => {
      const { eventRowSelect, eventRowsByIds, mentionsWithin } = await import("@/lib/data/event-rows");
      // An event without a place and one with a second source, whatever the suite's earlier writes left.
      const [a, b] = await t.db.event.findMany({ where: { placeId: { not: null } }, take: 2, orderBy: { id: "asc" }, include: { sources: true } });
      await t.db.event.update({ where: { id: a.id }, data: { placeId: null } });
      const other = await t.db.article.findFirstOrThrow({ where: { id: { not: b.sources[0].articleId } } });
      await t.db.eventSource.create({ data: { eventId: b.id, articleId: other.id, sentence: b.sources[0].sentence, start: 0, end: 5 } });
      const all = (await t.db.event.findMany({ select: { id: true }, orderBy: { id: "desc" } })).map((e) => e.id);
      // Every event of the suite's database, 50 at a time (a page), in an order that is not the ids' own.
      const shuffled = [...all].sort((a, b) => (a * 7919) % 101 - (b * 7919) % 101 || a - b);
      let [placeless, several, multiSource, mentioned] = [0, 0, 0, 0];
      for (let i = 0; i < shuffled.length; i += 50) {
        const ids = [...shuffled.slice(i, i + 50), -1];
        const viaOrm = await t.db.event.findMany({ where: { id: { in: ids } }, select: eventRowSelect });
        const byId = new Map(viaOrm.map((e) => [e.id, e]));
        const got = await eventRowsByIds(ids);
        expect(got).toEqual(ids.flatMap((id) => byId.get(id) ?? []));
        // The mentions inside each event's first source, as the ORM's OR of spans finds them.
        const spans = got.flatMap((e) => e.sources.slice(0, 1));
        const key = (m: { articleId: number; start: number; end: number; kind: string }) => `${m.articleId}:${m.start}:${m.end}:${m.kind}`;
        const ormMentions = spans.length ? await t.db.mention.findMany({
          where: { kind: { in: ["place", "actor"] }, OR: spans.map((sp) => ({ articleId: sp.articleId, start: { gte: sp.start }, end: { lte: sp.end } })) },
          select: { articleId: true, start: true, end: true, kind: true, placeId: true, actorId: true },
        }) : [];
        const byKey = <T extends { articleId: number; start: number; end: number; kind: string }>(xs: T[]) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
        expect(byKey(await mentionsWithin(spans))).toEqual(byKey(ormMentions));
        mentioned += ormMentions.length;
        placeless += got.filter((e) => !e.place).length;
        several += got.filter((e) => e.actors.length > 2).length;
        multiSource += got.filter((e) => e.sources.length > 1).length;
      }
      expect(await eventRowsByIds([])).toEqual([]);
      // Not a vacuous pass: events without a place, with several actors, with several sources, and mentions were compared.
      expect([placeless > 0, several > 0, multiSource > 0, mentioned > 100]).toEqual([true, true, true, true]);
    });

    it("chooses the events table's page in SQL exactly as the ORM orders it, for every sort and direction", async () => {
      const { eventIdsPage, countEvents, pageByDate } = await import("@/lib/data/event-page-sql");
      const { orderBy } = await import("@/lib/data/events");
      const [actor] = await t.db.eventActor.groupBy({ by: ["actorId"], _count: { _all: true }, orderBy: { _count: { actorId: "desc" } }, take: 1 });
      // The busiest actor (its page walks the date index: the few events a page needs are found soon),
      // with a role, with a governorate, and one with few events (its events are read and sorted).
      const [rare] = await t.db.eventActor.groupBy({ by: ["actorId"], _count: { _all: true }, orderBy: { _count: { actorId: "asc" } }, take: 1 });
      for (const q of ["", "q=ادلب", "q=حم", `q=ادلب&actor=${actor.actorId}`, `actor=${actor.actorId}`, `actor=${actor.actorId}&role=actor1`, `actor=${actor.actorId}&gov=SY-ID`, `actor=${rare.actorId}`,
        "gov=SY-ID,SY-HL&from=2015-01-01&to=2016-12-31", "gov=SY-ID,SY-HL,SY-DY", "q=الاسد&type=battles"]) {
        const f = filters(q);
        const where = data.where.eventWhere(f);
        expect(await countEvents(f), q).toBe(await t.db.event.count({ where }));
        for (const sort of ["date", "fatalities", "type"] as const) {
          for (const dir of ["asc", "desc"] as const) {
            for (const skip of [0, 20]) {
              const viaOrm = (await t.db.event.findMany({ where, orderBy: orderBy({ sort, dir, page: 1 }), skip, take: 25, select: { id: true } })).map((e) => e.id);
              expect(await eventIdsPage(f, { sort, dir }, skip, 25), `${q} ${sort} ${dir} ${skip}`).toEqual(viaOrm);
              // Told how many events match (an actor's newest page may then walk the date index instead).
              expect(await eventIdsPage(f, { sort, dir }, skip, 25, await countEvents(f)), `${q} ${sort} ${dir} ${skip} counted`).toEqual(viaOrm);
              // The walk itself, whichever path the counts choose here.
              if ((f.actor || f.q) && sort === "date" && dir === "desc") {
                expect((await pageByDate(f, skip, 25)).map((r) => Number(r.id)), `${q} walk ${skip}`).toEqual(viaOrm);
              }
            }
          }
        }
      }
      expect(await eventIdsPage(filters(""), { sort: "place", dir: "asc" }, 0, 25)).toBeNull();
    });
  });
}
