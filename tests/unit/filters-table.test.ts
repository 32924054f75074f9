import { describe, expect, it } from "vitest";
import { DEFAULT_TABLE, SORT_KEYS, parseTable, tableToQuery, type TableState } from "@/lib/filters/table";

const parse = (query: string) => parseTable(new URLSearchParams(query));

describe("parseTable", () => {
  it("defaults to newest first, page 1", () => {
    expect(DEFAULT_TABLE).toEqual({ sort: "date", dir: "desc", page: 1 });
    expect(parse("")).toEqual(DEFAULT_TABLE);
    expect(parseTable({})).toEqual(DEFAULT_TABLE);
  });

  it("reads every sort key, both directions and a page", () => {
    for (const sort of SORT_KEYS) expect(parse(`sort=${sort}&dir=asc&page=3`)).toEqual({ sort, dir: "asc", page: 3 });
    expect(parse("sort=fatalities&dir=desc&page=1000000")).toEqual({ sort: "fatalities", dir: "desc", page: 1000000 });
  });

  it("falls back per field, keeping the valid ones", () => {
    expect(parse("sort=actor&dir=asc&page=2")).toEqual({ sort: "date", dir: "asc", page: 2 });
    expect(parse("sort=Date&dir=ASC&page=2")).toEqual({ sort: "date", dir: "desc", page: 2 });
    expect(parse("sort=place&dir=up&page=2")).toEqual({ sort: "place", dir: "desc", page: 2 });
    expect(parse("sort=type&dir=asc&page=zero")).toEqual({ sort: "type", dir: "asc", page: 1 });
  });

  it.each(["0", "-2", "2.5", "abc", "", "1000001", "1e9", "Infinity", "NaN"])("takes page 1 for page=%s", (page) => {
    expect(parse(`page=${page}`).page).toBe(1);
  });

  it("reads the Record form, taking the first of repeated values", () => {
    expect(parseTable({ sort: ["fatalities", "date"], dir: "asc", page: ["4", "9"] })).toEqual({ sort: "fatalities", dir: "asc", page: 4 });
    expect(parseTable({ sort: undefined, dir: ["sideways"], page: undefined })).toEqual(DEFAULT_TABLE);
  });

  it("ignores the filter parameters beside it", () => {
    expect(parse("gov=SY-ID&from=2019-01-01&sort=place&q=حلب")).toEqual({ sort: "place", dir: "desc", page: 1 });
  });
});

describe("tableToQuery", () => {
  it("omits the defaults, so the default table adds nothing to the URL", () => {
    expect(tableToQuery(DEFAULT_TABLE)).toBe("");
    expect(tableToQuery({ sort: "date", dir: "desc", page: 2 })).toBe("page=2");
    expect(tableToQuery({ sort: "fatalities", dir: "desc", page: 1 })).toBe("sort=fatalities");
    expect(tableToQuery({ sort: "date", dir: "asc", page: 1 })).toBe("dir=asc");
    expect(tableToQuery({ sort: "place", dir: "asc", page: 7 })).toBe("sort=place&dir=asc&page=7");
  });

  it("round-trips every state", () => {
    for (const sort of SORT_KEYS)
      for (const dir of ["asc", "desc"] as const)
        for (const page of [1, 2, 40]) {
          const t: TableState = { sort, dir, page };
          expect(parse(tableToQuery(t))).toEqual(t);
        }
  });
});
