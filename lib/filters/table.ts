// Sorting and paging of the events table, kept in the URL beside the filters.
import { integerIn, oneOf } from "./coerce";

export const SORT_KEYS = ["date", "fatalities", "type", "place"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableState {
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
}

export const DEFAULT_TABLE: TableState = { sort: "date", dir: "desc", page: 1 };
export const PAGE_SIZE = 25;

const DIRS = ["asc", "desc"] as const;
const MAX_PAGE = 1_000_000;

export function parseTable(raw: URLSearchParams | Record<string, string | string[] | undefined>): TableState {
  const get = (k: string) => (raw instanceof URLSearchParams ? raw.get(k) ?? undefined : [raw[k]].flat()[0]);
  // A value out of range falls back to the default rather than failing: a bad link still shows a table.
  return { sort: oneOf(SORT_KEYS, get("sort"), DEFAULT_TABLE.sort), dir: oneOf(DIRS, get("dir"), DEFAULT_TABLE.dir), page: integerIn(get("page"), 1, MAX_PAGE) ?? 1 };
}

export function tableToQuery(t: TableState): string {
  const p = new URLSearchParams();
  if (t.sort !== DEFAULT_TABLE.sort) p.set("sort", t.sort);
  if (t.dir !== DEFAULT_TABLE.dir) p.set("dir", t.dir);
  if (t.page !== 1) p.set("page", String(t.page));
  return p.toString();
}
