// The rule that picks a GeoNames place's Arabic name (scripts/arabic-names.ts), on the alternate
// names cities500 really carries for these places.
import { describe, expect, it } from "vitest";
import { asArabic, chooseArabicNames } from "../../scripts/arabic-names";

describe("asArabic", () => {
  it("keeps Arabic names and writes Persian keheh/yeh as Arabic letters", () => {
    expect(asArabic("دمشق")).toBe("دمشق");
    expect(asArabic("کابل")).toBe("كابل");
  });
  it("refuses Latin, mixed, Persian-only, composite and split-word names", () => {
    for (const n of ["bەghdad", "Cairo - القاهرة", "پولاتلی", "بوساداس، ميسيونيس", "د مشق", "جلال‌آباد"]) expect(asArabic(n)).toBeNull();
  });
});

describe("chooseArabicNames", () => {
  it("never names Damascus «د مشق»", () => {
    expect(chooseArabicNames(["Damascus", "d mshq", "د مشق", "دمشق", "دیمەشق", "دەمەشىق"], "Damascus")).toEqual({ canonical: "دمشق", names: ["دمشق"] });
  });
  it("names Cairo and Baghdad in Arabic", () => {
    expect(chooseArabicNames(["Cairo", "Cairo - القاهرة", "القاهرة", "قاهره", "قاھىرە", "قاہرہ"], "Cairo").canonical).toBe("القاهرة");
    expect(chooseArabicNames(["Baghdad", "bەghdad", "بغداد", "بەغداد"], "Baghdad").canonical).toBe("بغداد");
  });
  it("prefers the spelling of the GeoNames name: الغندورة, not العلكانة", () => {
    const alt = ["Al Ghandurah", "Al `Alkanah", "alghndwrt", "ghndwrt", "العلكانة", "الغندورة", "غندورة"];
    expect(chooseArabicNames(alt, "Al Ghandūrah").canonical).toBe("الغندورة");
  });
  it("prefers the Arabic over the Kurdish spelling (القامشلي, not قامشلو)", () => {
    const alt = ["Al Qamishli", "qamshlۆ", "القامشلو", "القامشلي", "قامشلو", "قامشلي"];
    expect(chooseArabicNames(alt, "Al Qāmishlī").canonical).toBe("القامشلي");
  });
  it("prefers the name most spellings share (الشارقة, not the Persian شارجه)", () => {
    const alt = ["إمارة الشارقة", "الشارقة", "شارجه", "شارجہ", "مدينة الشارقة"];
    expect(chooseArabicNames(alt, "Sharjah").canonical).toBe("الشارقة");
  });
  it("gives no name to a place named only in Persian or Urdu letters", () => {
    expect(chooseArabicNames(["Polatli", "ضلع پولاٹلی", "پولاتلی"], "Polatlı")).toEqual({ canonical: null, names: [] });
  });
});
