import { describe, expect, it } from "vitest";
import { defaultPeriods, parseCompare } from "@/lib/filters/compare";

describe("parseCompare", () => {
  it("reads two governorates by default, falling back on unknown codes", () => {
    expect(parseCompare({})).toEqual({ mode: "gov", a: "SY-ID", b: "SY-HL" });
    expect(parseCompare({ a: "SY-DY", b: "XX" })).toEqual({ mode: "gov", a: "SY-DY", b: "SY-HL" });
  });
  it("reads two periods, swapping a reversed one, and gives null for a malformed side", () => {
    expect(parseCompare({ by: "period", afrom: "2016-01-01", ato: "2016-06-30", bfrom: "2017-06-30", bto: "2017-01-01" })).toEqual({
      mode: "period", a: { from: "2016-01-01", to: "2016-06-30" }, b: { from: "2017-01-01", to: "2017-06-30" },
    });
    expect(parseCompare({ by: "period", afrom: "2016-02-30", ato: "2016-06-30" })).toEqual({ mode: "period", a: null, b: null });
  });
  it("reads two actor ids, digits only", () => {
    expect(parseCompare({ by: "actor", a: "12", b: "0x10" })).toEqual({ mode: "actor", a: 12, b: null });
  });
  it("falls back to governorates on an unknown mode", () => expect(parseCompare({ by: "places" }).mode).toBe("gov"));
});

describe("defaultPeriods", () => {
  it("gives the data's last 365 days against the 365 before, without a gap or overlap", () => {
    expect(defaultPeriods("2024-12-31")).toEqual({ a: { from: "2023-01-02", to: "2024-01-01" }, b: { from: "2024-01-02", to: "2024-12-31" } });
  });
});
