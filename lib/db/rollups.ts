// The roll-ups: events (and actor roles) summed per coarse bucket, kept exact by database triggers in
// every writer's own transaction (migrations 0010_rollups and 0011_rollups_years, written from this
// table by scripts/rollup-sql.ts). Each is a small table the dashboard reads instead of the events when the
// filter allows (lib/data/rollup.ts; docs/decisions/0020-coarse-rollups.md says which path answers what).
//
// Why these grains and not day × place: at 1,000,000 synthetic events the day × place × type roll-up
// had 924,610 rows — as many as the events, and slower to group than the event table's covering
// indexes. A roll-up pays only where many events share a bucket: a month of a governorate, a place
// over all time, an actor in a governorate.
import { EVENT_TYPES } from "../event-types";
import type { Dialect } from "./client";

/** A bucket column and how it is computed from an event row `r` (new, old, or a table alias). */
type Key = "year" | "month" | "week" | "placeId" | "admin1" | "type" | "actorId" | "articleId" | "coActorId";

/** The tables that link an event to many rows of another (its actors' roles, its sources): a roll-up
 * "of" one counts link rows, its key holding the linked id. */
export const LINKS = {
  actor: { table: "EventActor", id: "actorId", pk: ["eventId", "actorId", "role"] },
  source: { table: "EventSource", id: "articleId", pk: ["eventId", "articleId", "start"] },
} as const;
type Link = keyof typeof LINKS;

export interface Rollup {
  table: string;
  /** "event": one count per event; a link: one count per link row (an actor's role in an event, a source of an event). */
  of: "event" | Link;
  keys: readonly Key[];
  /** With a link: one count per event and linked id (with the event's fatalities and types), however
   * many link rows join them (an actor in two roles of one event counts once). Kept by BEFORE row
   * triggers on the link table, which see what earlier rows of the same statement changed (an AFTER
   * row trigger in PostgreSQL sees the whole statement's result, so two roles moved or deleted together
   * would both find themselves the last). */
  distinct?: true;
  /** Events and fatalities per event type besides the totals (columns events_<slug>, fatalities_<slug>):
   * a row per place instead of one per place × type, and the dominant type read off the row. */
  byType?: true;
  /** Secondary indexes (column lists) besides the primary key: covering, so a slice is read from the index alone. */
  indexes: readonly (readonly (Key | "events")[])[];
  why: string;
  /** With `of` a link: a roll-up of pairs, the link's id (counted once per event, like `distinct`) with
   * the id of the `right` link in the same event, its last key. `rows`: each right link row counts (an
   * actor's roles, as the rankings count them), else each right id once per event. One count per pair
   * and event, kept by BEFORE row triggers on both links like `distinct`. */
  pair?: { right: Link; rows?: true };
  /** The migration that added it (0010_rollups unless said): each migration writes the triggers of the tables that exist by then. */
  since?: 11 | 12;
}

