// A place stored before the knowledge was corrected takes the corrected name and point when an
// article that names it is ingested again (lib/ingest/persist.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { ingestPaths } from "@/lib/ingest/run";
import { sqliteTestDb, type TestDb } from "../helpers/db";

const knowledge = loadKnowledge();
const opts = { maxBytes: 2 * 1024 * 1024 };

describe("stored places follow the knowledge", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await sqliteTestDb();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("replaces a stale name and governorate on re-ingestion", async () => {
    await ingestPaths(t.db, knowledge, ["seeds"], opts);
    const place = await t.db.place.findFirstOrThrow({ where: { origin: "geonames", countryCode: "SY" }, include: { mentions: true } });
    const right = { nameAr: place.nameAr, admin1: place.admin1 };
    await t.db.place.update({ where: { id: place.id }, data: { nameAr: "د مشق", admin1: null } });
    await t.db.article.updateMany({ where: { id: { in: place.mentions.map((m) => m.articleId) } }, data: { extractorVersion: 0 } });
    await ingestPaths(t.db, knowledge, ["seeds"], opts);
    expect(await t.db.place.findUniqueOrThrow({ where: { id: place.id }, select: { nameAr: true, admin1: true } })).toEqual(right);
  });
});
