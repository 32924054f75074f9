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

/** RollupWeek and RollupMonth for the timeline: no place (any dates: the partial buckets at a range's ends are read from the events). */
export const timelineRollupAnswers = (f: Filters): boolean => onlyRollupFields(f) && !f.place;

/** RollupMonth and the actor roll-ups (no place column): whole months, no place. */
export const monthRollupAnswers = (f: Filters): boolean => onlyRollupFields(f) && !f.place && wholeMonths(f);

const acled = (f: Filters) => f.type.map((s) => TYPE_BY_SLUG.get(s)!.acled);

/** The filter on a roll-up `r`: governorate, type (unless the table has its types in columns, which
 * the caller picks), place when the table has it, and whole months when it has months. */
export function rollupSql(f: Filters, has: { month?: boolean; place?: boolean; typesInColumns?: boolean } = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.gov.length) parts.push(Prisma.sql`r."admin1" IN (${Prisma.join(f.gov)})`);
  if (f.type.length && !has.typesInColumns) parts.push(Prisma.sql`r."type" IN (${Prisma.join(acled(f))})`);
  if (has.place && f.place) parts.push(Prisma.sql`r."placeId" = ${f.place}`);
  // An event without a date cannot be placed in a date range, so a range leaves it out ("" months).
  if (has.month && (f.from || f.to)) parts.push(Prisma.sql`r."month" <> ''`);
  if (has.month && f.from) parts.push(Prisma.sql`r."month" >= ${f.from.slice(0, 7)}`);
  if (has.month && f.to) parts.push(Prisma.sql`r."month" <= ${f.to.slice(0, 7)}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`;
}
