// The floors of bench:web: the raw SQL that answers each question the dashboard asks, run straight on
// the database (better-sqlite3 or pg, no ORM, no HTTP), so each figure can be read as a ratio to it.
import Database from "better-sqlite3";
import pg from "pg";
import { splitSchema, sqliteFilePath } from "../lib/db/paths";
import { isPostgresUrl } from "../lib/env";
import { ftsPhrase, searchKey } from "../lib/search/search-key";

export interface Question { gov?: string[]; from?: string; to?: string; actor?: number; q?: string }

export interface Floor {
  run: (sql: string, params: unknown[]) => Promise<unknown[]>;
  /** The event filter of a question as SQL on `"Event" e`, with `?` placeholders; `facts`: a text's
   * matches as one set of ids, for `"Event" e` read through Event_facts_idx (factsAnswer). */
  where: (q: Question, facts?: boolean) => { sql: string; params: unknown[] };
  /** Whether SQLite answers the question's aggregates from the text's matches read through
   * Event_facts_idx, as the app does (lib/data/sql-where.ts textDrives): a text and no governorate,
   * dates or actor. */
  factsAnswer: (q: Question) => boolean;
  day: string;
  /** The join that keeps its left side as the outer loop: SQLite's CROSS JOIN; PostgreSQL plans it. */
  join: string;
  close: () => Promise<void>;
  /** A write, as any writer makes one: the next request (and the next floor) is uncached. */
  bumpGeneration: () => Promise<void>;
}

