// The synthetic data set into SQLite in one bulk transaction (lib/db/sqlite-bulk.ts): triggers and
// secondary indexes of the event tables off during the load, then what the triggers keep is rebuilt
// in a statement each: the FTS rows of the new events (their folded search text, sqliteFold(), came with them), the whole roll-up table
// from the events (so it equals their aggregates exactly), and one bump of the write generation.
import { type BulkConnection, openSqliteBulk, rowInserter, withoutTriggersAndIndexes } from "../db/sqlite-bulk";
import { rebuildRollups } from "../db/rollups";
import { sqliteFold } from "../search/fold-sql";
import type { SynthStream } from "./generate";
import { actorRows, chunkRows, chunks, COLUMNS, placeRows, type Table } from "./rows";
import type { WriteOptions, Written } from "./write";

// The bulk tables: their triggers and indexes are dropped around the load. Place and Actor (a few
// thousand rows) keep theirs, so their search text is kept as for any other writer.
const BULK: Table[] = ["Article", "Event", "EventSource", "EventActor", "Mention"];
const CHUNK = 2000;

// How Prisma stores a DateTime in SQLite (text, so the roll-up's substr(date, 1, 10) is the day).
const sqliteDate = (day: string) => `${day}T00:00:00.000+00:00`;
const sqliteNow = () => new Date().toISOString().replace("Z", "+00:00");

function keyIds(conn: BulkConnection, table: "Place" | "Actor") {
  return new Map((conn.prepare(`SELECT "id", "key" FROM "${table}"`).all() as { id: number; key: string }[]).map((r) => [r.key, r.id]));
}
const nextId = (conn: BulkConnection, table: Table) => (conn.prepare(`SELECT COALESCE(MAX("id"), 0) + 1 AS n FROM "${table}"`).get() as { n: number }).n;

export function writeSqlite(file: string, data: SynthStream, opts: WriteOptions): Written {
  const say = opts.onProgress ?? (() => {});
  const conn = openSqliteBulk(file);
  try {
    const insert = Object.fromEntries((Object.keys(COLUMNS) as Table[]).map((t) => [t, rowInserter(conn, t, [...COLUMNS[t]])])) as Record<Table, (rows: unknown[][]) => void>;
    return withoutTriggersAndIndexes(conn, BULK, () => {
      const placeIds = keyIds(conn, "Place");
      const newPlaces = placeRows(data.places, placeIds, nextId(conn, "Place"));
      insert.Place(newPlaces);
      const actorIds = keyIds(conn, "Actor");
      const newActors = actorRows(data.actors, actorIds, nextId(conn, "Actor"));
      insert.Actor(newActors);
      say(`places: ${newPlaces.length} added, actors: ${newActors.length} added`);

      const places = new Map(data.places.map((p) => [p.key, p]));
      const next = { article: nextId(conn, "Article"), event: nextId(conn, "Event") };
      const firstEvent = next.event;
      const done = { articles: 0, events: 0 };
      for (const chunk of chunks(data.articles, CHUNK)) {
        const rows = chunkRows(chunk, next, places, placeIds, actorIds, sqliteDate, sqliteNow(), sqliteFold);
        for (const t of BULK) insert[t](rows[t as keyof typeof rows]);
        done.articles += rows.Article.length;
        done.events += rows.Event.length;
        say(`articles ${done.articles}, events ${done.events}/${data.events}`);
      }
      say("search text, FTS and roll-ups");
      rebuildDerived(conn, firstEvent);
      return done;
    });
  } finally {
    conn.close();
  }
}

/** What the Event triggers keep, for the events from `firstEvent` on (the roll-ups whole); their search text came with the rows (sqliteFold). */
function rebuildDerived(conn: BulkConnection, firstEvent: number) {
  conn.prepare(`INSERT INTO "EventSearch" (rowid, "text") SELECT "id", "searchText" FROM "Event" WHERE "id" >= ?`).run(firstEvent);
  conn.exec(`${rebuildRollups("sqlite")}
    UPDATE "WriteGeneration" SET "n" = "n" + 1 WHERE "id" = 1;`);
}
