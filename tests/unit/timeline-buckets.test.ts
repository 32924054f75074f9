import { describe, expect, it } from "vitest";
import { bucketEnd, bucketRange, bucketStart, nextBucket, unitFor } from "@/lib/timeline-buckets";
import type { TimeUnit } from "@/lib/api-types";

const DAY = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday, 1 Monday
const UNITS: TimeUnit[] = ["day", "week", "month"];

describe("unitFor", () => {
  it("uses days up to 120 days (inclusive of both ends)", () => {
    expect(unitFor("2024-06-01", "2024-06-01")).toBe("day");
    expect(unitFor("2024-01-01", "2024-04-29")).toBe("day"); // 120 days
    expect(unitFor("2024-01-01", "2024-04-30")).toBe("week"); // 121 days
  });

  it("uses weeks up to 3 × 366 days, months beyond", () => {
    expect(unitFor("2024-01-01", "2024-12-31")).toBe("week");
    expect(unitFor("2020-01-01", "2023-01-02")).toBe("week"); // 1098 days
    expect(unitFor("2020-01-01", "2023-01-03")).toBe("month"); // 1099 days
    expect(unitFor("2011-03-15", "2025-12-31")).toBe("month");
  });

  it("keeps a chart to at most a couple of hundred bars for any span of the war", () => {
    for (let days = 1; days <= 15 * 366; days += 17) {
      const first = "2011-03-15";
      const last = addDays(first, days - 1);
      const bars = bucketRange(first, last, unitFor(first, last)).length;
      expect(bars).toBeGreaterThanOrEqual(1);
      expect(bars).toBeLessThanOrEqual(200);
    }
  });
});

describe("bucketStart", () => {
  it("is the day itself for days", () => {
    expect(bucketStart("2024-02-29", "day")).toBe("2024-02-29");
  });

  it("starts weeks on Monday", () => {
    expect(bucketStart("2024-01-01", "week")).toBe("2024-01-01"); // a Monday
    expect(bucketStart("2024-01-07", "week")).toBe("2024-01-01"); // the Sunday after
    expect(bucketStart("2024-01-08", "week")).toBe("2024-01-08");
    expect(bucketStart("2019-04-26", "week")).toBe("2019-04-22"); // a Friday
  });

  it("crosses year boundaries and leap days for weeks", () => {
    expect(bucketStart("2023-12-31", "week")).toBe("2023-12-25");
    expect(bucketStart("2025-01-01", "week")).toBe("2024-12-30");
    expect(bucketStart("2021-01-03", "week")).toBe("2020-12-28");
    expect(bucketStart("2024-02-29", "week")).toBe("2024-02-26");
    expect(bucketStart("2024-03-03", "week")).toBe("2024-02-26");
  });

  it("gives a Monday no more than six days before, for every day of several years", () => {
    for (let day = "2011-01-01"; day <= "2025-12-31"; day = addDays(day, 1)) {
      const start = bucketStart(day, "week");
      expect(weekday(start)).toBe(1);
      expect(start <= day && addDays(start, 6) >= day).toBe(true);
    }
  });

  it("starts months on day 1", () => {
    expect(bucketStart("2024-02-29", "month")).toBe("2024-02-01");
    expect(bucketStart("2011-03-15", "month")).toBe("2011-03-01");
    expect(bucketStart("2025-12-31", "month")).toBe("2025-12-01");
    expect(bucketStart("2025-12-01", "month")).toBe("2025-12-01");
  });
});

describe("nextBucket and bucketEnd", () => {
  it("step a day, a week or a calendar month, across year ends", () => {
    expect(nextBucket("2024-02-28", "day")).toBe("2024-02-29");
    expect(nextBucket("2024-12-31", "day")).toBe("2025-01-01");
    expect(nextBucket("2024-12-30", "week")).toBe("2025-01-06");
    expect(nextBucket("2024-01-01", "month")).toBe("2024-02-01");
    expect(nextBucket("2024-12-01", "month")).toBe("2025-01-01");
  });

  it("end a bucket the day before the next one starts", () => {
    expect(bucketEnd("2024-02-29", "day")).toBe("2024-02-29");
    expect(bucketEnd("2024-12-30", "week")).toBe("2025-01-05");
    expect(bucketEnd("2024-02-26", "week")).toBe("2024-03-03");
    expect(bucketEnd("2024-02-01", "month")).toBe("2024-02-29");
    expect(bucketEnd("2023-02-01", "month")).toBe("2023-02-28");
    expect(bucketEnd("2024-04-01", "month")).toBe("2024-04-30");
    expect(bucketEnd("2024-12-01", "month")).toBe("2024-12-31");
  });
});

describe("bucketRange", () => {
  it("lists every day, leap day included", () => {
    expect(bucketRange("2024-02-27", "2024-03-02", "day")).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"]);
  });

  it("lists the Mondays of the weeks holding first and last, across the new year", () => {
    expect(bucketRange("2023-12-28", "2024-01-10", "week")).toEqual(["2023-12-25", "2024-01-01", "2024-01-08"]);
  });

  it("lists the months holding first and last, across the new year", () => {
    expect(bucketRange("2023-11-15", "2024-02-29", "month")).toEqual(["2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01"]);
  });

  it("gives one bucket when first and last share it", () => {
    expect(bucketRange("2019-04-26", "2019-04-26", "day")).toEqual(["2019-04-26"]);
    expect(bucketRange("2019-04-22", "2019-04-28", "week")).toEqual(["2019-04-22"]);
    expect(bucketRange("2019-04-01", "2019-04-30", "month")).toEqual(["2019-04-01"]);
  });

  it("counts the months of the war (March 2011 – December 2025)", () => {
    const months = bucketRange("2011-03-15", "2025-12-31", "month");
    expect(months).toHaveLength(10 + 14 * 12);
    expect(months[0]).toBe("2011-03-01");
    expect(months.at(-1)).toBe("2025-12-01");
  });

  it("leaves no gap and no overlap, and covers first and last, for any span and unit", () => {
    const spans: [string, string][] = [
      ["2011-03-15", "2011-03-15"],
      ["2012-02-20", "2012-03-10"],
      ["2015-12-24", "2016-01-12"],
      ["2019-04-26", "2019-08-31"],
      ["2023-12-31", "2025-01-01"],
      ["2011-03-15", "2025-12-31"],
    ];
    for (const [first, last] of spans)
      for (const unit of UNITS) {
        const range = bucketRange(first, last, unit);
        expect(range[0] <= first && first <= bucketEnd(range[0], unit)).toBe(true);
        const lastStart = range.at(-1)!;
        expect(lastStart <= last && last <= bucketEnd(lastStart, unit)).toBe(true);
        for (let i = 0; i < range.length; i++) {
          expect(bucketStart(range[i], unit)).toBe(range[i]);
          if (i > 0) expect(addDays(bucketEnd(range[i - 1], unit), 1)).toBe(range[i]);
        }
        // Every day of the span falls in the bucket bucketStart names, and that bucket is listed.
        const listed = new Set(range);
        for (let d = first; d <= last; d = addDays(d, unit === "day" ? 1 : 5)) expect(listed.has(bucketStart(d, unit))).toBe(true);
      }
  });
});