export const ROLLUPS: readonly Rollup[] = [
  { table: "RollupMonth", of: "event", keys: ["month", "admin1", "type"], indexes: [],
    why: "figures, governorate shading and the monthly timeline of any governorate/type/whole-month filter: ~14,000 rows for a million events" },
  { table: "RollupWeek", of: "event", keys: ["week", "admin1", "type"], indexes: [],
    why: "the weekly timeline (spans of four months to three years) of a governorate/type filter: whole weeks from here, the partial weeks at a range's ends from the events" },
  { table: "RollupPlace", of: "event", keys: ["placeId", "admin1"], byType: true, indexes: [],
    why: "the map, the places count and the top places when no date is set: one row per place (~10,000), its types in columns" },
  { table: "RollupActor", of: "actor", keys: ["actorId", "admin1", "type"], indexes: [],
    why: "the top actors and the actors count when no date is set: a few thousand rows where EventActor has 1.2 million" },
  { table: "RollupActorMonth", of: "actor", keys: ["actorId", "month", "admin1", "type"], indexes: [["admin1", "month", "actorId", "events"], ["month", "actorId", "events"]],
    why: "the top actors of a whole-month range: the range's slice of this table, not a join of every event in it with its actors" },
  { table: "RollupSourceMonth", of: "source", keys: ["articleId", "month", "admin1", "type"], indexes: [["admin1", "month", "articleId"], ["month", "articleId"]],
    why: "the articles behind a governorate or a whole-month range: distinct article ids of the slice, not every event of the range joined with its sources (73 → 14 ms for two governorates × two years at a million events)" },
  { table: "RollupPlaceYear", of: "event", keys: ["year", "admin1", "placeId"], byType: true, indexes: [], since: 11,
    why: "the map, figures and top places of a date range: its whole years from here (~121,000 rows for a million events, a year of two governorates ~5,000), the days at either end from the events" },
  { table: "RollupActorPlace", of: "actor", distinct: true, keys: ["actorId", "placeId", "admin1"], byType: true, indexes: [], since: 11,
    why: "the map, figures and top places of an actor (no dates): the actor's rows of this table (~470,000 for a million events; the busiest actor's ~6,000), not every one of its events read from the event table (82 ms for 23,660 events)" },
  { table: "RollupActorEventMonth", of: "actor", distinct: true, keys: ["actorId", "month", "admin1", "type"], indexes: [], since: 11,
    why: "the monthly timeline of an actor (no dates): its events and fatalities per month, each event once (RollupActorMonth counts roles, for the rankings), where the event table's path read every one of its events twice (107 ms for 23,660 events)" },
  { table: "RollupSource", of: "source", keys: ["articleId"], indexes: [], since: 11,
    why: "the articles count without a filter: one row per article with a counted event, so a count of rows instead of distinct ids over every source (22 → 3 ms at a million events); it also leaves out articles whose only events were rejected, as every other count does" },
  { table: "RollupCoActor", of: "actor", pair: { right: "actor", rows: true }, keys: ["actorId", "admin1", "coActorId"], indexes: [], since: 12,
    why: "the actors an actor's events involve, ranked, and how many there are: per actor and governorate, the roles of every actor (itself included) in its events (~121,000 rows for a million events), where the event table's path joined each of its events with all its roles (58 ms for 23,660 events)" },
  { table: "RollupActorSource", of: "actor", pair: { right: "source" }, keys: ["actorId", "admin1", "articleId"], indexes: [], since: 12,
    why: "the articles behind an actor's events: its rows' distinct article ids (~1,200,000 rows for a million events, the busiest actor's ~23,000), where the event table's path joined each of its events with its sources (54 ms)" },
];

/** The roll-ups that exist after migration `n` (10, 11 or 12): the triggers each migration writes cover these. */
export const rollupsUpTo = (n: 10 | 11 | 12): readonly Rollup[] => ROLLUPS.filter((t) => (t.since ?? 10) <= n);

const COLUMN_TYPE: Record<Key, string> = { year: "TEXT", month: "TEXT", week: "TEXT", placeId: "INTEGER", admin1: "TEXT", type: "TEXT", actorId: "INTEGER", articleId: "INTEGER", coActorId: "INTEGER" };

/** The bucket value of event row `r`; absent values are "" / 0 so that the key is unique. `a` is the link row. */
export function keyExpr(key: Key, r: string, dialect: Dialect, a = "a"): string {
  if (key === "year") return dialect === "sqlite" ? `COALESCE(substr(${r}."date", 1, 4), '')` : `COALESCE(to_char(${r}."date", 'YYYY'), '')`;
  if (key === "month") return dialect === "sqlite" ? `COALESCE(substr(${r}."date", 1, 7), '')` : `COALESCE(to_char(${r}."date", 'YYYY-MM'), '')`;
  // The Monday of the ISO week (lib/timeline-buckets.ts starts weeks on Monday), YYYY-MM-DD.
  if (key === "week") return dialect === "sqlite" ? `COALESCE(date(substr(${r}."date", 1, 10), '-6 days', 'weekday 1'), '')` : `COALESCE(to_char(date_trunc('week', ${r}."date"), 'YYYY-MM-DD'), '')`;
  if (key === "placeId") return `COALESCE(${r}."placeId", 0)`;
  if (key === "admin1") return `COALESCE(${r}."admin1", '')`;
  if (key === "type") return `${r}."type"`;
  return `${a}."${key}"`;
}

