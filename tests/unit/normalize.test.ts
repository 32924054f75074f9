import { describe, expect, it } from "vitest";
import { fold, foldWithOffsets, originalSpan } from "@/lib/extract/normalize";

describe("fold", () => {
  it("folds hamza forms, alef maqsura, ta marbuta, diacritics, tatweel and Arabic-Indic digits", () => {
    expect(fold("إطـلاق")).toBe("اطلاق");
    expect(fold("أَحْمَد")).toBe("احمد");
    expect(fold("مستشفى")).toBe("مستشفي");
    expect(fold("حماة")).toBe("حماه");
    expect(fold("٢٠١٩")).toBe("2019");
    expect(fold("ﻻ")).toBe("لا");
  });
});

describe("foldWithOffsets", () => {
  it("maps every folded character back to the original, so spans highlight the written characters", () => {
    const original = "قَصْفٌ على إدلـب";
    const f = foldWithOffsets(original);
    expect(f.text).toBe("قصف علي ادلب");
    const at = f.text.indexOf("ادلب");
    const [s, e] = originalSpan(f, at, at + 4);
    expect(original.slice(s, e)).toBe("إدلـب");
  });
});
