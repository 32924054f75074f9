// What a page reads from its URL: the filters (with the page's pinned ones on top) and the table.
import { parseFilters, type Filters } from "./filters";
import { parseTable } from "./filters/table";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function readPageParams(searchParams: SearchParams, pinned: Partial<Filters> = {}) {
  const raw = await searchParams;
  const { filters } = parseFilters(raw);
  return { filters: { ...filters, ...pinned }, table: parseTable(raw) };
}
