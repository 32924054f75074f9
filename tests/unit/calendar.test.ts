import { describe, expect, it } from "vitest";
import { addDays, addMonths, isIsoDay, monthGrid } from "@/components/filters/calendar";

describe("date picker calendar", () => {
  it("lays a month out in weeks that start on Saturday", () => {
    const weeks = monthGrid("2019-05-17");
    // 1 May 2019 was a Wednesday: Saturday, Sunday, Monday, Tuesday come first, empty.
    expect(weeks[0]).toEqual([null, null, null, null, "2019-05-01", "2019-05-02", "2019-05-03"]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
  it("moves by days and months across boundaries", () => {
    expect(addDays("2019-12-31", 1)).toBe("2020-01-01");
    expect(addMonths("2020-01-31", 1)).toBe("2020-02-29");
    expect(addMonths("2020-01-15", -1)).toBe("2019-12-15");
  });
  it("accepts only real days", () => {
    expect(isIsoDay("2019-02-28")).toBe(true);
    expect(isIsoDay("2019-02-30")).toBe(false);
    expect(isIsoDay("2019-2-3")).toBe(false);
  });
});
