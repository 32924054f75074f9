// The search alphabet (lib/search/search-key.ts) and the SQL generated from it (lib/search/fold-sql.ts).
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "@/lib/filters";
import { sqliteFoldExpr } from "@/lib/search/fold-sql";
import { ftsPhrase, searchKey, usesTrigrams } from "@/lib/search/search-key";
import { postgresMigration, POSTGRES_PATH, sqliteMigration, SQLITE_PATH } from "@/scripts/search-sql";
import {
  PAIRS_POSTGRES_PATH, PAIRS_SQLITE_PATH, pairsPostgresMigration, pairsSqliteMigration, ROLLUP_POSTGRES_PATH, ROLLUP_SQLITE_PATH, rollupPostgresMigration,
  rollupSqliteMigration, YEARS_POSTGRES_PATH, YEARS_SQLITE_PATH, yearsPostgresMigration, yearsSqliteMigration,
} from "@/scripts/rollup-sql";

describe("searchKey: one key for every spelling", () => {
  it.each([
    ["hamza forms of alef", ["ادلب", "إدلب", "أدلب", "آدلب", "ٱدلب"]],
    ["diacritics", ["إدْلِب", "إِدْلِبُ", "ادلب"]],
    ["tatweel", ["إدلـــب", "ادلب"]],
    ["ة/ه", ["حماة", "حماه"]],
    ["ى/ي", ["قوى", "قوي"]],
    ["hamza on waw and ya", ["مؤتمر", "موتمر"]],
    ["Arabic-Indic digits", ["١٢٣", "123", "۱۲۳"]],
    ["Latin case", ["Idlib", "IDLIB", "idlib"]],
  ])("%s", (_name, variants) => {
    const keys = new Set(variants.map(searchKey));
    expect(keys.size).toBe(1);
  });

  it("«الاسد» is the key of «الأسد»", () => {
    expect(searchKey("الأسد")).toBe("الاسد");
    expect(searchKey("قوات الأسد")).toContain(searchKey("الاسد"));
  });

  it("leaves no LIKE wildcard or escape character, so every LIKE on the key is literal", () => {
    for (const q of ["%", "_", "\\", "50%", "a_b", "%_\\%"]) expect(searchKey(q)).not.toMatch(/[%_\\]/);
    expect(searchKey("50%")).toBe("50٪");
    expect(searchKey("%")).not.toBe("");
    expect(searchKey("_")).not.toBe("");
    // Distinct characters stay distinct.
    expect(new Set(["%", "_", "\\"].map(searchKey)).size).toBe(3);
  });

  it("collapses white space and gives nothing for diacritics alone", () => {
    expect(searchKey("  قصف   مدفعي ")).toBe("قصف مدفعي");
    expect(searchKey("ًٌٍ")).toBe("");
  });

  it("uses the trigram index from three letters and quotes FTS5 phrases", () => {
    expect(usesTrigrams("حم")).toBe(false);
    expect(usesTrigrams("حمص")).toBe(true);
    expect(ftsPhrase('a"b')).toBe('"a""b"');
  });
});

describe("the folding in SQL", () => {
  it("SQLite's generated expression folds as searchKey does", () => {
    const conn = new Database(":memory:");
    const stmt = conn.prepare(`SELECT ${sqliteFoldExpr("?")} AS f`);
    for (const s of ["قصفت قوات الأسد مدينة إدلب ١٢", "إدْلِب", "إطـلاق", "حماة", "مستشفى", "Idlib 50% a_b c\\d", "مؤتمر، رئيس"]) {
      const { f } = stmt.get(s) as { f: string };
      expect(f).toBe(searchKey(s));
    }
    conn.close();
  });

  it("the committed migrations are what scripts/search-sql.ts writes (npm run db:search-sql)", () => {
    expect(readFileSync(SQLITE_PATH, "utf8")).toBe(sqliteMigration());
    expect(readFileSync(POSTGRES_PATH, "utf8")).toBe(postgresMigration());
  });

  it("the committed roll-up migrations are what scripts/rollup-sql.ts writes (npm run db:rollup-sql)", () => {
    expect(readFileSync(ROLLUP_SQLITE_PATH, "utf8")).toBe(rollupSqliteMigration());
    expect(readFileSync(ROLLUP_POSTGRES_PATH, "utf8")).toBe(rollupPostgresMigration());
    expect(readFileSync(YEARS_SQLITE_PATH, "utf8")).toBe(yearsSqliteMigration());
    expect(readFileSync(YEARS_POSTGRES_PATH, "utf8")).toBe(yearsPostgresMigration());
    expect(readFileSync(PAIRS_SQLITE_PATH, "utf8")).toBe(pairsSqliteMigration());
    expect(readFileSync(PAIRS_POSTGRES_PATH, "utf8")).toBe(pairsPostgresMigration());
  });
});

