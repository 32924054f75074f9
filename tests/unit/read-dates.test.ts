// Metadata dates: the calendar date as written, in the stated offset; a value that is not a real
// date is dropped with a warning (never thrown, never rolled over to the next month).
import { describe, expect, it } from "vitest";
import { metaDate, readArticles } from "@/lib/ingest/read";

const collect = () => {
  const warnings: string[] = [];
  return { warnings, warn: (w: string) => warnings.push(w) };
};

describe("metadata dates", () => {
  it.each([
    ["Sat, 17 Feb 2018 09:17:32 +0400", "2018-02-17"],
    ["Sat, 17 Feb 2018 23:59:00 GMT", "2018-02-17"],
    ["Sun, 18 Feb 2018 01:30:00 +0400", "2018-02-18"],
    ["4 Apr 2019 10:00:00 +0300", "2019-04-04"],
    ["2017-02-25T08:24:00+01:00", "2017-02-25"],
    ["2017-06-19T00:15:00+01:00", "2017-06-19"],
    ["2017-07-01T00:00:18.055Z", "2017-07-01"],
    ["2015-08-21", "2015-08-21"],
    ["11/08/2015", "2015-08-11"],
    ["2019/05/04", "2019-05-04"],
    ["2020-02-29", "2020-02-29"],
    ["17/02/2018 09:17", "2018-02-17"],
    ["١٧/٠٢/٢٠١٨", "2018-02-17"],
    ["Feb 17, 2018 9:17 AM", "2018-02-17"],
    ["Saturday, 17 February 2018 09:17:32 +04:00", "2018-02-17"],
  ])("%s → %s", (value, iso) => {
    const { warnings, warn } = collect();
    expect(metaDate(value, warn)).toBe(iso);
    expect(warnings).toEqual([]);
  });
  it.each(["2019-02-30", "2019-02-29", "31/04/2018", "Mon, 32 Jan 2018 10:00:00 GMT", "Sat, 17 Foo 2018", "yesterday", "2019-13-01"])(
    "ignores %s with a warning",
    (value) => {
      const { warnings, warn } = collect();
      expect(metaDate(value, warn)).toBeNull();
      expect(warnings).toHaveLength(1);
    },
  );
  it("treats an absent or empty value as no date, without a warning", () => {
    const { warnings, warn } = collect();
    expect(metaDate(undefined, warn)).toBeNull();
    expect(metaDate("  ", warn)).toBeNull();
    expect(warnings).toEqual([]);
  });
  it("keeps an article whose metadata date is not a real date, with no date and a warning", () => {
    const trec = "<DOC><TITLE>قصف على سراقب</TITLE><TIME>30/02/2019</TIME><TEXT>قصف الطيران بلدة سراقب.</TEXT></DOC>";
    const r = readArticles("a.txt", new TextEncoder().encode(trec), 1 << 20);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].publishedAt).toBeNull();
    expect(r.warnings.join()).toMatch(/30\/02\/2019/);
    const md = readArticles("b.md", new TextEncoder().encode("---\ntitle: ع\ndate: 2019-02-30\n---\nنص"), 1 << 20);
    expect(md.articles[0].publishedAt).toBeNull();
    expect(md.warnings).toHaveLength(1);
  });
});
