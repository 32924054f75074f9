// The roll-up of events per day × place × type × governorate (table EventRollup, kept exact by the
// triggers of migration 0007_search in every writer's transaction). The figures, the map, the
// governorate shading and the timeline read it instead of the events when the filter allows:
// docs/decisions/0011-search-rollups-cache.md says which filters take which path.
import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { TYPE_BY_SLUG } from "../event-types";
import { EMPTY_FILTERS, type Filters } from "../filters";

/** The filter fields the roll-up has columns for. An ALLOW-list: any other field (actor, text, and
 * every field added later) sends the query to the event table as soon as it is set. */
export const ROLLUP_FIELDS: readonly (keyof Filters)[] = ["gov", "from", "to", "type", "place"];

export function rollupCanAnswer(f: Filters): boolean {
  const empty = EMPTY_FILTERS as unknown as Record<string, unknown>;
  return Object.entries(f).every(([k, v]) => ROLLUP_FIELDS.includes(k as keyof Filters) || JSON.stringify(v ?? null) === JSON.stringify(empty[k] ?? null));
}

/** The roll-up rows of a filter. Days are YYYY-MM-DD text, so a range compares as text; "" is undated. */
export function rollupWhere(f: Filters): Prisma.EventRollupWhereInput {
  const and: Prisma.EventRollupWhereInput[] = [];
  if (f.gov.length) and.push({ admin1: { in: f.gov } });
  // An event without a date cannot be placed in a date range, so a range leaves it out.
  if (f.from || f.to) and.push({ day: { not: "", ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } });
  if (f.type.length) and.push({ type: { in: f.type.map((s) => TYPE_BY_SLUG.get(s)!.acled) } });
  if (f.place) and.push({ placeId: f.place });
  return and.length ? { AND: and } : {};
}

/** rollupWhere as SQL on `"EventRollup" r`, for the timeline's raw aggregate. */
export function rollupSqlWhere(f: Filters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.gov.length) parts.push(Prisma.sql`r."admin1" IN (${Prisma.join(f.gov)})`);
  if (f.from || f.to) parts.push(Prisma.sql`r."day" <> ''`);
  if (f.from) parts.push(Prisma.sql`r."day" >= ${f.from}`);
  if (f.to) parts.push(Prisma.sql`r."day" <= ${f.to}`);
  if (f.type.length) parts.push(Prisma.sql`r."type" IN (${Prisma.join(f.type.map((s) => TYPE_BY_SLUG.get(s)!.acled))})`);
  if (f.place) parts.push(Prisma.sql`r."placeId" = ${f.place}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`;
}
