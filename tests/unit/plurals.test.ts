import { describe, expect, it } from "vitest";
import { count } from "@/config/plurals";
import { SUB_TYPE_LABELS, subTypeLabel } from "@/lib/event-types";
import { TRIGGERS } from "@/lib/extract/lexicon/events";
import { TEMPLATES } from "@/lib/synth/templates";

describe("Arabic number agreement", () => {
  it("follows the CLDR categories of Intl.PluralRules('ar')", () => {
    expect(count(1, "killed")).toBe("قتيل واحد");
    expect(count(2, "killed")).toBe("قتيلان");
    expect(count(3, "killed")).toBe("3 قتلى");
    expect(count(10, "injured")).toBe("10 جرحى");
    expect(count(11, "event")).toBe("11 حدثاً");
    expect(count(99, "place")).toBe("99 مكاناً");
    expect(count(100, "article")).toBe("100 مقال");
    expect(count(103, "event")).toBe("103 أحداث");
    expect(count(0, "event")).toBe("0 حدث");
    expect(count(12000, "event")).toBe("12,000 حدث");
  });
  it("never prints the issue's «2 قتيل» or «8 جريح»", () => {
    expect(count(2, "killed")).not.toContain("2");
    expect(count(8, "injured")).toBe("8 جرحى");
  });
});

describe("sub-type labels", () => {
  it("names ACLED's sub-types in Arabic and keeps an unknown one as stored", () => {
    expect(subTypeLabel("Armed clash")).toBe("اشتباك مسلح");
    expect(subTypeLabel("Peaceful protest")).toBe("احتجاج سلمي");
    expect(subTypeLabel("Something new")).toBe("Something new");
  });

  it("has a label for every sub-type the extractor or the synthetic data can store", () => {
    const stored = new Set([...TRIGGERS.map((t) => t.subType), ...TEMPLATES.map((t) => t.subType)]);
    expect([...stored].filter((s) => !(s in SUB_TYPE_LABELS))).toEqual([]);
  });
});