const q = (s: string) => `"${s}"`;
const cols = (keys: readonly string[]) => keys.map(q).join(", ");
/** A measure column, what one event row `r` adds to it, and its value over a group of events `e` (the rebuild). */
interface Measure { column: string; add: (r: string) => string; sum: string }
const ofType = (acled: string, then: string, r: string) => `CASE WHEN ${r}."type" = '${acled}' THEN ${then} ELSE 0 END`;
function measures(t: Rollup): Measure[] {
  const events: Measure = { column: "events", add: () => "1", sum: "COUNT(*)" };
  if (t.of !== "event" && !t.distinct) return [events];
  const fatal = (r: string) => `COALESCE(${r}."fatalities", 0)`;
  return [events, { column: "fatalities", add: fatal, sum: `COALESCE(SUM(e."fatalities"), 0)` },
    ...(t.byType ? EVENT_TYPES.flatMap((ty) => [
      { column: `events_${ty.slug}`, add: (r: string) => ofType(ty.acled, "1", r), sum: `SUM(${ofType(ty.acled, "1", "e")})` },
      { column: `fatalities_${ty.slug}`, add: (r: string) => ofType(ty.acled, fatal(r), r), sum: `SUM(${ofType(ty.acled, fatal("e"), "e")})` },
    ]) : [])];
}
/** A rejected event (the review status) is in no count, so it is in no roll-up row either. */
const counted = (r: string) => `${r}."reviewStatus" <> 'rejected'`;

export function createTables(dialect: Dialect, tables: readonly Rollup[] = ROLLUPS): string {
  return tables.map((t) => {
    const body = [...t.keys.map((k) => `    ${q(k)} ${COLUMN_TYPE[k]} NOT NULL`), ...measures(t).map((m) => `    ${q(m.column)} INTEGER NOT NULL`)];
    const pk = dialect === "sqlite" ? `    PRIMARY KEY (${cols(t.keys)})` : `    CONSTRAINT "${t.table}_pkey" PRIMARY KEY (${cols(t.keys)})`;
    const idx = t.indexes.map((i) => `CREATE INDEX "${t.table}_${i.join("_")}_idx" ON ${q(t.table)}(${cols(i)});`);
    return [`CREATE TABLE ${q(t.table)} (\n${body.join(",\n")},\n\n${pk}\n);`, ...idx].join("\n");
  }).join("\n");
}

const upsert = (t: Rollup, dialect: Dialect) => {
  const target = dialect === "postgres" ? `${q(t.table)}.` : "";
  return `ON CONFLICT (${cols(t.keys)}) DO UPDATE SET ${measures(t).map(({ column: m }) => `"${m}" = ${target}"${m}" + excluded."${m}"`).join(", ")}`;
};
const keyMatch = (t: Rollup, r: string, dialect: Dialect, a = "a") => t.keys.map((k) => `${q(t.table)}.${q(k)} = ${keyExpr(k, r, dialect, a)}`).join(" AND ");

