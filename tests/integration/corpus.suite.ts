// Corpus imports and batched writes, on every database: a 10,000-line .jsonl, a CSV with a column
// map, one bad article in the middle of a batch, re-ingesting unchanged, and rows identical to
// saving article by article (saveArticle, the one-transaction-per-article path).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { extract, EXTRACTOR_VERSION } from "@/lib/extract";
import { startExtractWorker } from "@/lib/ingest/extract-worker-client";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { contentHash, saveArticle } from "@/lib/ingest/persist";
import { parseArticles } from "@/lib/ingest/read";
import { ingestPaths } from "@/lib/ingest/run";
import { counts, type TestDb } from "../helpers/db";

const knowledge = loadKnowledge();
const opts = { maxBytes: 2 * 1024 * 1024 };
const tmp = () => mkdtempSync(join(tmpdir(), "corpus-"));

/** Every row of every table the ingestion writes, in id order, without the ingestion time. */
async function dump(db: Db) {
  return {
    articles: (await db.article.findMany({ orderBy: { id: "asc" } })).map(({ ingestedAt: _, ...a }) => a),
    places: await db.place.findMany({ orderBy: { id: "asc" } }),
    actors: await db.actor.findMany({ orderBy: { id: "asc" } }),
    mentions: await db.mention.findMany({ orderBy: { id: "asc" } }),
    events: await db.event.findMany({ orderBy: { id: "asc" } }),
    sources: await db.eventSource.findMany({ orderBy: [{ eventId: "asc" }, { articleId: "asc" }, { start: "asc" }] }),
    eventActors: await db.eventActor.findMany({ orderBy: [{ eventId: "asc" }, { actorId: "asc" }, { role: "asc" }] }),
  };
}

/** Real articles, each twice more with a different last line: the copies report the same events. */
function realArticles(dir: string) {
  const texts = ["seeds", "tests/fixtures/articles"].flatMap((d) =>
    readdirSync(d).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(d, f), "utf8")));
  texts.forEach((t, i) => {
    writeFileSync(join(dir, `${String(i).padStart(3, "0")}_a.txt`), t);
    // A higher toll in the copy: the event must take it, as when a later report counts more dead.
    writeFileSync(join(dir, `${String(i).padStart(3, "0")}_b.txt`), `${t.replace(/مقتل (\d+)/, (_, n) => `مقتل ${Number(n) + 3}`)}\n\nنسخة ثانية`);
    writeFileSync(join(dir, `${String(i).padStart(3, "0")}_c.txt`), `${t}\n\nنسخة ثالثة`);
  });
}

