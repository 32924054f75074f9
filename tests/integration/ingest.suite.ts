// The ingestion behaviour every database must show; run against SQLite always and PostgreSQL when available.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ingestPaths } from "@/lib/ingest/run";
import { counts, type TestDb } from "../helpers/db";

const knowledge = loadKnowledge();
const opts = { maxBytes: 2 * 1024 * 1024 };

export function ingestSuite(name: string, open: () => Promise<TestDb>) {
  describe(`ingestion (${name})`, () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await open();
    });
    afterAll(async () => {
      await t?.cleanup();
    });

    it("ingests the five seed articles, and a second run changes nothing", async () => {
      const first = await ingestPaths(t.db, knowledge, ["seeds"], opts);
      expect(first).toMatchObject({ new: 5, unchanged: 0, updated: 0, rejected: [] });
      const before = await counts(t.db);
      expect(before.events).toBeGreaterThan(10);
      const second = await ingestPaths(t.db, knowledge, ["seeds"], opts);
      expect(second).toMatchObject({ new: 0, unchanged: 5, updated: 0, rejected: [] });
      expect(await counts(t.db)).toEqual(before);
    });

    it("keeps spans that point at the written text", async () => {
      const article = await t.db.article.findFirstOrThrow({ where: { fileName: "000_448b6838e3bdb920.txt" }, include: { mentions: true } });
      expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2019-05-04");
      for (const m of article.mentions) expect(article.body.slice(m.start, m.end)).toBe(m.surface);
    });

    it("re-extracts an article of an older extractor version and replaces its derived rows", async () => {
      const before = await counts(t.db);
      await t.db.article.updateMany({ where: { fileName: "004_a27e68f401b81780.txt" }, data: { extractorVersion: 0 } });
      const s = await ingestPaths(t.db, knowledge, ["seeds"], opts);
      expect(s).toMatchObject({ new: 0, unchanged: 4, updated: 1 });
      expect(await counts(t.db)).toEqual(before);
    });

    it("rejects each kind of bad input with a clear reason and loses nothing stored", async () => {
      const dir = mkdtempSync(join(tmpdir(), "bad-"));
      writeFileSync(join(dir, "empty.txt"), "");
      writeFileSync(join(dir, "blank.txt"), "  \n\n ");
      writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
      writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x80]));
      writeFileSync(join(dir, "huge.txt"), "قصف ".repeat(1000));
      writeFileSync(join(dir, "broken.json"), "{not json");
      writeFileSync(join(dir, "nobody.json"), JSON.stringify({ title: "بلا نص" }));
      writeFileSync(join(dir, "duplicate.txt"), readFileSync("seeds/001_23febb985faa2048.txt"));
      // Permissions do not stop root, so the unreadable folder is only tried as another user.
      const asRoot = process.getuid?.() === 0;
      if (!asRoot) {
        mkdirSync(join(dir, "locked"));
        writeFileSync(join(dir, "locked", "a.txt"), "x");
        chmodSync(join(dir, "locked"), 0o000);
      }
      const before = await counts(t.db);
      const s = await ingestPaths(t.db, knowledge, [dir, join(dir, "missing.txt")], { maxBytes: 5000 });
      const reasons = Object.fromEntries(s.rejected.map((r) => [r.file.split("/").pop(), r.reason]));
      expect(reasons["empty.txt"]).toMatch(/empty/);
      expect(reasons["blank.txt"]).toMatch(/no text/);
      expect(reasons["binary.txt"]).toMatch(/binary/);
      expect(reasons["latin1.txt"]).toMatch(/not valid UTF-8/);
      expect(reasons["huge.txt"]).toMatch(/too large/);
      expect(reasons["broken.json"]).toMatch(/invalid JSON/);
      expect(reasons["nobody.json"]).toMatch(/body/);
      expect(reasons["missing.txt"]).toMatch(/cannot read/);
      if (!asRoot) expect(reasons["locked"]).toMatch(/cannot read/);
      expect(s.unchanged).toBe(1);
      expect(s.new).toBe(0);
      expect(await counts(t.db)).toEqual(before);
      if (!asRoot) chmodSync(join(dir, "locked"), 0o755);
    });

    it("decodes a Windows-1256 article instead of rejecting it", async () => {
      const dir = mkdtempSync(join(tmpdir(), "cp-"));
      // "قصف على إدلب" and filler, in Windows-1256.
      const arabic = [0xde, 0xd5, 0xdd, 0x20, 0xda, 0xe1, 0xec, 0x20, 0xc5, 0xcf, 0xe1, 0xc8];
      writeFileSync(join(dir, "cp1256.txt"), Buffer.from([...arabic, 0x0a, ...Array(10).fill(arabic).flat()]));
      const s = await ingestPaths(t.db, knowledge, [dir], opts);
      expect(s).toMatchObject({ new: 1, rejected: [] });
      const a = await t.db.article.findFirstOrThrow({ where: { fileName: "cp1256.txt" } });
      expect(a.title).toBe("قصف على إدلب");
    });
    it("links every actor of a later run's articles, including actors an earlier run stored", async () => {
      // Two runs: the second one's batch finds the actors the first stored (not in its own cache).
      const dir = mkdtempSync(join(tmpdir(), "ingest-actors-"));
      writeFileSync(join(dir, "later.txt"), "خبر\n\nقصفت قوات النظام السوري بلدة كفرنبل بريف إدلب، وقال المرصد السوري لحقوق الإنسان إن ثلاثة مدنيين قتلوا.\n");
      const s = await ingestPaths(t.db, knowledge, [dir], opts);
      expect(s).toMatchObject({ new: 1, rejected: [] });
      const article = await t.db.article.findFirstOrThrow({ where: { fileName: "later.txt" }, include: { mentions: { where: { kind: "actor" } }, eventSources: { include: { event: { include: { actors: true } } } } } });
      expect(article.mentions.length).toBeGreaterThan(0);
      expect(article.mentions.every((m) => m.actorId !== null)).toBe(true);
      expect(article.eventSources.some((es) => es.event.actors.length > 0)).toBe(true);
    });

  });
}
