// The analyst filters (sub-type, minimum dead, geo/time precision, actor role, without synthetic data)
// on a fixture of five events small enough to count by hand, through both the Prisma condition
// (where.ts) and the raw SQL (sql-where.ts), and through the export. Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/sqlite/client";
import { parseFilters } from "@/lib/filters";
import type { TestDb } from "../helpers/db";

// The fixture (X and Y are actors; A1, A2 real articles, S1 a synthetic one):
//   E1 Armed clash       5 dead   geo 1  time 1   X actor1, Y actor2   from A1
//   E2 Armed clash       0 dead   geo 2  time 2   Y actor1, X actor2   from S1
//   E3 Air/drone strike 12 dead   geo 1  time 3   X actor1             from S1 and A2
//   E4 Shelling          ? dead   geo 3  no date  Y actor1             from S1
//   E5 Peaceful protest  1 dead   geo 2  time 1   X associated         from A2
// Each case: the query (X and Y stand for the actor ids) and the events it must return.
const CASES: [string, string[]][] = [
  ["", ["E1", "E2", "E3", "E4", "E5"]],
  ["sub=Armed clash", ["E1", "E2"]],
  ["sub=Armed clash,Air/drone strike", ["E1", "E2", "E3"]],
  ["minfat=1", ["E1", "E3", "E5"]],
  ["minfat=5", ["E1", "E3"]],
  ["minfat=13", []],
  ["geo=1", ["E1", "E3"]],
  ["geo=2,3", ["E2", "E4", "E5"]],
  ["time=1", ["E1", "E5"]],
  ["time=2,3", ["E2", "E3"]],
  ["actor=X", ["E1", "E2", "E3", "E5"]],
  ["actor=X&role=actor1", ["E1", "E3"]],
  ["actor=X&role=actor2", ["E2"]],
  ["actor=Y&role=actor1", ["E2", "E4"]],
  ["nosynth=1", ["E1", "E3", "E5"]],
  ["nosynth=1&minfat=1&geo=1", ["E1", "E3"]],
  ["actor=X&role=actor1&nosynth=1&time=3", ["E3"]],
  ["sub=Armed clash&nosynth=1&actor=Y&role=actor2", ["E1"]],
];

export function analystFiltersSuite(name: string, open: () => Promise<TestDb>) {
  describe(`analyst filters on a hand-counted fixture (${name})`, () => {
    let t: TestDb;
    const ids = new Map<number, string>();
    const actorIds: Record<string, number> = {};
    let where: typeof import("@/lib/data/where");
    let sql: typeof import("@/lib/data/sql-where");
    let events: typeof import("@/lib/data/events");

    beforeAll(async () => {
      t = await open();
      const db = t.db;
      const article = (key: string, fileName: string, dateEvidence: string | null) =>
        db.article.create({ data: { hash: key, fileName, title: key, body: key, dateEvidence, extractorVersion: 1 } });
      const [a1, a2, s1] = [await article("a1", "a1.txt", null), await article("a2", "a2.txt", "published"), await article("s1", "synthetic/s1.txt", "synthetic")];
      const place = await db.place.create({ data: { key: "p", nameAr: "سراقب", nameEn: "Saraqib", kind: "town", origin: "geonames", admin1: "SY-ID", lat: 35.86, lon: 36.8 } });
      for (const k of ["X", "Y"]) actorIds[k] = (await db.actor.create({ data: { key: k, nameAr: k, kind: "armed-group", origin: "kb" } })).id;
      const rows: [string, string, string, number | null, number, number | null, [string, string][], number[]][] = [
        ["E1", "Battles", "Armed clash", 5, 1, 1, [["X", "actor1"], ["Y", "actor2"]], [a1.id]],
        ["E2", "Battles", "Armed clash", 0, 2, 2, [["Y", "actor1"], ["X", "actor2"]], [s1.id]],
        ["E3", "Explosions/Remote violence", "Air/drone strike", 12, 1, 3, [["X", "actor1"]], [s1.id, a2.id]],
        ["E4", "Explosions/Remote violence", "Shelling/artillery/missile attack", null, 3, null, [["Y", "actor1"]], [s1.id]],
        ["E5", "Protests", "Peaceful protest", 1, 2, 1, [["X", "associated"]], [a2.id]],
      ];
      for (const [key, type, subType, fatalities, geoPrecision, datePrecision, actors, sources] of rows) {
        const e = await db.event.create({
          data: {
            key, type, subType, fatalities, geoPrecision, datePrecision, date: datePrecision ? new Date("2019-05-01T00:00:00Z") : null,
            placeId: place.id, admin1: "SY-ID", lat: 35.86, lon: 36.8, confidence: 0.9, evidence: key,
            actors: { create: actors.map(([a, role]) => ({ actorId: actorIds[a], role })) },
            sources: { create: sources.map((articleId) => ({ articleId, sentence: key, start: 0, end: 2 })) },
          },
        });
        ids.set(e.id, key);
      }
      process.env.DATABASE_URL = t.url;
      (globalThis as { db?: unknown }).db = undefined;
      [where, sql, events] = [await import("@/lib/data/where"), await import("@/lib/data/sql-where"), await import("@/lib/data/events")];
    }, 60_000);
    afterAll(async () => {
      await t?.cleanup();
    });

    for (const [query, expected] of CASES) {
      it(`«${query || "no filter"}» gives ${expected.join(", ") || "nothing"}`, async () => {
        const { filters: f, notices } = parseFilters(new URLSearchParams(query.replace(/actor=([XY])/, (_, a: string) => `actor=${actorIds[a]}`)));
        expect(notices).toEqual([]);
        const keys = (list: { id: number }[]) => list.map((r) => ids.get(r.id)).sort();
        expect(keys(await t.db.event.findMany({ where: where.eventWhere(f), select: { id: true } }))).toEqual(expected);
        const dialect = name === "PostgreSQL" ? "postgres" : "sqlite";
        const raw = await t.db.$queryRaw<{ id: number }[]>(Prisma.sql`SELECT e."id" AS id FROM "Event" e WHERE ${sql.sqlWhere(f, dialect)}`);
        expect(keys(raw.map((r) => ({ id: Number(r.id) })))).toEqual(expected);
        const exported: { id: number }[] = [];
        for await (const batch of events.exportEvents(f, 2)) exported.push(...batch);
        expect(keys(exported)).toEqual(expected);
      });
    }
  });
}
