// The same filter as lib/data/where.ts, as a SQL condition on `"Event" e`, for the one aggregate
// that Prisma's groupBy makes slow (the timeline: tens of thousands of day × type groups, which the
// ORM turns into objects one by one). An integration test checks that both filters count the same
// events on SQLite and PostgreSQL.
import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { TYPE_BY_SLUG } from "../event-types";
import { statusesOf, type Filters } from "../filters";
import { SYNTHETIC_DIR, SYNTHETIC_EVIDENCE } from "../synth/marks";
import { ftsPhrase, searchKey, usesTrigrams } from "../search/search-key";
import { addDays } from "../timeline-buckets";

export type Dialect = "sqlite" | "postgres";


/** `walk`: the text's conditions (SQLite) are only tested on each row (`+` keeps SQLite from
 * reading the events through them), so a walk of the date index can use them as a filter. */
export function sqlWhere(f: Filters, dialect: Dialect, opts: { walk?: boolean } = {}): Prisma.Sql {
  // SQLite keeps Prisma's DateTime as ISO text, which compares correctly with a day; PostgreSQL
  // needs the day cast to a timestamp.
  const day = (d: string) => (dialect === "postgres" ? Prisma.sql`CAST(${d} AS timestamp)` : Prisma.sql`${d}`);
  const parts: Prisma.Sql[] = [];
  const statuses = statusesOf(f);
  parts.push(statuses.length === 3 && !statuses.includes("rejected") ? Prisma.sql`e."reviewStatus" <> 'rejected'` : Prisma.sql`e."reviewStatus" IN (${Prisma.join(statuses)})`);
  if (f.gov.length) parts.push(Prisma.sql`e."admin1" IN (${Prisma.join(f.gov)})`);
  if (f.from) parts.push(Prisma.sql`e."date" >= ${day(f.from)}`);
  if (f.to) parts.push(Prisma.sql`e."date" < ${day(addDays(f.to, 1))}`);
  if (f.type.length) parts.push(Prisma.sql`e."type" IN (${Prisma.join(f.type.map((s) => TYPE_BY_SLUG.get(s)!.acled))})`);
  // IN over the actor's own rows (index on actorId), not a correlated EXISTS: the database walks
  // that actor's events instead of probing every event (1.3 s → tens of ms at 1,000,000 events).
  if (f.actor && f.role) parts.push(Prisma.sql`e."id" IN (SELECT ea."eventId" FROM "EventActor" ea WHERE ea."actorId" = ${f.actor} AND ea."role" = ${f.role})`);
  else if (f.actor) parts.push(Prisma.sql`e."id" IN (SELECT ea."eventId" FROM "EventActor" ea WHERE ea."actorId" = ${f.actor})`);
  if (f.place) parts.push(Prisma.sql`e."placeId" = ${f.place}`);
  if (f.sub.length) parts.push(Prisma.sql`e."subType" IN (${Prisma.join(f.sub)})`);
  if (f.minFatal) parts.push(Prisma.sql`e."fatalities" >= ${f.minFatal}`);
  if (f.geo.length) parts.push(Prisma.sql`e."geoPrecision" IN (${Prisma.join(f.geo)})`);
  if (f.time.length) parts.push(Prisma.sql`e."datePrecision" IN (${Prisma.join(f.time)})`);
  // As in where.ts: some source is a real article. COALESCE because NULL <> 'synthetic' is NULL.
  if (f.noSynth) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventSource" es JOIN "Article" ar ON ar."id" = es."articleId" WHERE es."eventId" = e."id"
      AND ar."fileName" NOT LIKE ${`${SYNTHETIC_DIR}%`} AND COALESCE(ar."dateEvidence", '') <> ${SYNTHETIC_EVIDENCE})`);
  }
  const key = f.q ? searchKey(f.q) : "";
  if (key) {
    // The folded key has no LIKE wildcards (lib/search/search-key.ts), so these LIKEs are literal.
    const like = `%${key}%`;
    // The places and actors whose names match are few (tables of thousands, not millions): each IN
    // is computed once and read through an index (the actors' events through EventActor's actorId
    // index: a join there made SQLite scan every event actor), where a correlated EXISTS ran per event.
    const plus = Prisma.raw(opts.walk && dialect === "sqlite" ? "+" : "");
    const places = Prisma.sql`SELECT p."id" FROM "Place" p WHERE p."searchText" LIKE ${like}`;
    const actors = Prisma.sql`SELECT ea."eventId" FROM "EventActor" ea WHERE ea."actorId" IN (SELECT a."id" FROM "Actor" a WHERE a."searchText" LIKE ${like})`;
    // PostgreSQL: `= ANY(ARRAY(…))` makes each branch an index condition, so the planner can OR the
    // trigram index's bitmap with the place and actor ones; with `IN (subquery)` it scanned every
    // event (a town's name at a million events: 399 → 5 ms; a governorate's, 454 → 194 ms).
    // SQLite, when the text alone finds the events (textDrives) and outside a walk: one set of ids,
    // the union of the trigram index's matches, the places' events and the actors' (each read from
    // an index alone), which eventsOf() reads through Event_facts_idx. Otherwise each row is tested
    // against the three sets (a walk, or another index leads; the union costs more to build).
    parts.push(dialect === "postgres"
      ? Prisma.sql`(${evidenceMatches(key, dialect, plus)} OR e."placeId" = ANY(ARRAY(${places})) OR e."id" = ANY(ARRAY(${actors})))`
      : textDrives(f, dialect) && !opts.walk
        ? Prisma.sql`e."id" IN (${trigramMatches(key)} UNION SELECT x."id" FROM "Event" x WHERE x."placeId" IN (${places}) UNION ${actors})`
        : Prisma.sql`(${evidenceMatches(key, dialect, plus)} OR ${plus}e."placeId" IN (${places}) OR ${plus}e."id" IN (${actors}))`);
  }
  return parts.length ? Prisma.sql`${Prisma.join(parts, " AND ")}` : Prisma.sql`1 = 1`;
}

/** Folded evidence containing `key`: SQLite's FTS5 trigram index from three characters (a scan of the
 * folded column below that); PostgreSQL's pg_trgm index serves the LIKE itself. */
function evidenceMatches(key: string, dialect: Dialect, plus: Prisma.Sql): Prisma.Sql {
  if (dialect === "postgres") return Prisma.sql`e."searchText" LIKE ${`%${key}%`}`;
  if (usesTrigrams(key)) return Prisma.sql`${plus}e."id" IN (${trigramMatches(key)})`;
  return Prisma.sql`instr(e."searchText", ${key}) > 0`;
}

/** SQLite: the ids of the events whose folded evidence contains `key` (three characters or more). */
const trigramMatches = (key: string) => Prisma.sql`SELECT rowid FROM "EventSearch" WHERE "EventSearch" MATCH ${ftsPhrase(key)}`;

/** The event table as `e`, for `sqlWhere(f)` (not a walk). On SQLite, when the text alone finds the
 * events (textDrives), they are read by id through Event_facts_idx, which holds every column the
 * aggregates group, sum and filter by, instead of the wide rows (evidence and its folded text):
 * «ادلب» at a million events, 90,271 of them, found and read in ~105 ms instead of ~185. SQLite's
 * planner prefers the rowid, hence INDEXED BY (docs/decisions/0025-text-matches-by-id.md). */
export function eventsOf(f: Filters, dialect: Dialect): Prisma.Sql {
  return textDrives(f, dialect) ? Prisma.sql`"Event" e INDEXED BY "Event_facts_idx"` : Prisma.sql`"Event" e`;
}

/** Whether a SQLite query finds its events from the text's matches (eventsOf, and sqlWhere's union):
 * a text of three characters or more, and no governorate, dates, place or actor. Those lead narrower
 * indexes, walked with each row tested against the text's matches («ادلب» in Idlib over two years at
 * a million events: map 46 ms that way, 109 ms from the matches). A type's index is wider than most
 * texts («ادلب» and battles: map 121 ms through it, 101 ms from the matches). */
function textDrives(f: Filters, dialect: Dialect): boolean {
  return dialect === "sqlite" && usesTrigrams(f.q ? searchKey(f.q) : "")
    && !f.gov.length && !f.from && !f.to && f.place === null && f.actor === null;
}

/** The day of `e."date"` as YYYY-MM-DD text. */
export const dayOf = (dialect: Dialect) => (dialect === "postgres" ? Prisma.sql`to_char(e."date", 'YYYY-MM-DD')` : Prisma.sql`substr(e."date", 1, 10)`);

/** The first day of the month of `e."date"`, as YYYY-MM-DD text. */
export const monthOf = (dialect: Dialect) => (dialect === "postgres" ? Prisma.sql`to_char(e."date", 'YYYY-MM-01')` : Prisma.sql`substr(e."date", 1, 7) || '-01'`);