/** SQL statements that count event row `r` in (sign +1) or out of (sign −1) the roll-ups made of events. */
export function eventRollups(r: string, sign: 1 | -1, dialect: Dialect, tables: readonly Rollup[] = ROLLUPS): string[] {
  return tables.filter((t) => t.of === "event").flatMap((t) => {
    const ms = measures(t);
    return sign > 0
      ? [`INSERT INTO ${q(t.table)} (${cols(t.keys)}, ${ms.map((m) => q(m.column)).join(", ")})
    SELECT ${t.keys.map((k) => keyExpr(k, r, dialect)).join(", ")}, ${ms.map((m) => m.add(r)).join(", ")} WHERE ${counted(r)}
    ${upsert(t, dialect)};`]
      : [`UPDATE ${q(t.table)} SET ${ms.map((m) => `"${m.column}" = "${m.column}" - ${m.add(r)}`).join(", ")}
    WHERE ${counted(r)} AND ${keyMatch(t, r, dialect)};`,
        `DELETE FROM ${q(t.table)} WHERE "events" = 0 AND ${keyMatch(t, r, dialect)};`];
  });
}

const linked = (t: Rollup) => (t.of === "event" ? null : LINKS[t.of]);

/** The link roll-ups for every link row of event row `r` (its actor roles, its sources), in or out: an event that changes bucket. */
export function linkRollupsOfEvent(r: string, sign: 1 | -1, dialect: Dialect, tables: readonly Rollup[] = ROLLUPS): string[] {
  return tables.flatMap((t) => {
    const link = linked(t);
    if (!link) return [];
    if (t.pair) return pairRollupsOfEvent(t, r, sign, dialect);
    const own = `${q(t.table)}.${q(link.id)}`;
    // The event's bucket and the ids it links to: the primary key's columns, so each row is found by the key.
    const rows = [`${own} IN (SELECT l.${q(link.id)} FROM ${q(link.table)} l WHERE l."eventId" = ${r}."id")`,
      ...t.keys.filter((k) => k !== link.id).map((k) => `${q(t.table)}.${q(k)} = ${keyExpr(k, r, dialect)}`)].join(" AND ");
    if (t.distinct) {
      // Once per linked id, with the event's own measures.
      const ms = measures(t);
      return sign > 0
        ? [`INSERT INTO ${q(t.table)} (${cols(t.keys)}, ${ms.map((m) => q(m.column)).join(", ")})
    SELECT ${t.keys.map((k) => keyExpr(k, r, dialect, "l")).join(", ")}, ${ms.map((m) => m.add(r)).join(", ")} FROM (SELECT DISTINCT x.${q(link.id)} FROM ${q(link.table)} x WHERE x."eventId" = ${r}."id") l WHERE ${counted(r)}
    ${upsert(t, dialect)};`]
        : [`UPDATE ${q(t.table)} SET ${ms.map((m) => `"${m.column}" = "${m.column}" - ${m.add(r)}`).join(", ")}
    WHERE ${counted(r)} AND ${rows};`,
          `DELETE FROM ${q(t.table)} WHERE "events" = 0 AND ${rows};`];
    }
    return sign > 0
      ? [`INSERT INTO ${q(t.table)} (${cols(t.keys)}, "events")
    SELECT ${t.keys.map((k) => keyExpr(k, r, dialect, "l")).join(", ")}, COUNT(*) FROM ${q(link.table)} l WHERE l."eventId" = ${r}."id" AND ${counted(r)} GROUP BY l.${q(link.id)}
    ${upsert(t, dialect)};`]
      : [`UPDATE ${q(t.table)} SET "events" = "events" - (SELECT COUNT(*) FROM ${q(link.table)} l WHERE l."eventId" = ${r}."id" AND l.${q(link.id)} = ${own})
    WHERE ${counted(r)} AND ${rows};`,
        `DELETE FROM ${q(t.table)} WHERE "events" = 0 AND ${rows};`];
  });
}