/** Makes the database refuse any article titled «مرفوض», as a constraint the article breaks would. */
async function refuseTitle(t: TestDb) {
  if (t.url.startsWith("file:")) {
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_bad BEFORE INSERT ON "Article" WHEN NEW.title = 'مرفوض' BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`);
  } else {
    await t.db.$executeRawUnsafe(`CREATE FUNCTION refuse_bad() RETURNS trigger AS $$ BEGIN IF NEW.title = 'مرفوض' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_bad BEFORE INSERT ON "Article" FOR EACH ROW EXECUTE FUNCTION refuse_bad()`);
  }
}

export function corpusSuite(name: string, open: () => Promise<TestDb>) {
  describe(`corpus imports and batched writes (${name})`, () => {
    const dbs: TestDb[] = [];
    const fresh = async () => {
      const t = await open();
      dbs.push(t);
      return t;
    };
    let a: TestDb;
    beforeAll(async () => {
      a = await fresh();
    });
    afterAll(async () => {
      for (const t of dbs) await t.cleanup();
    });

    it("writes the same rows in batches as saving article by article, events gaining sources and the higher toll", async () => {
      const dir = tmp();
      realArticles(dir);
      const batched = await ingestPaths(a.db, knowledge, [dir], opts);
      expect(batched).toMatchObject({ new: readdirSync(dir).length, rejected: [] });

      const b = await fresh();
      for (const f of readdirSync(dir).sort()) {
        for (const article of parseArticles(f, readFileSync(join(dir, f)), opts.maxBytes)) {
          const result = extract(article.body, knowledge, { publishedAt: article.publishedAt });
          await saveArticle(b.db, knowledge, { fileName: f, article, hash: contentHash(article.body), result, extractorVersion: EXTRACTOR_VERSION });
        }
      }
      const [got, want] = [await dump(a.db), await dump(b.db)];
      expect(got.events.length).toBeGreaterThan(20);
      // Copies report the same dated events: those gain a second and a third source.
      const perEvent = new Map<number, Set<number>>();
      for (const src of got.sources) perEvent.set(src.eventId, (perEvent.get(src.eventId) ?? new Set()).add(src.articleId));
      expect([...perEvent.values()].filter((arts) => arts.size >= 3).length).toBeGreaterThan(5);
      expect(got).toEqual(want);
    }, 600_000);

    it("extracting on a worker thread while the previous batch is written gives the same rows, a copy in the next batch found unchanged", async () => {
      const dir = tmp();
      realArticles(dir);
      // An exact copy of the first file, sorted into the next batch of 3 while the first is still being written.
      writeFileSync(join(dir, "000_d.txt"), readFileSync(join(dir, "000_a.txt")));
      const inThread = await fresh();
      const want = await ingestPaths(inThread.db, knowledge, [dir], { ...opts, batchSize: 3 });
      const onWorker = await fresh();
      const extractor = await startExtractWorker(knowledge);
      try {
        const got = await ingestPaths(onWorker.db, knowledge, [dir], { ...opts, batchSize: 3, extractor });
        expect(got).toMatchObject({ new: readdirSync(dir).length - 1, unchanged: 1, rejected: [] });
        expect({ ...got, seconds: 0, articlesPerSecond: 0 }).toEqual({ ...want, seconds: 0, articlesPerSecond: 0 });
      } finally {
        await extractor.close();
      }
      expect(await dump(onWorker.db)).toEqual(await dump(inThread.db));
    }, 600_000);

    it("re-ingesting unchanged files changes nothing", async () => {
      const dir = tmp();
      realArticles(dir);
      const before = await dump(a.db);
      const s = await ingestPaths(a.db, knowledge, [dir], opts);
      expect(s).toMatchObject({ new: 0, updated: 0, unchanged: readdirSync(dir).length, rejected: [] });
      expect(await dump(a.db)).toEqual(before);
    });

    it("ingests a 10,000-line .jsonl, a bad line rejected with its number and the rest stored", async () => {
      const t = await fresh();
      const dir = tmp();
      const lines = Array.from({ length: 10_000 }, (_, i) =>
        JSON.stringify({ title: `خبر ${i}`, body: `قصف مدفعي على سراقب في ريف إدلب، الخبر رقم ${i}`, date: "2019-05-04", url: `https://x.example/${i}`, source: "مصدر" }));
      lines[4999] = "{broken";
      writeFileSync(join(dir, "corpus.jsonl"), lines.join("\n"));
      const s = await ingestPaths(t.db, knowledge, [dir], opts);
      expect(s).toMatchObject({ new: 9_999, unchanged: 0 });
      expect(s.rejected).toEqual([{ file: join(dir, "corpus.jsonl"), line: 5000, reason: expect.stringMatching(/^invalid JSON/), kind: "input", code: "input" }]);
      expect(await t.db.article.count()).toBe(9_999);
      const one = await t.db.article.findFirstOrThrow({ where: { url: "https://x.example/7" } });
      expect(one).toMatchObject({ title: "خبر 7", source: "مصدر", fileName: "corpus.jsonl", dateEvidence: "metadata" });
      expect(one.publishedAt?.toISOString()).toBe("2019-05-04T00:00:00.000Z");
      // The same shelling at the same place on the same day is one event with 9,999 sources.
      const event = await t.db.event.findFirstOrThrow({ include: { _count: { select: { sources: true } } } });
      expect(event._count.sources).toBe(9_999);
    }, 600_000);

    it("ingests a CSV through a column map", async () => {
      const t = await fresh();
      const dir = tmp();
      const csv = [
        "headline,text,day,link,outlet,extra",
        '"اشتباكات في درعا","اندلعت اشتباكات عنيفة في مدينة درعا،\r\nوقتل 4 مقاتلين",2020-02-03,https://y.example/1,"عنب بلدي",x',
        "غارة على سراقب,شنت طائرات غارة على مدينة سراقب,2020-02-04,https://y.example/2,سمارت,y",
      ].join("\r\n");
      writeFileSync(join(dir, "export.csv"), `\ufeff${csv}\r\n`);
      const s = await ingestPaths(t.db, knowledge, [dir], { ...opts, csvMap: { title: "headline", body: "text", date: "day", url: "link", source: "outlet" } });
      expect(s).toMatchObject({ new: 2, rejected: [] });
      const rows = await t.db.article.findMany({ orderBy: { id: "asc" }, select: { title: true, url: true, source: true, publishedAt: true, body: true } });
      expect(rows.map((r) => [r.title, r.url, r.source, r.publishedAt?.toISOString().slice(0, 10)])).toEqual([
        ["اشتباكات في درعا", "https://y.example/1", "عنب بلدي", "2020-02-03"],
        ["غارة على سراقب", "https://y.example/2", "سمارت", "2020-02-04"],
      ]);
      expect(rows[0].body).toBe("اشتباكات في درعا\n\nاندلعت اشتباكات عنيفة في مدينة درعا،\r\nوقتل 4 مقاتلين");
      expect(await t.db.event.count()).toBeGreaterThan(0);
    });

    it("a batch with one article the database refuses stores all the others and rejects that one with its reason", async () => {
      const t = await fresh();
      await refuseTitle(t);
      const dir = tmp();
      const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ title: i === 14 ? "مرفوض" : `خبر ${i}`, body: `قتل ${i + 1} مدنيين في قصف على مدينة حلب يوم ${i}` }));
      writeFileSync(join(dir, "batch.jsonl"), lines.join("\n"));
      const s = await ingestPaths(t.db, knowledge, [dir], opts);
      expect(s.new).toBe(29);
      expect(s.rejected).toEqual([{ file: join(dir, "batch.jsonl"), line: 15, reason: expect.stringMatching(/^could not be saved: .*refused by test trigger/), kind: "storage", code: "db_error" }]);
      expect(await t.db.article.count()).toBe(29);
      // Nothing of the refused article is left, and every other has its mentions.
      const c = await counts(t.db);
      expect(await t.db.article.count({ where: { mentions: { none: {} } } })).toBe(0);
      expect(c.sources).toBeGreaterThanOrEqual(29);
      // The run's place and actor cache holds no id from the rolled-back batch: a second run stores the
      // refused article once the database takes it, with its place.
      await t.db.$executeRawUnsafe(`DROP TRIGGER refuse_bad${t.url.startsWith("file:") ? "" : ` ON "Article"`}`);
      const again = await ingestPaths(t.db, knowledge, [dir], opts);
      expect(again).toMatchObject({ new: 1, unchanged: 29, rejected: [] });
    });
  });
}
