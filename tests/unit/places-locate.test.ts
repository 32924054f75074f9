// Place names written with or without their space, lists of places the gazetteer lacks, operation
// names, and places that only locate another one.
import { describe, expect, it } from "vitest";
import { placeNames, run } from "../helpers/knowledge";

const eventPlaces = (text: string) => run(text).events.map((e) => e.placeSurface);

describe("finding places", () => {
  it("reads a compound name written with a space the gazetteer writes without one", () => {
    expect(placeNames("تقدمت قوات النظام في بلدات حريتان وكفر حمرة.")).toContain("كفرحمرة");
  });

  it("keeps the name as written when another place has it (كفرزيتا is not الزيتية / كفر زيتا)", () => {
    expect(placeNames("غارات على بلدة كفرزيتا.")).toEqual(["كفرزيتا"]);
  });

  it("reads every name of a list after a plural cue, also those the gazetteer lacks", () => {
    const r = run("قصفت قوات النظام قرى الفطيرة وسفوهن وبلشون في جبل الزاوية جنوبي إدلب.");
    const bl = r.places.find((p) => p.entry.nameAr === "بلشون");
    expect(bl?.entry.origin).toBe("inferred");
    expect(bl?.entry.admin1).toBe("SY-ID");
    expect(eventPlaces("قصفت قوات النظام قرى الفطيرة وسفوهن وبلشون في جبل الزاوية جنوبي إدلب.")).toEqual(["الفطيرة", "سفوهن", "بلشون"]);
  });

  it("reads a list after a plural cue whose first names the gazetteer lacks, not adjectives", () => {
    const names = placeNames("حررت وحدات من الجيش قرى الصخر والجنابرة وتل ملح في ريف حماة الشمالي.");
    expect(names).toEqual(expect.arrayContaining(["الصخر", "الجنابرة", "تل ملح"]));
    expect(placeNames("استهدف القصف أحياء سكنية وأسواقاً في مدينة القامشلي.")).toEqual(["القامشلي"]);
    expect(placeNames("هجمات على مخيمات المهجرين وقرى في ريف إدلب.")).toEqual(["محافظة إدلب"]);
  });

  it("ends a list at a word with a pronoun (ومحيطها)", () => {
    expect(placeNames("شن الطيران أكثر من 20 غارة على بلدات جسر الشغور ومحيطها.")).toEqual(["جسر الشغور"]);
  });

  it("does not take a second cue word for a name (بلدة وقرية)", () => {
    expect(placeNames("انضمت أكثر من 30 بلدة وقرية في ريف درعا إلى الاتفاق.")).toEqual(["محافظة درعا"]);
  });

  it("does not read an operation's name in quotes as a place", () => {
    expect(placeNames("وأعلنت الفصائل المشاركة في عملية \"غصن الزيتون\" سيطرتها على بلدة جنديرس.")).toEqual(["جنديرس"]);
  });
});

describe("places that locate another", () => {
  it("a place after a direction further on in the clause", () => {
    expect(eventPlaces("سيطرت الفصائل على مركز مدينة هجين آخر معاقل التنظيم شرق دير الزور")).toEqual(["هجين"]);
  });

  it("a place after التابعة ل، الواقعة في", () => {
    expect(run("وشهدت مدينة الطبقة التابعة للرقة إضراباً عاماً.").events.map((e) => e.type)).toEqual(["Protests"]);
    expect(eventPlaces("وشهدت مدينة الطبقة التابعة للرقة إضراباً عاماً.")).toHaveLength(1);
  });

  it("the far end of a road (بين X وY)", () => {
    expect(eventPlaces("انفجرت عبوة ناسفة على الطريق الواصل بين بلدة اليادودة ومدينة طفس.")).toEqual(["اليادودة"]);
  });
});