/** The roll-ups of one link row `a` of `which` (a role, a source), in or out, its bucket read from its event (none when the event is gone). */
export function rollupsOfLink(which: Link, a: string, sign: 1 | -1, dialect: Dialect, tables: readonly Rollup[] = ROLLUPS): string[] {
  return tables.filter((t) => t.of === which && !t.distinct && !t.pair).flatMap((t) => {
    const keys = t.keys.map((k) => keyExpr(k, "e", dialect, a)).join(", ");
    const ofEvent = `FROM "Event" e WHERE e."id" = ${a}."eventId" AND ${counted("e")}`;
    // The row by its whole key (a row value against the event's bucket), not a scan of the linked id's rows.
    const row = `(${t.keys.map((k) => `${q(t.table)}.${q(k)}`).join(", ")}) IN (SELECT ${keys} ${ofEvent})`;
    return sign > 0
      ? [`INSERT INTO ${q(t.table)} (${cols(t.keys)}, "events")
    SELECT ${keys}, 1 ${ofEvent}
    ${upsert(t, dialect)};`]
      : [`UPDATE ${q(t.table)} SET "events" = "events" - 1 WHERE ${row};`, `DELETE FROM ${q(t.table)} WHERE "events" = 0 AND ${row};`];
  });
}

/** The distinct roll-ups of one link row `a` of `which`, in (sign +1) or out (−1), for a BEFORE row
 * trigger: the row counts in when no link row joins its event and id yet, and out when it is the last
 * one that does (an update must change the pair: the trigger's condition). */
export function distinctRollupsOfLink(which: Link, a: string, sign: 1 | -1, dialect: Dialect, tables: readonly Rollup[] = ROLLUPS): string[] {
  const { table: linkTable, id } = LINKS[which];
  return tables.filter((t) => t.of === which && t.distinct).flatMap((t) => {
    const ms = measures(t);
    const keys = t.keys.map((k) => keyExpr(k, "e", dialect, a)).join(", ");
    const ofEvent = `FROM "Event" e WHERE e."id" = ${a}."eventId" AND ${counted("e")}`;
    const joining = `(SELECT COUNT(*) FROM ${q(linkTable)} x WHERE x."eventId" = ${a}."eventId" AND x.${q(id)} = ${a}.${q(id)})`;
    const row = `(${t.keys.map((k) => `${q(t.table)}.${q(k)}`).join(", ")}) IN (SELECT ${keys} ${ofEvent})`;
    return sign > 0
      ? [`INSERT INTO ${q(t.table)} (${cols(t.keys)}, ${ms.map((m) => q(m.column)).join(", ")})
    SELECT ${keys}, ${ms.map((m) => m.add("e")).join(", ")} ${ofEvent} AND ${joining} = 0
    ${upsert(t, dialect)};`]
      : [`UPDATE ${q(t.table)} SET ${ms.map((m) => `"${m.column}" = "${m.column}" - (SELECT ${m.add("e")} FROM "Event" e WHERE e."id" = ${a}."eventId")`).join(", ")}
    WHERE ${row} AND ${joining} = 1;`,
        `DELETE FROM ${q(t.table)} WHERE "events" = 0 AND ${row};`];
  });
}

// Pair roll-ups (RollupCoActor, RollupActorSource): M(a, b) over the counted events of a governorate is
// Σ [a has a left link row in the event] × (right rows of b in it, or [b has one]). A link row that comes
// or goes changes M by:
// - as the right side: +1/−1 for every left id of its event (with its own id when both sides are one
//   table, since after an insert it is one), unless right ids count once and another row already joins
//   the event to the same id;
// - as the left side, when no other row joins its event to its id: every right id of the event (its own
//   rows left out when both sides are one table: they are counted by the right side).

/** A pair roll-up's two links and key columns: the left id first, the governorate, the right id last. */
function sides(t: Rollup) {
  const left = LINKS[t.of as Link];
  const right = LINKS[t.pair!.right];
  return { left, right, lk: q(t.keys[0]), rk: q(t.keys[t.keys.length - 1]), rows: Boolean(t.pair!.rows), same: left === right };
}
const admin1Of = (r: string) => `COALESCE(${r}."admin1", '')`;
const pairTarget = (t: Rollup) => `(${t.keys.map((k) => `${q(t.table)}.${q(k)}`).join(", ")})`;

