import { describe, expect, it } from "vitest";
import { run } from "../helpers/knowledge";

const body = "قصفت قوات النظام بالمدفعية الثقيلة أطراف مدينة سراقب في ريف إدلب الشرقي، ما أدى إلى إصابة مدنيين اثنين بجروح، بحسب ناشطين.";

describe("the outlet of a page", () => {
  it("reads a dateline (مكان – وسيلة)", () => {
    expect(run(`قصف على سراقب\n\nإدلب – عنب بلدي\n\n${body}`).source).toBe("عنب بلدي");
  });

  it("reads a source line and a copyright line", () => {
    expect(run(`قصف على سراقب\n\n${body}\n\nالمصدر: وكالة سمارت + وكالات`).source).toBe("وكالة سمارت");
    expect(run(`قصف على سراقب\n\n${body}\n\n© 2020 تلفزيون سوريا. جميع الحقوق محفوظة`).source).toBe("تلفزيون سوريا");
  });

  it("reads the outlet's name alone on a header line", () => {
    expect(run(`تلفزيون سوريا\n\nقصف على سراقب\n\n${body}`).source).toBe("تلفزيون سوريا");
  });

  it("does not take an outlet the news quotes", () => {
    expect(run(`قصف على سراقب\n\n${body} وقال مدير المرصد لوكالة سمارت إن القصف مستمر.`).source).toBeNull();
  });
});
