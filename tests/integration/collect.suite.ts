// The collector against a local news site (tests/helpers/news-server.ts): what is stored from each
// good source, the reason each bad one gets, nothing fetched twice, and an updated story re-ingested.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { dueSources, runDueSources, runSource, type SourceRun } from "@/lib/collect/run";
import { addSource, removeSource, setPaused } from "@/lib/collect/sources";
import { startNewsServer, type NewsServer } from "../helpers/news-server";
import type { TestDb } from "../helpers/db";

const knowledge = loadKnowledge();
const opts = { timeoutMs: 2000, maxBytes: 2 * 1024 * 1024, perHost: 2 };
const T0 = new Date("2026-01-01T10:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export function collectSuite(name: string, open: () => Promise<TestDb>) {
  describe(`collector (${name})`, () => {
    let t: TestDb;
    let site: NewsServer;
    const ids: Record<string, number> = {};
    let first: Map<string, SourceRun>;
    beforeAll(async () => {
      t = await open();
      site = await startNewsServer();
      for (const [key, path] of Object.entries({ rss: "/rss.xml", atom: "/atom.xml", cp1256: "/cp1256.xml", broken: "/broken.xml", slow: "/slow.xml", redirect: "/old-feed.xml", big: "/big.xml", forbidden: "/forbidden.xml", index: "/sitemap-index.xml" })) {
        const r = await addSource(t.db, { url: site.url + path, name: `مصدر ${key}`, outlet: `منفذ ${key}`, every: "15m" });
        if (!r.ok) throw new Error(r.message);
        ids[key] = r.id;
      }
      const runs = await runDueSources(t.db, knowledge, T0, opts);
      first = new Map(runs.map((r) => [Object.keys(ids).find((k) => ids[k] === r.sourceId)!, r]));
    });
    afterAll(async () => {
      await site?.close();
      await t?.cleanup();
    });

    const source = (key: string) => t.db.source.findUniqueOrThrow({ where: { id: ids[key] } });
    const article = (path: string) => t.db.article.findFirst({ where: { url: site.url + path } });

    it("collects valid RSS and Atom: each article with its URL, outlet, date and events", async () => {
      expect(first.get("rss")).toMatchObject({ status: "ok", added: 2, error: null });
      expect(first.get("atom")).toMatchObject({ status: "ok", added: 1, error: null });
      const a1 = await article("/articles/a1.html");
      expect(a1).toMatchObject({ title: "قصف جوي على سراقب", source: "منفذ rss" });
      expect(a1!.publishedAt!.toISOString().slice(0, 10)).toBe("2019-05-02");
      const events = await t.db.event.findMany({ where: { sources: { some: { articleId: a1!.id } } }, include: { place: true } });
      expect(events.map((e) => [e.subType, e.place?.nameAr, e.fatalities])).toContainEqual(["Air/drone strike", "سراقب", 5]);
      const a3 = await article("/articles/a3.html");
      expect(a3).toMatchObject({ source: "منفذ atom" });
      expect((await source("rss")).kind).toBe("feed");
    });

    it("follows a sitemap index to its child sitemaps and collects their pages", async () => {
      expect(first.get("index")).toMatchObject({ status: "ok", added: 2, error: null });
      expect((await source("index")).kind).toBe("sitemap");
      const s1 = await article("/articles/s1.html");
      expect(s1).toMatchObject({ title: "قصف على بلدة حيش", source: "منفذ index" });
      expect(await article("/articles/s2.html")).not.toBeNull();
    });

    it("reads the page's main text: table cells apart, navigation and related-article boxes left out", async () => {
      const body = (await article("/articles/a1.html"))!.body;
      expect(body).toContain("قتل خمسة مدنيين");
      expect(body).not.toContain("إدلبسراقب");
      expect(body).toMatch(/إدلب\s*؛\s*سراقب/);
      expect(body).not.toContain("مقالات ذات صلة");
      expect(body).not.toContain("مقتل عشرين مدنياً بقصف على دوما");
      expect(body).not.toContain("رياضة");
    });

    it("reads a Windows-1256 feed and page with HTML in the title and no date", async () => {
      expect(first.get("cp1256")).toMatchObject({ status: "ok", added: 1, error: null });
      const a4 = await article("/articles/a4.html");
      expect(a4).toMatchObject({ title: "قصف على ريف حماة", source: "منفذ cp1256" });
      expect(a4!.body).toContain("إصابة أربعة مدنيين");
    });

    it("follows a redirect to the feed, and a relative item link from there", async () => {
      expect(first.get("redirect")).toMatchObject({ status: "ok", added: 1, error: null });
      expect(await article("/articles/a5.html")).not.toBeNull();
    });

    it("records each bad source with its reason and goes on", async () => {
      expect(await source("broken")).toMatchObject({ lastStatus: "error", itemsAdded: 0 });
      expect((await source("broken")).lastError).toMatch(/^invalid feed XML/);
      expect((await source("slow")).lastError).toBe("no complete answer within 2000 ms");
      expect(await source("big")).toMatchObject({ lastStatus: "ok", itemsAdded: 0 });
      expect((await source("big")).lastError).toBe(`1 page(s) failed: ${site.url}/articles/big.html: answer too large (more than 2097152 bytes)`);
      expect((await source("forbidden")).lastError).toBe(`1 page(s) failed: ${site.url}/private/secret.html: robots.txt forbids ${site.url}/private/secret.html`);
      // robots.txt forbade the page: it was never requested.
      expect(site.hits.get("/private/secret.html")).toBeUndefined();
      // Five from the feeds, two from the sitemap index's children.
      expect(await t.db.article.count()).toBe(7);
      for (const a of await t.db.article.findMany()) expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/articles\/[as]\d\.html$/);
    });

    it("asks again only when due, conditionally; a 304 and known items fetch nothing twice", async () => {
      expect(await dueSources(t.db, later(10))).toHaveLength(0);
      const before = new Map(site.hits);
      const runs = await runDueSources(t.db, knowledge, later(16), opts);
      expect(runs.find((r) => r.sourceId === ids.rss)).toMatchObject({ status: "not-modified", added: 0 });
      expect(runs.find((r) => r.sourceId === ids.atom)).toMatchObject({ status: "ok", added: 0, skipped: 1 });
      expect(runs.find((r) => r.sourceId === ids.index)).toMatchObject({ status: "ok", added: 0, skipped: 2 });
      for (const p of ["/articles/a1.html", "/articles/a2.html", "/articles/a3.html", "/articles/a4.html", "/articles/a5.html", "/articles/s1.html", "/articles/s2.html"]) {
        expect(site.hits.get(p), p).toBe(1);
      }
      expect(site.hits.get("/rss.xml")).toBe(before.get("/rss.xml")! + 1);
      expect(await t.db.article.count()).toBe(7);
      expect(await t.db.collectedItem.count()).toBe(7);
    });

    it("re-ingests an updated story (same URL, new content) and drops the old version", async () => {
      site.updateStoryA1();
      const r = await runSource(t.db, knowledge, ids.rss, later(20), opts);
      expect(r).toMatchObject({ status: "ok", added: 1, skipped: 1 });
      expect(site.hits.get("/articles/a1.html")).toBe(2);
      expect(site.hits.get("/articles/a2.html")).toBe(1);
      const versions = await t.db.article.findMany({ where: { url: `${site.url}/articles/a1.html` } });
      expect(versions.map((v) => v.title)).toEqual(["حصيلة جديدة لقصف سراقب"]);
      const events = await t.db.event.findMany({ where: { sources: { some: { articleId: versions[0].id } } } });
      expect(events.map((e) => e.fatalities)).toContain(7);
      expect(await t.db.event.count({ where: { fatalities: 5, subType: "Air/drone strike" } })).toBe(0);
      expect((await source("rss")).itemsAdded).toBe(3);
    });

    it("collects a single page source once, however often it is polled", async () => {
      const r = await addSource(t.db, { url: `${site.url}/page.html`, name: "صفحة", every: "1m" });
      expect(r.ok).toBe(true);
      const id = r.ok ? r.id : 0;
      expect(await runSource(t.db, knowledge, id, later(30), opts)).toMatchObject({ status: "ok", added: 1 });
      expect(await runSource(t.db, knowledge, id, later(31), opts)).toMatchObject({ status: "ok", added: 0, skipped: 1 });
      expect((await t.db.source.findUniqueOrThrow({ where: { id } })).kind).toBe("page");
      expect(await t.db.article.count({ where: { url: `${site.url}/page.html` } })).toBe(1);
    });

    it("pauses, refuses a duplicate or bad source, and removes one keeping its articles", async () => {
      expect(await setPaused(t.db, ids.atom, true)).toMatchObject({ ok: true });
      expect((await dueSources(t.db, later(600))).map((s) => s.id)).not.toContain(ids.atom);
      expect(await addSource(t.db, { url: site.url + "/rss.xml", name: "مكرر" })).toMatchObject({ ok: false, message: "هذا الرابط مضاف من قبل باسم «مصدر rss»" });
      expect(await addSource(t.db, { url: "ftp://x/y", name: "س" })).toMatchObject({ ok: false });
      expect(await addSource(t.db, { url: "http://x/y", name: "س", every: "5 weeks" })).toMatchObject({ ok: false });
      expect(await removeSource(t.db, ids.atom)).toMatchObject({ ok: true });
      expect(await article("/articles/a3.html")).not.toBeNull();
      expect(await t.db.collectedItem.count({ where: { url: `${site.url}/articles/a3.html` } })).toBe(1);
    });
  });
}
