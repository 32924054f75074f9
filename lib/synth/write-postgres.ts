// The synthetic data set into PostgreSQL: multi-row INSERTs (lib/ingest/bulk-insert.ts), a chunk of
// articles per transaction. The triggers stay on (they fold search text and keep the roll-ups per row);
// the id sequences are moved past the ids given here afterwards, so later ingestion does not collide.
import type { Db } from "../db/client";
import { ROLLUPS } from "../db/rollups";
import { insertRows } from "../ingest/bulk-insert";
import type { SynthStream } from "./generate";
import { actorRows, chunkRows, chunks, COLUMNS, placeRows, type Table } from "./rows";
import type { WriteOptions, Written } from "./write";

const CHUNK = 500;
const pgDate = (day: string) => new Date(`${day}T00:00:00Z`);
const after = (agg: { _max: { id: number | null } }) => (agg._max.id ?? 0) + 1;

type Tx = Parameters<typeof insertRows>[0];
const insert = (tx: Tx, table: Table, rows: unknown[][]) => insertRows(tx, "postgres", table, [...COLUMNS[table]], rows);

export async function writePostgres(db: Db, data: SynthStream, opts: WriteOptions): Promise<Written> {
  const say = opts.onProgress ?? (() => {});
  const placeIds = new Map((await db.place.findMany({ select: { id: true, key: true } })).map((p) => [p.key, p.id]));
  const newPlaces = placeRows(data.places, placeIds, after(await db.place.aggregate({ _max: { id: true } })));
  const actorIds = new Map((await db.actor.findMany({ select: { id: true, key: true } })).map((a) => [a.key, a.id]));
  const newActors = actorRows(data.actors, actorIds, after(await db.actor.aggregate({ _max: { id: true } })));
  await db.$transaction(async (tx) => {
    await insert(tx, "Place", newPlaces);
    await insert(tx, "Actor", newActors);
  }, { timeout: 120_000 });
  say(`places: ${newPlaces.length} added, actors: ${newActors.length} added`);

  const places = new Map(data.places.map((p) => [p.key, p]));
  const next = { article: after(await db.article.aggregate({ _max: { id: true } })), event: after(await db.event.aggregate({ _max: { id: true } })) };
  const done = { articles: 0, events: 0 };
  for (const chunk of chunks(data.articles, CHUNK)) {
    const rows = chunkRows(chunk, next, places, placeIds, actorIds, pgDate, new Date(), () => "");
    await db.$transaction(async (tx) => {
      for (const t of ["Article", "Event", "EventSource", "EventActor", "Mention"] as const) await insert(tx, t, rows[t]);
    }, { timeout: 120_000 });
    done.articles += rows.Article.length;
    done.events += rows.Event.length;
    say(`articles ${done.articles}, events ${done.events}/${data.events}`);
  }
  for (const table of ["Article", "Place", "Actor", "Event"]) {
    await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM "${table}"))`);
  }
  // What a bulk load needs before it is read: the planner's statistics, and the visibility map that
  // lets the covering indexes answer without visiting the rows (autovacuum would get there, later).
  say("vacuum and analyze");
  for (const table of ["Article", "Event", "EventSource", "EventActor", "Mention", ...ROLLUPS.map((t) => t.table)]) {
    await db.$executeRawUnsafe(`VACUUM (ANALYZE) "${table}"`);
  }
  return done;
}
