// What a page reads from its URL: the filters (with the page's pinned ones on top) and the table.
import { notFound } from "next/navigation";
import { z } from "zod";
import { parseFilters, type Filters } from "./filters";
import { parseTable } from "./filters/table";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function readPageParams(searchParams: SearchParams, pinned: Partial<Filters> = {}) {
  const raw = await searchParams;
  const { filters } = parseFilters(raw);
  return { filters: { ...filters, ...pinned }, table: parseTable(raw) };
}

// Decimal digits only: Number() would also read "0x10", "1e3", " 7" and "7.0" as ids, so one article had many URLs.
const idParam = z.object({ id: z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(z.number().max(2 ** 31 - 1)) });

/** The numeric id of a /things/[id] page; anything else is a 404, never an error. */
export async function readId(params: Promise<{ id: string }>): Promise<number> {
  const parsed = idParam.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data.id;
}