export async function openFloor(url: string): Promise<Floor> {
  const postgres = isPostgresUrl(url);
  const factsAnswer = (q: Question) => !postgres && Boolean(q.q) && !q.gov?.length && !q.from && !q.to && !q.actor;
  const where = (q: Question, facts = false) => {
    const parts: string[] = [];
    const params: unknown[] = [];
    if (q.gov?.length) { parts.push(`e."admin1" IN (${q.gov.map(() => "?").join(", ")})`); params.push(...q.gov); }
    if (q.from) { parts.push(`e."date" >= ?`); params.push(q.from); }
    if (q.to) { parts.push(`e."date" < ?`); params.push(`${q.to}T23:59:59.999`); }
    if (q.actor) { parts.push(`e."id" IN (SELECT ea."eventId" FROM "EventActor" ea WHERE ea."actorId" = ?)`); params.push(q.actor); }
    if (q.q) {
      // The question the text filter asks: the folded evidence (FTS5 / pg_trgm), or the folded name
      // of the event's place or of one of its actors — the floor of the same answer, not of a
      // narrower one. Each name table is small: its matches are read once.
      const key = searchKey(q.q);
      // PostgreSQL ORs index conditions (`= ANY(ARRAY(…))`), which its planner can combine as bitmaps.
      const places = `SELECT p."id" FROM "Place" p WHERE p."searchText" LIKE ?`;
      const actors = `SELECT ea."eventId" FROM "EventActor" ea WHERE ea."actorId" IN (SELECT a."id" FROM "Actor" a WHERE a."searchText" LIKE ?)`;
      parts.push(postgres
        ? `(e."searchText" LIKE ? OR e."placeId" = ANY(ARRAY(${places})) OR e."id" = ANY(ARRAY(${actors})))`
        : facts
          ? `e."id" IN (SELECT rowid FROM "EventSearch" WHERE "EventSearch" MATCH ? UNION SELECT x."id" FROM "Event" x WHERE x."placeId" IN (${places}) UNION ${actors})`
          : `(e."id" IN (SELECT rowid FROM "EventSearch" WHERE "EventSearch" MATCH ?) OR e."placeId" IN (${places}) OR e."id" IN (${actors}))`);
      params.push(postgres ? `%${key}%` : ftsPhrase(key), `%${key}%`, `%${key}%`);
    }
    return { sql: parts.length ? parts.join(" AND ") : "1 = 1", params };
  };
  if (postgres) {
    const { connectionString, schema } = splitSchema(url);
    const client = new pg.Client({ connectionString, ...(schema ? { options: `-c search_path="${schema}"` } : {}) });
    await client.connect();
    return {
      run: async (sql, params) => { let i = 0; return (await client.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows; },
      where, factsAnswer, day: `to_char(e."date", 'YYYY-MM-DD')`, join: "JOIN",
      close: () => client.end(),
      bumpGeneration: async () => { await client.query('UPDATE "WriteGeneration" SET "n" = "n" + 1 WHERE "id" = 1'); },
    };
  }
  const conn = new Database(sqliteFilePath(url));
  conn.pragma("busy_timeout = 5000");
  // The write that makes a request uncached comes from a connection of its own: SQLite empties the
  // page cache of every other connection when the file changes, the server's and the floor's alike,
  // so the floor pays the same cold cache as the request it is compared with.
  const writer = new Database(sqliteFilePath(url));
  writer.pragma("busy_timeout = 5000");
  return {
    // SQLite keeps Prisma's DateTime as ISO text: a day compares as text.
    run: async (sql, params) => conn.prepare(sql).all(...params),
    where, factsAnswer, day: `substr(e."date", 1, 10)`, join: "CROSS JOIN",
    close: async () => { conn.close(); writer.close(); },
    bumpGeneration: async () => { writer.prepare('UPDATE "WriteGeneration" SET "n" = "n" + 1 WHERE "id" = 1').run(); },
  };
}

/** The SQL each endpoint's answer needs at least: what the figures, map, timeline and table compute. */
export function floorQueries(f: Floor, q: Question): Record<"overview" | "map" | "timeline" | "events", [string, unknown[]][]> {
  // The aggregates read the text's matches through Event_facts_idx where the app does; a page of the
  // newest events walks the date index in both.
  const page = f.where(q);
  const facts = f.factsAnswer(q);
  const w = facts ? f.where(q, true) : page;
  const from = `FROM "Event" e ${facts ? 'INDEXED BY "Event_facts_idx" ' : ""}WHERE ${w.sql}`;
  const pageFrom = `FROM "Event" e WHERE ${page.sql}`;
  return {
    // The overview's figures (events, fatalities, places, actors, articles), its top actors and its
    // latest events: the first three from one pass over the filter's events, as lib/data/overview-events.ts
    // reads them (three statements found the events three times).
    overview: [
      [`WITH m AS MATERIALIZED (SELECT e."id", e."placeId", e."fatalities" ${from})
        SELECT (SELECT COUNT(*) FROM m) AS n, (SELECT SUM(m."fatalities") FROM m) AS k, (SELECT COUNT(DISTINCT m."placeId") FROM m) AS p,
          (SELECT COUNT(*) FROM (SELECT ea."actorId", COUNT(*) AS n FROM m ${f.join} "EventActor" ea ON ea."eventId" = m."id" GROUP BY 1) a) AS actors,
          (SELECT COUNT(DISTINCT es."articleId") FROM m ${f.join} "EventSource" es ON es."eventId" = m."id") AS articles`, w.params],
      [`SELECT e."id" ${pageFrom} ORDER BY e."date" DESC, e."id" DESC LIMIT 8`, page.params],
    ],
    map: [[`SELECT e."placeId", e."type", COUNT(*) AS n, SUM(e."fatalities") AS k ${from} GROUP BY 1, 2`, w.params], [`SELECT e."admin1", COUNT(*) ${from} GROUP BY 1`, w.params]],
    timeline: [[`SELECT ${f.day} AS d, e."type", COUNT(*) AS n, SUM(e."fatalities") AS k ${from} AND e."date" IS NOT NULL GROUP BY 1, 2`, w.params]],
    events: [[`SELECT COUNT(*) ${from}`, w.params], [`SELECT e."id", e."date", e."type", e."evidence" ${pageFrom} ORDER BY e."date" DESC, e."id" DESC LIMIT 50`, page.params]],
  };
}
