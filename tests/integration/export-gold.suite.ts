// The analysts' review becomes an evaluation set (issue 13, item 5): export-gold writes exactly the
// articles whose every event was reviewed, with the corrected values and without the rejected events,
// and the export round-trips through ../shared/eval/score.mjs: an article reviewed as the machine read
// it scores 1.00 against the extractor, a corrected toll shows as a fatalities miss, a rejected event
// as a false positive.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ingestPaths } from "@/lib/ingest/run";
import { correctEvent } from "@/lib/review/correct";
import { exportGold, goldFileName, type GoldArticle } from "@/lib/review/export-gold";
import { writeGold } from "@/lib/review/write-gold";
import { predict, scoreFigures } from "../../scripts/eval-sets";
import type { TestDb } from "../helpers/db";

const opts = { maxBytes: 2 * 1024 * 1024 };
// Two TREC articles whose publication date is only in <TIME>: d02's body reads back from front matter,
// d19's does not (the Markdown reader would change it), so its date cannot travel with the text.
const REAL = "../shared/eval/real/texts";
const METADATA_DATED = ["d02.txt", "d19.txt"];

export function exportGoldSuite(name: string, open: () => Promise<TestDb>) {
  describe(`export-gold (${name})`, () => {
    let t: TestDb;
    const k = loadKnowledge();
    /** The three reviewed articles: confirmed as read, one toll corrected, one event rejected; and one left half-reviewed. */
    let asRead: number, corrected: number, rejected: number, halfDone: number;
    let correctedEvent: { id: number; fatalities: number | null }, rejectedEvent: number;
    let dir: string;

    /** Articles whose events come from that article alone (so reviewing one article touches no other). */
    async function ownEvents() {
      const articles = await t.db.article.findMany({ orderBy: { id: "asc" }, include: { eventSources: { include: { event: { include: { sources: true } } } } } });
      return articles
        .map((a) => ({ id: a.id, fileName: a.fileName, events: [...new Map(a.eventSources.map((s) => [s.event.id, s.event])).values()] }))
        .filter((a) => !METADATA_DATED.includes(a.fileName))
        .filter((a) => a.events.length > 0 && a.events.every((e) => e.sources.every((s) => s.articleId === a.id)));
    }
    const confirm = async (id: number) => expect((await correctEvent(t.db, id, { status: "confirmed" }, "", "editor@example.org")).ok).toBe(true);

    beforeAll(async () => {
      t = await open();
      await ingestPaths(t.db, k, ["seeds", "tests/fixtures/articles", ...METADATA_DATED.map((f) => `${REAL}/${f}`)], opts);
      const own = await ownEvents();
      // The rejected article needs a second event (so some of it stays); the corrected one a toll to change.
      const third = own.find((a) => a.events.length >= 2)!;
      const rest = own.filter((a) => a !== third);
      const second = rest.find((a) => a.events.some((e) => e.fatalities != null && e.fatalities > 0))!;
      const first = rest.find((a) => a !== second && a.events.every((e) => e.placeId != null) && a.events.some((e) => e.fatalities != null))!;
      const fourth = rest.find((a) => a !== first && a !== second && a.events.length >= 2)!;
      expect([first, second, third, fourth].every(Boolean)).toBe(true);
      [asRead, corrected, rejected, halfDone] = [first.id, second.id, third.id, fourth.id];

      for (const e of first.events) await confirm(e.id);
      const toll = second.events.find((e) => e.fatalities != null && e.fatalities > 0)!;
      correctedEvent = { id: toll.id, fatalities: toll.fatalities };
      expect((await correctEvent(t.db, toll.id, { fatalities: toll.fatalities! + 40 }, "الحصيلة في البيان", "editor@example.org")).ok).toBe(true);
      for (const e of second.events) if (e.id !== toll.id) await confirm(e.id);
      rejectedEvent = third.events[0].id;
      expect((await correctEvent(t.db, rejectedEvent, { status: "rejected" }, "not_event", "editor@example.org")).ok).toBe(true);
      for (const e of third.events.slice(1)) await confirm(e.id);
      await confirm(fourth.events[0].id); // one event of it stays unreviewed

      dir = mkdtempSync(join(tmpdir(), "gold-"));
      writeGold(dir, await exportGold(t.db));
    }, 180_000);
    afterAll(async () => t?.cleanup());

    const gold = (at = dir): { articles: GoldArticle[] } => JSON.parse(readFileSync(join(at, "gold.json"), "utf8"));
    const articleOf = (id: number, at = dir) => gold(at).articles.find((a) => a.file === goldFileName(id))!;
    /** The scorer's figures for one exported article against the current extractor. */
    function scoreOne(id: number, at = dir) {
      const one = join(at, `gold-${id}.json`);
      writeFileSync(one, JSON.stringify({ articles: [articleOf(id, at)] }));
      const spec = { dir: join(at, "texts"), gold: one };
      return scoreFigures(spec, predict(spec, k).lines);
    }

    it("writes exactly the fully reviewed articles, with their texts", async () => {
      expect(gold().articles.map((a) => a.file)).toEqual([asRead, corrected, rejected].sort((a, b) => a - b).map(goldFileName));
      expect(readdirSync(join(dir, "texts")).sort()).toEqual([asRead, corrected, rejected].map(goldFileName).sort());
      const body = (await t.db.article.findUniqueOrThrow({ where: { id: asRead } })).body;
      expect(readFileSync(join(dir, "texts", goldFileName(asRead)), "utf8")).toBe(body);
      expect(existsSync(join(dir, "texts", goldFileName(halfDone)))).toBe(false);
    });

    it("carries the corrected toll and leaves the rejected event out", async () => {
      const tolls = articleOf(corrected).events.filter((e) => e.note.startsWith(`event ${correctedEvent.id} `));
      expect(tolls.map((e) => e.fatalities)).toEqual([correctedEvent.fatalities! + 40]);
      expect(tolls[0].note).toContain("corrected: fatalities");
      const events = await t.db.eventSource.findMany({ where: { articleId: rejected }, distinct: ["eventId"] });
      expect(articleOf(rejected).events.map((e) => e.note.split(" ")[1])).toEqual(
        expect.not.arrayContaining([String(rejectedEvent)]),
      );
      expect(articleOf(rejected).events).toHaveLength(events.length - 1);
    });

    it("round-trips through the scorer: the article confirmed as read scores 1.00", () => {
      const s = scoreOne(asRead);
      expect(s.missing).toBe(0);
      expect([s.places.f1, s.places.located, s.actors.f1, s.events.f1, s.fatalitiesExact, s.date.accuracy]).toEqual([1, 1, 1, 1, 1, 1]);
    });

    it("a corrected toll is a fatalities miss, a rejected event a false positive", () => {
      const c = scoreOne(corrected);
      expect(c.events.f1).toBe(1);
      expect(c.fatalitiesExact).toBeLessThan(1);
      const r = scoreOne(rejected);
      expect(r.events.recall).toBe(1);
      expect(r.events.falsePositives).toBe(1);
      expect(r.events.precision).toBeLessThan(1);
    });

    it("--since keeps the articles reviewed on or after the date", async () => {
      expect((await exportGold(t.db, { since: new Date(Date.now() + 60_000) })).gold.articles).toEqual([]);
      expect((await exportGold(t.db, { since: new Date(Date.now() - 3_600_000) })).gold.articles).toHaveLength(3);
    });

    it("a publication date from file metadata travels in front matter, or the article says it could not", async () => {
      const [fits, cannot] = await Promise.all(METADATA_DATED.map((fileName) => t.db.article.findFirstOrThrow({ where: { fileName }, include: { eventSources: true } })));
      expect([fits.dateEvidence, cannot.dateEvidence]).toEqual(["metadata", "metadata"]);
      for (const s of [...fits.eventSources, ...cannot.eventSources]) await confirm(s.eventId);
      const at = mkdtempSync(join(tmpdir(), "gold-"));
      const exp = await exportGold(t.db);
      writeGold(at, exp);
      expect(readFileSync(join(at, "texts", goldFileName(fits.id)), "utf8")).toMatch(/^---\ntitle: .*\ndate: 2018-03-17\n---\n/);
      const s = scoreOne(fits.id, at);
      expect([s.places.f1, s.actors.f1, s.events.f1, s.date.accuracy]).toEqual([1, 1, 1, 1]);
      expect(readFileSync(join(at, "texts", goldFileName(cannot.id)), "utf8")).toBe(cannot.body);
      expect(articleOf(cannot.id, at).note).toContain("the metadata date is not in the text");
      expect(exp.warnings).toEqual([expect.stringContaining(`${goldFileName(cannot.id)} (d19.txt)`)]);
    });
  });
}
