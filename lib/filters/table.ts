// Sorting and paging of the events table, kept in the URL beside the filters.
import "../zod-config";
import { z } from "zod";

export const SORT_KEYS = ["date", "fatalities", "type", "place"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableState {
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
}

export const DEFAULT_TABLE: TableState = { sort: "date", dir: "desc", page: 1 };
export const PAGE_SIZE = 25;

const schema = z.object({
  sort: z.enum(SORT_KEYS).catch(DEFAULT_TABLE.sort),
  dir: z.enum(["asc", "desc"]).catch(DEFAULT_TABLE.dir),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export function parseTable(raw: URLSearchParams | Record<string, string | string[] | undefined>): TableState {
  const get = (k: string) => (raw instanceof URLSearchParams ? raw.get(k) ?? undefined : [raw[k]].flat()[0]);
  return schema.parse({ sort: get("sort"), dir: get("dir"), page: get("page") });
}

export function tableToQuery(t: TableState): string {
  const p = new URLSearchParams();
  if (t.sort !== DEFAULT_TABLE.sort) p.set("sort", t.sort);
  if (t.dir !== DEFAULT_TABLE.dir) p.set("dir", t.dir);
  if (t.page !== 1) p.set("page", String(t.page));
  return p.toString();
}