describe("which roll-up answers: an allow-list of fields, and the grain of the dates", async () => {
  const { placeRollupAnswers, monthRollupAnswers, wholeMonths, yearSplit } = await import("@/lib/data/rollup");
  it("answers governorate, type and place without dates from the place roll-up, and nothing else", () => {
    expect(placeRollupAnswers({ ...EMPTY_FILTERS, gov: ["SY-ID"], type: ["battles"], place: 3 })).toBe(true);
    expect(placeRollupAnswers({ ...EMPTY_FILTERS, from: "2019-01-01" })).toBe(false);
    expect(placeRollupAnswers({ ...EMPTY_FILTERS, actor: 4 })).toBe(false);
    expect(placeRollupAnswers({ ...EMPTY_FILTERS, q: "ادلب" })).toBe(false);
    // A field added later (by another filter) falls back to the event table as soon as it is set.
    expect(placeRollupAnswers({ ...EMPTY_FILTERS, minFatalities: 5 } as typeof EMPTY_FILTERS)).toBe(false);
    expect(placeRollupAnswers({ ...EMPTY_FILTERS, minFatalities: null } as typeof EMPTY_FILTERS)).toBe(true);
  });
  it("answers whole months without a place from the month roll-ups", () => {
    expect(monthRollupAnswers({ ...EMPTY_FILTERS, gov: ["SY-ID"], from: "2019-01-01", to: "2020-12-31", type: ["battles"] })).toBe(true);
    expect(monthRollupAnswers({ ...EMPTY_FILTERS, from: "2019-01-01", place: 3 })).toBe(false);
    expect(monthRollupAnswers({ ...EMPTY_FILTERS, from: "2019-01-02" })).toBe(false);
    expect(monthRollupAnswers({ ...EMPTY_FILTERS, actor: 4 })).toBe(false);
  });
  it.each([
    [{}, true], [{ from: "2019-03-01" }, true], [{ to: "2019-02-28" }, true], [{ to: "2020-02-29" }, true], [{ to: "2019-02-27" }, false],
    [{ from: "2019-03-01", to: "2019-03-31" }, true], [{ from: "2019-03-15", to: "2019-04-30" }, false], [{ to: "2019-04-31" }, false],
  ])("wholeMonths(%j) is %s", (range, expected) => expect(wholeMonths(range)).toBe(expected));
  it.each([
    [{ from: "2015-01-01", to: "2016-12-31" }, { years: { from: 2015, to: 2016 }, edges: [] }],
    [{ from: "2014-02-10", to: "2016-11-20" }, { years: { from: 2015, to: 2015 }, edges: [{ from: "2014-02-10", to: "2014-12-31" }, { from: "2016-01-01", to: "2016-11-20" }] }],
    [{ from: "2013-03-01" }, { years: { from: 2014, to: null }, edges: [{ from: "2013-03-01", to: "2013-12-31" }] }],
    [{ to: "2015-06-15" }, { years: { from: null, to: 2014 }, edges: [{ from: "2015-01-01", to: "2015-06-15" }] }],
    // No whole year inside, no date at all, or a field the roll-up lacks: the events (or RollupPlace) answer.
    [{ from: "2016-03-01", to: "2016-12-30" }, null], [{ from: "2016-06-01", to: "2017-05-31" }, null], [{}, null],
    [{ from: "2015-01-01", actor: 4 }, null], [{ from: "2015-01-01", q: "ادلب" }, null],
  ])("yearSplit(%j) is %j", (f, expected) => expect(yearSplit({ ...EMPTY_FILTERS, ...f })).toEqual(expected));
});
