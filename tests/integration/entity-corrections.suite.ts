// Place and actor corrections on a real database: a place's new governorate and point move its events
// on the map and the filters (rollups and search stay exact), survive an EXTRACTOR_VERSION bump and
// re-ingestion, a merge moves mentions and events and holds when a new article names the merged-away
// place again, a revert restores, the trail keeps every change in order, an unauthenticated write is
// refused, and a correction whose place is gone is listed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/filters";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ingestPaths } from "@/lib/ingest/run";
import { correctEntity, entityHistory, revertEntityCorrection } from "@/lib/review/entity-correct";
import { orphanedEntityCorrections } from "@/lib/review/entity-reapply";
import type { TestDb } from "../helpers/db";

const opts = { maxBytes: 2 * 1024 * 1024 };
const filters = (q: string) => parseFilters(new URLSearchParams(q)).filters;
const EDITOR = "editor@example.org";
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export function entityCorrectionsSuite(name: string, open: () => Promise<TestDb>) {
  describe(`place and actor corrections (${name})`, () => {
    let t: TestDb;
    const k = loadKnowledge();
    let data: { map: typeof import("@/lib/data/map"); overview: typeof import("@/lib/data/overview") };
    const dir = mkdtempSync(join(tmpdir(), "entity-corr-"));

    beforeAll(async () => {
      t = await open();
      await ingestPaths(t.db, k, ["seeds"], opts);
      process.env.DATABASE_URL = t.url;
      (globalThis as { db?: unknown }).db = undefined;
      data = { map: await import("@/lib/data/map"), overview: await import("@/lib/data/overview") };
    }, 120_000);
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await t?.cleanup();
    });

    /** Located places in Syria with events, most events first. */
    async function busyPlaces() {
      const rows = await t.db.place.findMany({
        where: { admin1: { not: null }, lat: { not: null }, kind: { notIn: ["country", "governorate"] }, events: { some: {} } },
        include: { _count: { select: { events: true, mentions: true } } },
      });
      return rows.sort((a, b) => b._count.events - a._count.events || a.id - b.id);
    }
    const eventsIn = (admin1: string) => t.db.event.count({ where: { admin1, reviewStatus: { not: "rejected" } } });

    it("a new governorate and point move the place's events on the map and the filters, and survive re-extraction", async () => {
      const [p] = await busyPlaces();
      const from = p.admin1!;
      const to = from === "SY-HA" ? "SY-DY" : "SY-HA";
      const n = p._count.events;
      const before = { to: await eventsIn(to), from: await eventsIn(from) };
      expect((await data.map.fetchMap(filters(`gov=${to}`))).places.find((x) => x.id === p.id)).toBeUndefined();

      const r = await correctEntity(t.db, "place", p.id, { admin1: to, lat: 36.5, lon: 40.75 }, "الإحداثيات من خريطة رسمية", EDITOR);
      expect(r).toEqual({ ok: true, corrections: 3 });
      const moved = await t.db.event.findMany({ where: { placeId: p.id } });
      expect(moved).toHaveLength(n);
      expect(moved.every((e) => e.admin1 === to && e.lat === 36.5 && e.lon === 40.75)).toBe(true);
      // The map under the new governorate shows the place at its new point with all its events…
      const onMap = (await data.map.fetchMap(filters(`gov=${to}`))).places.find((x) => x.id === p.id);
      expect(onMap).toMatchObject({ lat: 36.5, lon: 40.75, admin1: to, events: n });
      expect((await data.map.fetchMap(filters(`gov=${from}`))).places.find((x) => x.id === p.id)).toBeUndefined();
      // …and the governorate counts (rollups) follow exactly.
      expect(await eventsIn(to)).toBe(before.to + n);
      expect((await data.overview.fetchOverview(filters(`gov=${to}`))).figures.events).toBe(before.to + n);
      expect((await data.overview.fetchOverview(filters(`gov=${from}`))).figures.events).toBe(before.from - n);

      // Every article re-extracted by a newer extractor: the place row is refreshed from the gazetteer
      // and its events recreated, and the correction is applied again.
      await t.db.article.updateMany({ data: { extractorVersion: 0 } });
      await ingestPaths(t.db, k, ["seeds"], opts);
      expect(await t.db.place.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ admin1: to, lat: 36.5, lon: 40.75 });
      const again = await t.db.event.findMany({ where: { placeId: p.id } });
      expect(again).toHaveLength(n);
      expect(again.every((e) => e.admin1 === to && e.lat === 36.5)).toBe(true);
      expect((await data.overview.fetchOverview(filters(`gov=${to}`))).figures.events).toBe(before.to + n);

      // A revert of the governorate restores it, on the place and its events; the trail keeps it all.
      const history = await entityHistory(t.db, "place", p.key);
      const admin1 = history.find((c) => c.field === "admin1")!;
      expect((await revertEntityCorrection(t.db, admin1.id, "b@example.org")).ok).toBe(true);
      expect((await t.db.place.findUniqueOrThrow({ where: { id: p.id } })).admin1).toBe(from);
      expect(await eventsIn(from)).toBe(before.from);
      expect((await data.overview.fetchOverview(filters(`gov=${to}`))).figures.events).toBe(before.to);
      const trail = await entityHistory(t.db, "place", p.key);
      expect(trail.map((c) => [c.field, JSON.parse(c.before), JSON.parse(c.after), c.author, c.revertsId])).toEqual([
        ["lat", p.lat, 36.5, EDITOR, null],
        ["lon", p.lon, 40.75, EDITOR, null],
        ["admin1", from, to, EDITOR, null],
        ["admin1", to, from, "b@example.org", admin1.id],
      ]);
    }, 240_000);

    it("a merge moves mentions and events, B's names join A's, holds for a new article naming B, and a revert moves them back", async () => {
      const places = await busyPlaces();
      const [a, b] = [places[1], places[2]];
      const bMentions = b._count.mentions;
      const aMentions = a._count.mentions;
      const bEvents = await t.db.event.count({ where: { placeId: b.id } });
      expect(await correctEntity(t.db, "place", b.id, { mergeInto: a.id }, "المكان نفسه", EDITOR)).toEqual({ ok: true, corrections: 1 });
      expect(await t.db.mention.count({ where: { placeId: b.id } })).toBe(0);
      expect(await t.db.mention.count({ where: { placeId: a.id } })).toBe(aMentions + bMentions);
      expect(await t.db.event.count({ where: { placeId: b.id } })).toBe(0);
      const aRow = await t.db.place.findUniqueOrThrow({ where: { id: a.id } });
      expect(JSON.parse(aRow.aliases)).toContain(b.nameAr);
      expect(aRow.searchText).not.toBe(a.searchText); // the search column took B's names (database triggers)
      expect((await t.db.event.findMany({ where: { mergedFromPlaceId: b.id } })).every((e) => e.admin1 === a.admin1)).toBe(true);

      // A new article naming B: its mentions and events land on A.
      const source = await t.db.article.findFirstOrThrow({ where: { mentions: { some: { mergedFromId: b.id, kind: "place" } } }, orderBy: { id: "asc" } });
      const newMentions = await t.db.mention.count({ where: { articleId: source.id, mergedFromId: b.id, kind: "place" } });
      writeFileSync(join(dir, "new.txt"), `${source.title}\n\n${source.body}\n\nتحديث لاحق.`);
      expect(await ingestPaths(t.db, k, [dir], opts)).toMatchObject({ new: 1 });
      expect(await t.db.mention.count({ where: { placeId: b.id } })).toBe(0);
      expect(await t.db.mention.count({ where: { placeId: a.id } })).toBe(aMentions + bMentions + newMentions + (await t.db.mention.count({ where: { placeId: a.id, mergedFromId: null, article: { fileName: "new.txt" } } })));
      expect(await t.db.event.count({ where: { placeId: b.id } })).toBe(0);

      const merge = (await entityHistory(t.db, "place", b.key))[0];
      expect(await revertEntityCorrection(t.db, merge.id, EDITOR)).toEqual({ ok: true, corrections: 1 });
      expect(await t.db.mention.count({ where: { placeId: b.id } })).toBe(bMentions + newMentions);
      expect(await t.db.event.count({ where: { placeId: b.id } })).toBeGreaterThanOrEqual(bEvents);
      expect(JSON.parse((await t.db.place.findUniqueOrThrow({ where: { id: a.id } })).aliases)).not.toContain(b.nameAr);
      expect((await t.db.place.findUniqueOrThrow({ where: { id: b.id } })).mergedIntoId).toBeNull();
    }, 240_000);

    it("actors: aliases, kind, affiliation and a merge, with its roles and mentions, and a revert", async () => {
      const actors = await t.db.actor.findMany({ include: { _count: { select: { mentions: true, events: true } } } });
      actors.sort((x, y) => y._count.mentions - x._count.mentions || x.id - y.id);
      const [a, b, c] = actors;
      expect(await correctEntity(t.db, "actor", c.id, { aliases: ["اسم جديد"], kind: "media", affiliation: a.id }, "", EDITOR)).toEqual({ ok: true, corrections: 3 });
      expect(await t.db.actor.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ aliases: JSON.stringify(["اسم جديد"]), kind: "media", affiliationId: a.id });
      expect(await correctEntity(t.db, "actor", b.id, { mergeInto: a.id }, "", EDITOR)).toEqual({ ok: true, corrections: 1 });
      expect(await t.db.mention.count({ where: { actorId: b.id } })).toBe(0);
      expect(await t.db.eventActor.count({ where: { actorId: b.id } })).toBe(0);
      expect(await t.db.mention.count({ where: { actorId: a.id } })).toBe(a._count.mentions + b._count.mentions);
      // Merging into a merged-away actor, or into itself, is refused.
      expect(await correctEntity(t.db, "actor", c.id, { mergeInto: b.id }, "", EDITOR)).toMatchObject({ ok: false, status: 400 });
      expect(await correctEntity(t.db, "actor", a.id, { mergeInto: a.id }, "", EDITOR)).toMatchObject({ ok: false, status: 400 });
      const merge = (await entityHistory(t.db, "actor", b.key))[0];
      await revertEntityCorrection(t.db, merge.id, EDITOR);
      expect(await t.db.mention.count({ where: { actorId: b.id } })).toBe(b._count.mentions);
      expect(await t.db.mention.count({ where: { actorId: a.id } })).toBe(a._count.mentions);
    }, 120_000);

    it("refuses bad input whole and an unauthenticated write", async () => {
      const [p] = await busyPlaces();
      const count = await t.db.entityCorrection.count();
      expect(await correctEntity(t.db, "place", p.id, { admin1: "SY-XX" }, "", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await correctEntity(t.db, "place", p.id, { lat: 120 }, "", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await correctEntity(t.db, "place", p.id, { kind: "planet", lat: 1 }, "", "x")).toMatchObject({ ok: false, status: 400 });
      expect(await correctEntity(t.db, "place", 99_999_999, { lat: 1 }, "", "x")).toMatchObject({ ok: false, status: 404 });
      const { POST } = (await import("@/app/api/places/[id]/corrections/route")) as unknown as { POST: Handler };
      const res = await POST(new Request("http://dash.test/api/places/1/corrections", { method: "POST", headers: { host: "dash.test", "content-type": "application/json" }, body: JSON.stringify({ changes: { admin1: "SY-HA" } }) }), { params: Promise.resolve({ id: String(p.id) }) });
      expect(res.status).toBe(401);
      expect(await t.db.entityCorrection.count()).toBe(count);
    });

    it("lists a correction whose place no longer exists, and keeps it", async () => {
      const lone = await t.db.place.create({ data: { key: "test-lone-place", nameAr: "مكان وحيد", kind: "village", origin: "supplement" } });
      await correctEntity(t.db, "place", lone.id, { lat: 35.1, lon: 36.2 }, "", EDITOR);
      await t.db.place.delete({ where: { id: lone.id } });
      expect((await orphanedEntityCorrections(t.db)).map((c) => [c.targetKey, c.field])).toEqual([["test-lone-place", "lat"], ["test-lone-place", "lon"]]);
    });
  });
}
