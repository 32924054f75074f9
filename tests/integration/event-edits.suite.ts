// Event edits beyond field corrections, on a real database: the actor list (add, remove, change a
// role), merging a duplicate into the event it repeats, and an event an editor adds from a sentence
// the extractor missed. Each survives an EXTRACTOR_VERSION bump and re-ingestion, and each is counted
// where it matters: actor filters and profiles, the overview figures, the CSV export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { parseFilters } from "@/lib/filters";
import { eventFields } from "@/lib/export/events";
import { ingestPaths } from "@/lib/ingest/run";
import { segment } from "@/lib/extract/segment";
import { addMissedEvent } from "@/lib/review/add-event";
import { correctEvent, eventHistory, revertCorrection } from "@/lib/review/correct";
import { mergeEvents } from "@/lib/review/merge";
import type { TestDb } from "../helpers/db";

const opts = { maxBytes: 2 * 1024 * 1024 };
const filters = (q: string) => parseFilters(new URLSearchParams(q)).filters;
const ALL = filters("");

export function eventEditsSuite(name: string, open: () => Promise<TestDb>) {
  describe(`event edits: actors, merge, missed events (${name})`, () => {
    let t: TestDb;
    const k = loadKnowledge();
    let data: { overview: typeof import("@/lib/data/overview"); events: typeof import("@/lib/data/events"); actors: typeof import("@/lib/data/actors") };

    beforeAll(async () => {
      t = await open();
      await ingestPaths(t.db, k, ["seeds"], opts);
      process.env.DATABASE_URL = t.url;
      (globalThis as { db?: unknown }).db = undefined;
      data = { overview: await import("@/lib/data/overview"), events: await import("@/lib/data/events"), actors: await import("@/lib/data/actors") };
    }, 120_000);
    afterAll(async () => t?.cleanup());

    const eventCount = async (q: string) => (await data.overview.fetchOverview(filters(q))).figures.events;
    const actorsOf = async (key: string) =>
      (await t.db.eventActor.findMany({ where: { event: { key } }, select: { actorId: true, role: true }, orderBy: [{ actorId: "asc" }, { role: "asc" }] }));
    /** Events read from one seed article only (so re-extracting it recreates them), with their actors. */
    async function singleSourceEvents(where: object = {}) {
      const rows = await t.db.event.findMany({ where: { reviewStatus: "unreviewed", ...where }, include: { sources: { include: { article: { select: { fileName: true } } } }, actors: true }, orderBy: { id: "asc" } });
      return rows.filter((e) => new Set(e.sources.map((s) => s.articleId)).size === 1);
    }
    async function reextract(fileNames: string[]) {
      await t.db.article.updateMany({ where: { fileName: { in: fileNames } }, data: { extractorVersion: 0 } });
      expect(await ingestPaths(t.db, k, ["seeds"], opts)).toMatchObject({ updated: fileNames.length });
    }

    it("adding, removing and re-roling actors changes the actor filters and profiles, survives re-extraction, and reverts", async () => {
      const [e] = await singleSourceEvents({ actors: { some: {} } });
      const removed = e.actors[0];
      // An actor known to the database and not in this event.
      const added = await t.db.actor.findFirstOrThrow({ where: { id: { notIn: e.actors.map((a) => a.actorId) }, events: { some: {} } }, orderBy: { id: "asc" } });
      const [addedBefore, removedBefore] = [await eventCount(`actor=${added.id}`), await eventCount(`actor=${removed.actorId}`)];
      const profileBefore = (await data.actors.fetchActor(added.id))!._count.events;
      const extracted = e.actors.map((a) => ({ actorId: a.actorId, role: a.role }));
      const list = [...extracted.slice(1), { actorId: added.id, role: "actor2" }];

      expect(await correctEvent(t.db, e.id, { actors: list }, "", "editor@example.org")).toEqual({ ok: true, corrections: 1 });
      const stillThere = e.actors.slice(1).some((a) => a.actorId === removed.actorId);
      expect(await eventCount(`actor=${added.id}`)).toBe(addedBefore + 1);
      expect(await eventCount(`actor=${removed.actorId}`)).toBe(removedBefore - (stillThere ? 0 : 1));
      expect((await data.actors.fetchActor(added.id))!._count.events).toBe(profileBefore + 1);
      const row = await t.db.event.findUniqueOrThrow({ where: { id: e.id } });
      expect(row).toMatchObject({ reviewStatus: "corrected", reviewedBy: "editor@example.org", editedFields: "actors" });

      // A role change: the added actor becomes actor1; the actor1/actor2 role filter follows.
      const reRoled = [...extracted.slice(1), { actorId: added.id, role: "actor1" }];
      expect((await correctEvent(t.db, e.id, { actors: reRoled }, "", "editor@example.org")).ok).toBe(true);
      expect((await t.db.eventActor.findMany({ where: { eventId: e.id, actorId: added.id } })).map((a) => a.role)).toEqual(["actor1"]);

      await reextract([e.sources[0].article.fileName]);
      const again = await t.db.event.findUniqueOrThrow({ where: { key: e.key } });
      expect(again.id).not.toBe(e.id);
      const sorted = (l: { actorId: number; role: string }[]) => [...l].sort((a, b) => a.actorId - b.actorId || a.role.localeCompare(b.role));
      expect(await actorsOf(e.key)).toEqual(sorted(reRoled));
      expect(await eventCount(`actor=${added.id}`)).toBe(addedBefore + 1);

      // Reverting the first actor record brings the extracted list back.
      const first = (await eventHistory(t.db, e.key)).find((c) => c.field === "actors")!;
      expect((await revertCorrection(t.db, first.id, "c@example.org")).ok).toBe(true);
      expect(await actorsOf(e.key)).toEqual(sorted(extracted));
      expect(await eventCount(`actor=${added.id}`)).toBe(addedBefore);
      expect(await eventCount(`actor=${removed.actorId}`)).toBe(removedBefore);
      expect((await t.db.event.findUniqueOrThrow({ where: { key: e.key } })).reviewStatus).toBe("unreviewed");
    });

    it("refuses an unknown actor, an unknown role and a repeated actor, writing nothing", async () => {
      const [e] = await singleSourceEvents();
      expect(await correctEvent(t.db, e.id, { actors: [{ actorId: 99_999_999, role: "actor1" }] }, "", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await correctEvent(t.db, e.id, { actors: [{ actorId: 1, role: "victim" }] }, "", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await correctEvent(t.db, e.id, { actors: [{ actorId: 1, role: "actor1" }, { actorId: 1, role: "actor1" }] }, "", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await eventHistory(t.db, e.key)).toEqual([]);
    });

    it("a merge keeps both sources on the kept event, drops the count by one, survives re-extraction of both articles, and reverts", async () => {
      const events = await singleSourceEvents();
      const a = events[0];
      const b = events.find((x) => x.sources[0].articleId !== a.sources[0].articleId)!;
      const before = await eventCount("");
      const sourceKeys = async (key: string) => (await t.db.eventSource.findMany({ where: { event: { key } }, orderBy: [{ articleId: "asc" }, { start: "asc" }] })).map((s) => `${s.articleId}:${s.start}`);
      const own = await sourceKeys(a.key);
      const both = [...new Set([...(await sourceKeys(a.key)), ...(await sourceKeys(b.key))])].sort();

      expect(await mergeEvents(t.db, a.id, b.id, "editor@example.org")).toEqual({ ok: true, corrections: 1 });
      expect((await sourceKeys(a.key)).sort()).toEqual(both);
      expect(await t.db.event.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ reviewStatus: "rejected", reviewedBy: "editor@example.org" });
      expect((await eventHistory(t.db, b.key)).map((c) => [c.field, c.reason])).toEqual([["mergedInto", `duplicate:${a.id}`]]);
      expect(await eventCount("")).toBe(before - 1);
      expect(await mergeEvents(t.db, a.id, b.id, "editor@example.org")).toMatchObject({ ok: false, status: 400 });
      expect(await mergeEvents(t.db, b.id, a.id, "editor@example.org")).toMatchObject({ ok: false, status: 400 }); // no chain through a duplicate

      // The duplicate's article re-extracted: its key comes back and is merged into the kept event again.
      await reextract([b.sources[0].article.fileName]);
      const b2 = await t.db.event.findUniqueOrThrow({ where: { key: b.key } });
      expect(b2.id).not.toBe(b.id);
      expect(b2.reviewStatus).toBe("rejected");
      expect((await sourceKeys(a.key)).sort()).toEqual(both);
      // The kept event's article re-extracted: the recreated event takes the duplicate's sources again.
      await reextract([a.sources[0].article.fileName]);
      expect((await sourceKeys(a.key)).sort()).toEqual(both);
      expect(await eventCount("")).toBe(before - 1);

      const merge = (await eventHistory(t.db, b.key))[0];
      expect((await revertCorrection(t.db, merge.id, "c@example.org")).ok).toBe(true);
      expect(await sourceKeys(a.key)).toEqual(own);
      expect((await t.db.event.findUniqueOrThrow({ where: { key: b.key } })).reviewStatus).toBe("unreviewed");
      expect(await eventCount("")).toBe(before);
    });

    it("an event added from a missed sentence is confirmed by its editor, counted and exported, and survives re-extraction", async () => {
      const article = await t.db.article.findFirstOrThrow({ orderBy: { id: "asc" }, skip: 3 });
      const used = new Set((await t.db.eventSource.findMany({ where: { articleId: article.id } })).map((s) => s.start));
      const sentence = segment(article.body).sentences.find((s) => !s.title && !used.has(s.start))!;
      const place = await t.db.place.findFirstOrThrow({ where: { admin1: "SY-ID", kind: "city" }, orderBy: { id: "asc" } });
      const before = await data.overview.fetchOverview(ALL);
      const govBefore = await eventCount("gov=SY-ID");

      const input = { start: sentence.start, end: sentence.end, type: "Battles", subType: "Armed clash", placeId: place.id, date: "2019-05-04", datePrecision: 1, fatalities: 3, injured: null };
      const r = await addMissedEvent(t.db, article.id, input, "editor@example.org");
      if (!r.ok) throw new Error(r.error);
      const e = await t.db.event.findUniqueOrThrow({ where: { id: r.eventId }, include: { sources: true } });
      expect(e).toMatchObject({ reviewStatus: "confirmed", reviewedBy: "editor@example.org", admin1: "SY-ID", fatalities: 3, evidence: article.body.slice(sentence.start, sentence.end) });
      expect(e.sources.map((s) => [s.articleId, s.start, s.end])).toEqual([[article.id, sentence.start, sentence.end]]);
      const after = await data.overview.fetchOverview(ALL);
      expect(after.figures.events).toBe(before.figures.events + 1);
      expect(after.figures.fatalities).toBe(before.figures.fatalities + 3);
      expect(await eventCount("gov=SY-ID")).toBe(govBefore + 1);

      await reextract([article.fileName]);
      const kept = await t.db.event.findUniqueOrThrow({ where: { id: r.eventId }, include: { sources: true } });
      expect(kept).toMatchObject({ reviewStatus: "confirmed", fatalities: 3, key: e.key });
      expect(kept.sources).toHaveLength(1);
      expect(await eventCount("")).toBe(after.figures.events);

      const exported = [];
      for await (const batch of data.events.exportEvents(filters("gov=SY-ID&from=2019-05-04&to=2019-05-04"))) exported.push(...batch.map(eventFields));
      expect(exported.find((x) => x.event_id === r.eventId)).toMatchObject({ review_status: "confirmed", reviewed_by: "editor@example.org", fatalities: 3 });
    });

    it("refuses a missed event outside the article, of a sub-type of another type, or at an unknown place", async () => {
      const article = await t.db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
      const ok = { start: 0, end: 10, type: "Battles", subType: "Armed clash", placeId: null, date: null };
      const n = await t.db.event.count();
      expect(await addMissedEvent(t.db, article.id, { ...ok, end: article.body.length + 5 }, "x")).toMatchObject({ ok: false, status: 400 });
      expect(await addMissedEvent(t.db, article.id, { ...ok, subType: "Air/drone strike" }, "x")).toMatchObject({ ok: false, status: 400 });
      expect(await addMissedEvent(t.db, article.id, { ...ok, placeId: 99_999_999 }, "x")).toMatchObject({ ok: false, status: 400 });
      expect(await addMissedEvent(t.db, 99_999_999, ok, "x")).toMatchObject({ ok: false, status: 404 });
      expect(await t.db.event.count()).toBe(n);
    });
  });
}