/** A pair roll-up's rows of event row `r`, in or out: an event that changes bucket (or review status). */
function pairRollupsOfEvent(t: Rollup, r: string, sign: 1 | -1, dialect: Dialect): string[] {
  const { left, right, lk, rk, rows } = sides(t);
  const lefts = `SELECT y.${q(left.id)} FROM ${q(left.table)} y WHERE y."eventId" = ${r}."id"`;
  const rights = `SELECT z.${q(right.id)} FROM ${q(right.table)} z WHERE z."eventId" = ${r}."id"`;
  if (sign > 0) {
    return [`INSERT INTO ${q(t.table)} (${cols(t.keys)}, "events")
    SELECT l."id", ${admin1Of(r)}, x."id", ${rows ? "COUNT(*)" : "1"} FROM (SELECT DISTINCT y.${q(left.id)} AS "id" FROM ${q(left.table)} y WHERE y."eventId" = ${r}."id") l, (SELECT z.${q(right.id)} AS "id" FROM ${q(right.table)} z WHERE z."eventId" = ${r}."id") x
    WHERE ${counted(r)} GROUP BY l."id", x."id"
    ${upsert(t, dialect)};`];
  }
  const these = `${q(t.table)}."admin1" = ${admin1Of(r)} AND ${q(t.table)}.${lk} IN (${lefts}) AND ${q(t.table)}.${rk} IN (${rights})`;
  const per = rows ? `(SELECT COUNT(*) FROM ${q(right.table)} z WHERE z."eventId" = ${r}."id" AND z.${q(right.id)} = ${q(t.table)}.${rk})` : "1";
  return [`UPDATE ${q(t.table)} SET "events" = "events" - ${per} WHERE ${counted(r)} AND ${these};`,
    `DELETE FROM ${q(t.table)} WHERE "events" = 0 AND ${these};`];
}

/** The pair roll-ups of one link row `a` of `which`, in (+1) or out (−1), for a BEFORE row trigger (it
 * sees the table without the row on insert, with it on delete). `old`: an update's old row, still in
 * the table while the new one is counted in, and left out of what that reads. */
