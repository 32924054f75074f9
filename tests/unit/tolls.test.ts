// Tolls read from real reports' wording: companions of one victim, totals stated as such, a headline's
// count, and "عدد" that is no count.
import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extract";
import { knowledge, run } from "../helpers/knowledge";

const fatalities = (text: string) => run(`خبر\n\n${text}`).events.map((e) => e.fatalities);

describe("tolls", () => {
  it("counts the companions named after one victim", () => {
    expect(fatalities("اغتيل مدير المركز في مدينة مصياف بتفجير عبوة ناسفة ما أدى إلى مصرعه مع سائقه.")).toEqual([2]);
    expect(fatalities("وقتل الناشط أحمد وزوجته وابنه بقصف على مدينة إدلب.")).toEqual([3]);
  });

  it("reads a toll stated as a total in the next sentence", () => {
    const text = "قتل عدد من عناصر قوات النظام، السبت، في مواجهات شهدتها مدينة القامشلي.\nوذكر المرصد أن عدد القتلى بلغ 18 عنصراً.";
    expect(fatalities(text)).toEqual([18]);
  });

  it("does not read 'عدد القتلى' as a few dead", () => {
    expect(fatalities("وقال المرصد إن عدد القتلى في مدينة درعا غير معروف بعد الاشتباكات.")).not.toContain(3);
  });

  it("gives the body's event the headline's toll when the body has none", () => {
    const r = run("الخوذ البيضاء: 4 قتلى بقصف روسي على إدلب\n\nتعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية، السبت.");
    expect(r.events.map((e) => e.fatalities)).toEqual([4]);
  });
});

describe("ranges and round numbers, read as ACLED does", () => {
  it("takes a range's lower end", () => {
    expect(fatalities("وقتل ما بين 150 و200 شخص في قصف على مدينة الرقة.")).toEqual([150]);
    expect(fatalities("قتل من 10 إلى 15 مدنيا في قصف على مدينة حمص.")).toEqual([10]);
    expect(fatalities("قتل 10 إلى 15 مدنيا في قصف على مدينة حمص.")).toEqual([10]);
  });

  it("reads المئات as 100, and a joint toll of killed and wounded as no count of the dead", () => {
    expect(fatalities("قتل المئات في غارات على مدينة حلب.")).toEqual([100]);
    expect(fatalities("أسفر القصف على مدينة دوما عن مقتل وجرح المئات.")).not.toContain(0);
  });
});

describe("tolls per day", () => {
  it("makes one event per day, each with its own count and date", () => {
    const text = "خبر\n\nقتل 40 شخصا يوم الجمعة و30 يوم السبت في غارات على مدينة حلب.";
    const r = extract(text, knowledge, { publishedAt: "2019-05-05" });
    expect(r.events.map((e) => [e.date, e.fatalities])).toEqual([["2019-05-03", 40], ["2019-05-04", 30]]);
  });
});
