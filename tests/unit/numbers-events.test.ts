import { describe, expect, it } from "vitest";
import { numberAt } from "@/lib/extract/numbers";
import { fold, tokenize } from "@/lib/extract/normalize";
import { run } from "../helpers/knowledge";

const num = (s: string) => numberAt(tokenize(fold(s)), 0)?.value ?? null;

describe("numbers", () => {
  it("reads digits, Arabic-Indic digits, words, compounds and approximate quantities", () => {
    expect(num("40")).toBe(40);
    expect(num("١٢")).toBe(12);
    expect(num("سبعة")).toBe(7);
    expect(num("خمسة عشر")).toBe(15);
    expect(num("مئة وخمسين")).toBe(150);
    expect(num("عشرات")).toBe(10);
  });

  it("reads thousands and hundreds as multipliers, and the accusative «ألفاً»", () => {
    expect(num("ألفًا وثلاثمئة")).toBe(1300);
    expect(num("ثلاثة آلاف وخمسمئة")).toBe(3500);
    expect(num("خمسة عشر ألفاً")).toBe(15000);
    expect(num("ثلاث مئة")).toBe(300);
    expect(num("3 آلاف")).toBe(3000);
    // A thousand after a thousand multiplies nothing.
    expect(num("ألف ألف")).toBe(1000);
  });
});

describe("events", () => {
  it("types a shelling, keeps killed and injured apart, and dates it from the article", () => {
    const r = run("عنوان\nتاريخ النشر: 2020/01/10\n\nقتل طفل وجرح سبعة مدنيين بقصف مدفعي على مدينة سراقب أمس.");
    const e = r.events.find((x) => x.placeKey.length && x.type === "Explosions/Remote violence");
    expect(e).toBeDefined();
    expect(e!.fatalities).toBe(1);
    expect(e!.injured).toBe(7);
    expect(e!.date).toBe("2020-01-09");
  });

  it("makes one event per place when a sentence lists several places hit", () => {
    const r = run("ألقى الطيران المروحي البراميل المتفجرة على بلدات ناحتة والحراك والمليحة الشرقية بريف درعا.");
    expect(r.events.length).toBeGreaterThanOrEqual(3);
    expect(new Set(r.events.map((e) => e.placeKey)).size).toBe(r.events.length);
    expect(r.events.every((e) => e.type === "Explosions/Remote violence")).toBe(true);
  });

  it("reads ticker items as events of unknown date", () => {
    const r = run("الأخبار العاجلة\nمقتل مدني بانفجار عبوة ناسفة في مدينة الباب (مصادر محلية) - 11:22 اشتباكات في بلدة تل رفعت - 10:05\n\nعنوان\n\nتاريخ النشر: 2020/01/10");
    expect(r.events.length).toBeGreaterThanOrEqual(2);
    expect(r.events.every((e) => e.date === null && e.fromTicker)).toBe(true);
  });

  it("yields nothing from a related-articles list", () => {
    const r = run("عنوان\n\nنص المقال.\n\nمقالات ذات صلة\n\nقصف مدفعي على مدينة سراقب\nاشتباكات في درعا");
    expect(r.events).toHaveLength(0);
  });

  it("splits a count tied to several places evenly (ACLED)", () => {
    const r = run("أفاد ناشطون بمقتل مواطنتين من بلدتي الكحيل وبصر الحرير جراء قصف قوات النظام.");
    const counts = r.events.map((e) => e.fatalities);
    expect(counts).toEqual([1, 1]);
  });
});