export function pairRollupsOfLink(which: Link, a: string, sign: 1 | -1, dialect: Dialect, tables: readonly Rollup[] = ROLLUPS, old?: string): string[] {
  const own = LINKS[which];
  /** Rows of `table` (alias `x`) but the update's old row. */
  const notOld = (table: string, x: string) => (old && table === own.table ? ` AND NOT (${own.pk.map((c) => `${x}.${q(c)} = ${old}.${q(c)}`).join(" AND ")})` : "");
  const counts = (n: string) => (sign > 0 ? `${n} = 0` : `${n} = 1`);
  return tables.filter((t) => t.pair && (t.of === which || t.pair.right === which)).flatMap((t) => {
    const { left, right, rk, rows, same } = sides(t);
    const T = q(t.table);
    /** In: upsert the pairs `select` lists (its keys) from `from` (FROM … WHERE …), adding `value`
     * each; out: subtract `per` from those rows and drop the empty ones. */
    const change = (select: string, from: string, value: string, per: string, groupBy = "") => (sign > 0
      ? [`INSERT INTO ${T} (${cols(t.keys)}, "events")
    SELECT ${select}, ${value} ${from}${groupBy}
    ${upsert(t, dialect)};`]
      : [`UPDATE ${T} SET "events" = "events" - ${per} WHERE ${pairTarget(t)} IN (SELECT ${select} ${from});`,
        `DELETE FROM ${T} WHERE "events" = 0 AND ${pairTarget(t)} IN (SELECT ${select} ${from});`]);
    const event = `"Event" e`;
    /** The row's event, unless the event is gone (the cascade of its delete) or not counted. */
    const isCounted = `e."id" = ${a}."eventId" AND ${counted("e")}`;
    const out: string[] = [];
    if (t.pair!.right === which) {
      // As the right side: each left id of the event (the row's own too when one table has both sides).
      const lefts = `SELECT DISTINCT y.${q(left.id)} AS "id" FROM ${q(left.table)} y WHERE y."eventId" = ${a}."eventId"${notOld(left.table, "y")}${same ? ` UNION SELECT ${a}.${q(own.id)}` : ""}`;
      const first = rows ? "" : ` AND ${counts(`(SELECT COUNT(*) FROM ${q(right.table)} w WHERE w."eventId" = ${a}."eventId" AND w.${q(right.id)} = ${a}.${q(right.id)}${notOld(right.table, "w")})`)}`;
      out.push(...change(`l."id", ${admin1Of("e")}, ${a}.${q(right.id)}`, `FROM (${lefts}) l, ${event} WHERE ${isCounted}${first}`, "1", "1"));
    }
    if (t.of === which) {
      // As the left side, when no other row joins the event to this id: every right id of the event.
      const alone = ` AND ${counts(`(SELECT COUNT(*) FROM ${q(left.table)} y WHERE y."eventId" = ${a}."eventId" AND y.${q(left.id)} = ${a}.${q(left.id)}${notOld(left.table, "y")})`)}`;
      const others = `z."eventId" = ${a}."eventId"${same ? ` AND z.${q(right.id)} <> ${a}.${q(left.id)}` : ""}${notOld(right.table, "z")}`;
      const per = rows ? `(SELECT COUNT(*) FROM ${q(right.table)} z WHERE z."eventId" = ${a}."eventId" AND z.${q(right.id)} = ${T}.${rk})` : "1";
      out.push(...change(`${a}.${q(left.id)}, ${admin1Of("e")}, z.${q(right.id)}`, `FROM ${event}, ${q(right.table)} z WHERE ${isCounted} AND ${others}${alone}`,
        rows ? "COUNT(*)" : "1", per, ` GROUP BY z.${q(right.id)}, e."admin1"`));
    }
    return out;
  });
}

/** Every roll-up rebuilt from the tables (a migration's backfill, the bulk synthetic writer's rebuild). */
export function rebuildRollups(dialect: Dialect, tables: readonly Rollup[] = ROLLUPS): string {
  return tables.map((t) => {
    if (t.pair) {
      const { left, right, rows } = sides(t);
      const rights = rows ? q(right.table) : `(SELECT DISTINCT "eventId", ${q(right.id)} FROM ${q(right.table)})`;
      return `DELETE FROM ${q(t.table)};\nINSERT INTO ${q(t.table)} (${cols(t.keys)}, "events")
  SELECT l.${q(left.id)}, ${admin1Of("e")}, x.${q(right.id)}, COUNT(*) FROM (SELECT DISTINCT "eventId", ${q(left.id)} FROM ${q(left.table)}) l JOIN "Event" e ON e."id" = l."eventId" JOIN ${rights} x ON x."eventId" = l."eventId" WHERE ${counted("e")} GROUP BY 1, 2, 3;`;
    }
    const keys = t.keys.map((k) => keyExpr(k, "e", dialect, "a"));
    const groupBy = t.keys.map((_, i) => i + 1).join(", ");
    const link = linked(t);
    const ms = measures(t);
    const linkRows = link && t.distinct ? `(SELECT DISTINCT "eventId", ${q(link.id)} FROM ${q(link.table)})` : link ? q(link.table) : "";
    const from = link ? `${linkRows} a JOIN "Event" e ON e."id" = a."eventId"` : `"Event" e`;
    return `DELETE FROM ${q(t.table)};\nINSERT INTO ${q(t.table)} (${cols(t.keys)}, ${ms.map((m) => q(m.column)).join(", ")})
  SELECT ${keys.join(", ")}, ${ms.map((m) => m.sum).join(", ")} FROM ${from} WHERE ${counted("e")} GROUP BY ${groupBy};`;
  }).join("\n");
}
