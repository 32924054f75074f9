import { describe, expect, it } from "vitest";
import { z } from "zod";
import { integerIn, isDay, oneOf } from "@/lib/filters/coerce";

// The URL parsers dropped zod to keep it out of the browser; these pin that they accept exactly what
// the zod schemas they replaced accepted, on the awkward inputs a hand-typed URL holds.
const NUMBERS = ["0", "1", "-0", "-1", "12", " 12 ", "012", "1.5", "1.0", "1e3", "0x10", "", " ", "abc", "Infinity", "NaN",
  "100000", "100001", "2147483647", "2147483648", "9007199254740993", "1_000", "+5", "٣"];
const DAYS = ["2019-05-04", "2019-02-29", "2020-02-29", "2019-13-01", "2019-00-10", "2019-5-4", "20190504", " 2019-05-04",
  "2019-05-04T00:00", "0000-01-01", "9999-12-31", "2019-04-31", ""];

describe("integerIn", () => {
  it("accepts what z.coerce.number().int().min().max() accepted, and gives the same number", () => {
    for (const [min, max] of [[1, 2 ** 31 - 1], [0, 100_000], [1, 1_000_000]]) {
      const schema = z.coerce.number().int().min(min).max(max);
      for (const text of [...NUMBERS, undefined]) {
        const zod = schema.safeParse(text);
        expect(integerIn(text, min, max), `${JSON.stringify(text)} in [${min}, ${max}]`).toBe(zod.success ? zod.data : null);
      }
    }
  });
});

describe("isDay", () => {
  it("accepts real calendar days written YYYY-MM-DD, as the zod schema did", () => {
    const schema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    });
    for (const text of DAYS) expect(isDay(text), text).toBe(schema.safeParse(text).success);
    expect(isDay("2020-02-29")).toBe(true);
    expect(isDay("2019-02-29")).toBe(false);
  });
});

describe("oneOf", () => {
  it("keeps a listed value and falls back otherwise (case matters)", () => {
    expect(oneOf(["asc", "desc"], "asc", "desc")).toBe("asc");
    expect(oneOf(["asc", "desc"], "ASC", "desc")).toBe("desc");
    expect(oneOf(["asc", "desc"], undefined, "desc")).toBe("desc");
  });
});
