// Which roll-up (lib/db/rollups.ts, kept exact by triggers) can answer a filter, and its SQL condition.
// docs/decisions/0020-coarse-rollups.md has the table of which question takes which path.
import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { TYPE_BY_SLUG } from "../event-types";
import { EMPTY_FILTERS, type Filters } from "../filters";
import { isDay } from "../filters/coerce";
import { bucketEnd, bucketStart } from "../timeline-buckets";

/** The filter fields the roll-ups have columns for. An ALLOW-list: any other field (actor, text, and
 * every field added later) sends the query to the event table as soon as it is set. */
export const ROLLUP_FIELDS: readonly (keyof Filters)[] = ["gov", "from", "to", "type", "place"];

function onlyRollupFields(f: Filters): boolean {
  const empty = EMPTY_FILTERS as unknown as Record<string, unknown>;
  return Object.entries(f).every(([k, v]) => ROLLUP_FIELDS.includes(k as keyof Filters) || JSON.stringify(v ?? null) === JSON.stringify(empty[k] ?? null));
}


/** A date range of whole months (from on a 1st, to on a month's last day; either may be open): the month roll-ups' grain. */
export function wholeMonths(f: { from?: string | null; to?: string | null }): boolean {
  return (!f.from || (isDay(f.from) && f.from.endsWith("-01"))) && (!f.to || (isDay(f.to) && bucketEnd(bucketStart(f.to, "month"), "month") === f.to));
}

/** RollupPlace (per place × governorate × type, all time): no date in the filter. */
export const placeRollupAnswers = (f: Filters): boolean => onlyRollupFields(f) && !f.from && !f.to;

/** The whole years of a date range (either end may be open) for RollupPlaceYear, and the days at its
 * ends that are not whole years, for the events. */
export interface YearSplit { years: { from: number | null; to: number | null }; edges: { from: string; to: string }[] }

/** How RollupPlaceYear answers a filter's summary: a date range with at least one whole year (the
 * days at either end from the events); null for no date, a field it has no column for, or a range
 * inside a year's boundaries (the events answer that whole). */
export function yearSplit(f: Filters): YearSplit | null {
  if (!onlyRollupFields(f) || (!f.from && !f.to) || (f.from && !isDay(f.from)) || (f.to && !isDay(f.to))) return null;
  const first = f.from ? Number(f.from.slice(0, 4)) + (f.from.endsWith("-01-01") ? 0 : 1) : null;
  const last = f.to ? Number(f.to.slice(0, 4)) - (f.to.endsWith("-12-31") ? 0 : 1) : null;
  if (first !== null && last !== null && first > last) return null;
  const edges: YearSplit["edges"] = [];
  if (f.from && first !== null && !f.from.endsWith("-01-01")) edges.push({ from: f.from, to: `${first - 1}-12-31` });
  if (f.to && last !== null && !f.to.endsWith("-12-31")) edges.push({ from: `${last + 1}-01-01`, to: f.to });
  return { years: { from: first, to: last }, edges };
}

/** RollupActorPlace: an actor in any role, no dates; governorate, type and place as RollupPlace has them. */
export const actorRollupAnswers = (f: Filters): boolean =>
  f.actor !== null && !f.role && !f.from && !f.to && onlyRollupFields({ ...f, actor: EMPTY_FILTERS.actor, role: EMPTY_FILTERS.role });

/** The pair roll-ups (RollupCoActor, RollupActorSource: actor × governorate × actor or article): an actor, and at most governorates. */
export const pairRollupAnswers = (f: Filters): boolean => actorRollupAnswers(f) && !f.type.length && !f.place;

/** RollupWeek and RollupMonth for the timeline: no place (any dates: the partial buckets at a range's ends are read from the events). */
export const timelineRollupAnswers = (f: Filters): boolean => onlyRollupFields(f) && !f.place;

/** RollupMonth and the actor roll-ups (no place column): whole months, no place. */
export const monthRollupAnswers = (f: Filters): boolean => onlyRollupFields(f) && !f.place && wholeMonths(f);

const acled = (f: Filters) => f.type.map((s) => TYPE_BY_SLUG.get(s)!.acled);

/** The filter on a roll-up `r`: governorate, type (unless the table has its types in columns, which
 * the caller picks), place when the table has it, and whole months when it has months. */
export function rollupSql(f: Filters, has: { month?: boolean; place?: boolean; typesInColumns?: boolean; years?: YearSplit["years"]; actor?: boolean } = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (has.actor && f.actor !== null) parts.push(Prisma.sql`r."actorId" = ${f.actor}`);
  if (f.gov.length) parts.push(Prisma.sql`r."admin1" IN (${Prisma.join(f.gov)})`);
  if (f.type.length && !has.typesInColumns) parts.push(Prisma.sql`r."type" IN (${Prisma.join(acled(f))})`);
  if (has.place && f.place) parts.push(Prisma.sql`r."placeId" = ${f.place}`);
  // An event without a date cannot be placed in a date range, so a range leaves it out ("" months).
  if (has.month && (f.from || f.to)) parts.push(Prisma.sql`r."month" <> ''`);
  if (has.month && f.from) parts.push(Prisma.sql`r."month" >= ${f.from.slice(0, 7)}`);
  if (has.month && f.to) parts.push(Prisma.sql`r."month" <= ${f.to.slice(0, 7)}`);
  // Whole years: listed when both ends are known, so the key (year, admin1, …) is sought per year and governorate.
  const y = has.years;
  if (y) parts.push(Prisma.sql`r."year" <> ''`);
  if (y && y.from !== null && y.to !== null) parts.push(Prisma.sql`r."year" IN (${Prisma.join(Array.from({ length: y.to - y.from + 1 }, (_, i) => String(y.from! + i)))})`);
  else if (y?.from != null) parts.push(Prisma.sql`r."year" >= ${String(y.from)}`);
  else if (y?.to != null) parts.push(Prisma.sql`r."year" <= ${String(y.to)}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`;
}
