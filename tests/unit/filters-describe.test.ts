import { describe, expect, it } from "vitest";
import { describeFilters } from "@/lib/filters/describe";
import { EMPTY_FILTERS, parseFilters, type Filters } from "@/lib/filters";

const filters = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, gov: [], type: [], ...over });
const LRI = "\u2066";
const PDI = "\u2069";

describe("describeFilters", () => {
  it("says all events when nothing is filtered", () => {
    expect(describeFilters(EMPTY_FILTERS)).toBe("كل الأحداث، بلا مرشحات");
    expect(describeFilters(EMPTY_FILTERS, { actor: "قوات النظام", place: "حلب" })).toBe("كل الأحداث، بلا مرشحات");
  });

  it("names governorates in Arabic, not by code", () => {
    const s = describeFilters(filters({ gov: ["SY-DY", "SY-ID", "SY-RD"] }));
    expect(s).toBe("المحافظات: دير الزور، إدلب، ريف دمشق");
    expect(s).not.toMatch(/SY-/);
  });

  it("falls back to the code for a governorate it does not know", () => {
    expect(describeFilters(filters({ gov: ["SY-HL", "SY-XX"] }))).toBe("المحافظات: حلب، SY-XX");
  });

  it("names event types by their Arabic labels", () => {
    const s = describeFilters(filters({ type: ["battles", "explosions", "protests"] }));
    expect(s).toBe("النوع: معارك، انفجارات وعنف عن بعد، احتجاجات");
    expect(s).not.toMatch(/battles|explosions|protests/);
  });

  it("wraps each date in a left-to-right isolate (U+2066 … U+2069) so RTL text does not reverse it", () => {
    expect(describeFilters(filters({ from: "2015-01-01", to: "2015-12-31" }))).toBe(`الفترة: ${LRI}2015-01-01${PDI} إلى ${LRI}2015-12-31${PDI}`);
    const s = describeFilters(filters({ gov: ["SY-HL"], from: "2016-11-15", to: "2016-12-22", type: ["explosions"] }));
    const dates = [...s.matchAll(/\d{4}-\d{2}-\d{2}/g)];
    expect(dates).toHaveLength(2);
    for (const m of dates) {
      expect(s[m.index - 1]).toBe(LRI);
      expect(s[m.index + m[0].length]).toBe(PDI);
    }
  });

  it("says 'from the start' or 'to today' for an open-ended period", () => {
    expect(describeFilters(filters({ from: "2020-03-05" }))).toBe(`الفترة: ${LRI}2020-03-05${PDI} إلى اليوم`);
    expect(describeFilters(filters({ to: "2012-06-30" }))).toBe(`الفترة: البداية إلى ${LRI}2012-06-30${PDI}`);
  });

  it("uses the names given for the actor and the place, else their ids", () => {
    const f = filters({ actor: 12, place: 3401 });
    const named = describeFilters(f, { actor: "هيئة تحرير الشام", place: "سراقب" });
    expect(named).toContain("الفاعل: هيئة تحرير الشام");
    expect(named).toContain("المكان: سراقب");
    expect(named).not.toContain("#");
    expect(describeFilters(f)).toBe("الفاعل: #12 · المكان: #3401");
    expect(describeFilters(f, { place: "دوما" })).toBe("الفاعل: #12 · المكان: دوما");
  });

  it("quotes the text search", () => {
    expect(describeFilters(filters({ q: "برميل متفجر" }))).toBe("النص: «برميل متفجر»");
  });

  it("joins every part in a fixed order with a middle dot", () => {
    const { filters: f } = parseFilters(new URLSearchParams("q=غارة&place=9&actor=4&type=civilians&to=2019-08-31&from=2019-04-26&gov=SY-HM,SY-ID"));
    const parts = describeFilters(f, { actor: "القوات الروسية", place: "كفرنبودة" }).split(" · ");
    expect(parts).toEqual([
      "المحافظات: حماة، إدلب",
      `الفترة: ${LRI}2019-04-26${PDI} إلى ${LRI}2019-08-31${PDI}`,
      "النوع: عنف ضد المدنيين",
      "الفاعل: القوات الروسية",
      "المكان: كفرنبودة",
      "النص: «غارة»",
    ]);
  });
});
