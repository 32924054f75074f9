// Corrections on a real database: they survive an EXTRACTOR_VERSION bump and re-ingestion, a revert
// restores the value, the audit trail holds every change in order, rejected events leave every count
// (figures, map, timeline, table), and a correction whose event is gone is listed, not dropped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { parseFilters } from "@/lib/filters";
import { CSV_HEADER, eventFields } from "@/lib/export/events";
import { ingestPaths } from "@/lib/ingest/run";
import { correctEvent, eventHistory, revertCorrection } from "@/lib/review/correct";
import { orphanedCorrections } from "@/lib/review/reapply";
import type { TestDb } from "../helpers/db";

const opts = { maxBytes: 2 * 1024 * 1024 };
const ALL = parseFilters(new URLSearchParams("")).filters;

export function reviewSuite(name: string, open: () => Promise<TestDb>) {
  describe(`corrections and review (${name})`, () => {
    let t: TestDb;
    const k = loadKnowledge();
    let data: { overview: typeof import("@/lib/data/overview"); timeline: typeof import("@/lib/data/timeline"); map: typeof import("@/lib/data/map"); events: typeof import("@/lib/data/events") };

    beforeAll(async () => {
      t = await open();
      await ingestPaths(t.db, k, ["seeds"], opts);
      process.env.DATABASE_URL = t.url;
      (globalThis as { db?: unknown }).db = undefined;
      data = { overview: await import("@/lib/data/overview"), timeline: await import("@/lib/data/timeline"), map: await import("@/lib/data/map"), events: await import("@/lib/data/events") };
    }, 120_000);
    afterAll(async () => t?.cleanup());

    /** An event of one seed article (so re-extracting that article recreates it). */
    async function eventOf(fileName: string, skip = 0) {
      return t.db.event.findFirstOrThrow({ where: { sources: { every: { article: { fileName } }, some: {} } }, orderBy: { id: "asc" }, skip });
    }

    it("a corrected toll and type survive an EXTRACTOR_VERSION bump and re-ingestion", async () => {
      const e = await eventOf("004_a27e68f401b81780.txt");
      const r = await correctEvent(t.db, e.id, { fatalities: 100, injured: 7, type: "Battles", subType: "Armed clash" }, "العدد في البيان الرسمي", "editor@example.org");
      expect(r).toEqual({ ok: true, corrections: e.type === "Battles" && e.subType === "Armed clash" ? 2 : 4 });
      const after = await t.db.event.findUniqueOrThrow({ where: { id: e.id } });
      expect(after).toMatchObject({ fatalities: 100, injured: 7, type: "Battles", subType: "Armed clash", reviewStatus: "corrected", reviewedBy: "editor@example.org" });
      expect(JSON.parse(after.extracted!)).toMatchObject({ fatalities: e.fatalities, type: e.type });

      await t.db.article.updateMany({ where: { fileName: "004_a27e68f401b81780.txt" }, data: { extractorVersion: 0 } });
      expect(await ingestPaths(t.db, k, ["seeds"], opts)).toMatchObject({ updated: 1 });
      const again = await t.db.event.findUniqueOrThrow({ where: { key: e.key } });
      expect(again.id).not.toBe(e.id); // recreated by the re-extraction…
      expect(again).toMatchObject({ fatalities: 100, injured: 7, type: "Battles", subType: "Armed clash", reviewStatus: "corrected" }); // …with the corrections re-applied
      expect(again.editedFields.split(",")).toEqual(expect.arrayContaining(["fatalities", "injured"]));
    });

    it("a revert restores the extracted value by a new record, and the trail keeps every change in order", async () => {
      const e = await eventOf("000_448b6838e3bdb920.txt");
      await correctEvent(t.db, e.id, { fatalities: 3 }, "", "a@example.org");
      await correctEvent(t.db, e.id, { fatalities: 4 }, "", "b@example.org");
      const [first, second] = await eventHistory(t.db, e.key);
      expect((await revertCorrection(t.db, second.id, "c@example.org")).ok).toBe(true);
      expect((await t.db.event.findUniqueOrThrow({ where: { id: e.id } })).fatalities).toBe(3);
      await revertCorrection(t.db, first.id, "c@example.org");
      const back = await t.db.event.findUniqueOrThrow({ where: { id: e.id } });
      expect(back.fatalities).toBe(e.fatalities);
      expect(back.reviewStatus).toBe("unreviewed");
      expect(back.editedFields).toBe("");
      const trail = await eventHistory(t.db, e.key);
      expect(trail.map((c) => [c.field, JSON.parse(c.before), JSON.parse(c.after), c.author, c.revertsId])).toEqual([
        ["fatalities", e.fatalities, 3, "a@example.org", null],
        ["fatalities", 3, 4, "b@example.org", null],
        ["fatalities", 4, 3, "c@example.org", second.id],
        ["fatalities", 3, e.fatalities, "c@example.org", first.id],
      ]);
    });

    it("refuses bad input whole: unknown field, bad value, a sub-type of another type, a rejection without a reason", async () => {
      const e = await eventOf("001_23febb985faa2048.txt");
      expect(await correctEvent(t.db, e.id, { colour: "red" } as never, "", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await correctEvent(t.db, e.id, { fatalities: -1 }, "", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await correctEvent(t.db, e.id, { type: "Protests", subType: "Air/drone strike" }, "", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await correctEvent(t.db, e.id, { status: "rejected" }, " ", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await correctEvent(t.db, 99_999_999, { fatalities: 1 }, "", "x")).toMatchObject({ ok: false, status: 404 });
      expect(await eventHistory(t.db, e.key)).toEqual([]);
    });

    it("a rejected event leaves every count, and ?status=rejected finds it", async () => {
      const before = await data.overview.fetchOverview(ALL);
      const e = await t.db.event.findFirstOrThrow({ where: { reviewStatus: "unreviewed" }, orderBy: [{ fatalities: { sort: "desc", nulls: "last" } }, { id: "asc" }] });
      expect((await correctEvent(t.db, e.id, { status: "rejected" }, "not_event", "editor@example.org")).ok).toBe(true);
      const after = await data.overview.fetchOverview(ALL);
      expect(after.figures.events).toBe(before.figures.events - 1);
      expect(after.figures.fatalities).toBe(before.figures.fatalities - (e.fatalities ?? 0));
      const timeline = await data.timeline.fetchTimeline(ALL);
      const map = await data.map.fetchMap(ALL);
      const page = await data.events.fetchEventPage(ALL, { sort: "date", dir: "desc", page: 1 });
      expect(timeline.buckets.reduce((n, b) => n + b.total, 0) + timeline.undated).toBe(after.figures.events);
      expect(page.total).toBe(after.figures.events);
      expect(map.places.reduce((n, p) => n + p.events, 0) + map.unlocated).toBe(after.figures.events);
      const rejected = parseFilters(new URLSearchParams("status=rejected")).filters;
      expect((await data.overview.fetchOverview(rejected)).figures.events).toBe(1);
      expect((await data.events.fetchEventPage(rejected, { sort: "date", dir: "desc", page: 1 })).rows.map((r) => r.id)).toEqual([e.id]);
      // The exports say so: review_status, edited_fields, reviewed_by.
      const exported = [];
      for await (const batch of data.events.exportEvents(rejected)) exported.push(...batch.map(eventFields));
      expect(exported.map((x) => [x.event_id, x.review_status, x.reviewed_by])).toEqual([[e.id, "rejected", "editor@example.org"]]);
      const corrected = [];
      for await (const batch of data.events.exportEvents(parseFilters(new URLSearchParams("status=corrected")).filters)) corrected.push(...batch.map(eventFields));
      expect(corrected.find((x) => x.fatalities === 100)?.edited_fields).toContain("fatalities");
      expect(CSV_HEADER.slice(-3)).toEqual(["review_status", "edited_fields", "reviewed_by"]);
    });

    it("lists a correction whose event no longer exists, and keeps it", async () => {
      const e = await eventOf("002_7d8960b717b28fdc.txt");
      await correctEvent(t.db, e.id, { injured: 9 }, "", "editor@example.org");
      await t.db.event.delete({ where: { id: e.id } });
      const orphans = await orphanedCorrections(t.db);
      expect(orphans.map((c) => [c.eventKey, c.field])).toEqual([[e.key, "injured"]]);
      expect(await t.db.correction.count({ where: { eventKey: e.key } })).toBe(1);
    });
  });
}
