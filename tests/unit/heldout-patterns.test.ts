// General patterns found by studying held-out misses: each with its own sentence.
import { describe, expect, it } from "vitest";
import { eventPlaces, eventsOf, knowledge, run } from "../helpers/knowledge";

const events = eventsOf;
const at = eventPlaces;

describe("place names", () => {
  it("names a supplement entry written with its cue word without the cue (حي عكرمة → عكرمة)", () => {
    const r = run("سقطت قذيفة هاون على حي عكرمة في مدينة حمص مساء أمس.");
    expect(r.places.map((p) => p.entry.nameAr)).toContain("عكرمة");
    expect(at("سقطت قذيفة هاون على حي عكرمة في مدينة حمص مساء أمس.")).toContain("عكرمة");
  });
});

describe("places that are not where the event is", () => {
  it("does not place shelling where it is fired from (مصدره مواقع … في X)", () => {
    expect(at("قصفت قوات النظام بلدة كنصفرة بالمدفعية، في قصف مصدره مواقعها في ريف حماة الشمالي.")).toEqual(["كنصفرة"]);
  });

  it("does not place an attack where its perpetrators are stationed (المنتشرة في X)", () => {
    expect(at("سقطت قذائف أطلقتها المجموعات المسلحة المنتشرة في الغوطة الشرقية على حي باب توما.")).toEqual(["باب توما"]);
  });

  it("does not place a clash at the hospital the wounded were taken to (نقل … إلى مشفى في X)", () => {
    expect(at("اندلعت اشتباكات في بلدة ذيبان، وجرى نقل الجرحى إلى مشفى في مدينة الحسكة.")).toEqual(["ذيبان"]);
  });

  it("places an arrest at the checkpoint, not in the town the men come from (من أبناء X)", () => {
    expect(at("اعتقلت دورية للأمن العسكري شابين من أبناء مدينة طفس، أثناء مرورهما على حاجز قرب بلدة المزيريب.")).toEqual(["المزيريب"]);
  });

  it("reads a raid on homes (داهمت … منازل في بلدتي X وY) as arrests in both", () => {
    expect(events("داهمت دورية من الفرقة الرابعة منازل في بلدتي اليادودة وتل شهاب بريف درعا.").sort()).toEqual([
      "Strategic developments@اليادودة", "Strategic developments@تل شهاب",
    ]);
  });
});

describe("security sweeps and refusals", () => {
  it("reads a security campaign in a city and the districts it covered as arrests there", () => {
    expect(events("أطلقت قوى الأمن حملة أمنية واسعة في أحياء مدينة حماة أمس.")).toEqual(["Strategic developments@حماة"]);
    expect(at("وشملت الحملة في يومها الثاني حيي وادي الذهب والقصور.").sort()).toEqual(["القصور", "وادي الذهب"]);
  });

  it("does not report what is refused (مسلحون رفضوا تسليم أنفسهم)", () => {
    expect(events("قُتل عنصر من الأمن العام خلال اشتباك مع مسلحين رفضوا تسليم أنفسهم في مدينة تلكلخ.")).toEqual(["Battles@تلكلخ"]);
  });
});

describe("casualty counts", () => {
  it("gives an elliptic count (وثلاثة في Y) to its own place", () => {
    const r = run("قُتل خمسة مدنيين بينهم طفل في بلدة حاس، واثنان في كنصفرة، جراء قصف مدفعي.");
    const byPlace = Object.fromEntries(r.events.map((e) => [knowledge.placeByKey.get(e.placeKey)?.nameAr ?? e.placeSurface, e.fatalities]));
    expect(byPlace).toMatchObject({ "حاس": 5, "كنصفرة": 2 });
  });

  it("adds a toll reported later to the attack already reported at that place", () => {
    const r = run("غارات على ريف إدلب\n\nاستهدفت الطائرات الحربية بلدتي حاس وكنصفرة بالصواريخ اليوم. وبحسب الدفاع المدني، قُتل ثلاثة مدنيين في كنصفرة.");
    expect(r.events.map((e) => [e.type, knowledge.placeByKey.get(e.placeKey)?.nameAr, e.fatalities])).toEqual([
      ["Explosions/Remote violence", "حاس", 0], ["Explosions/Remote violence", "كنصفرة", 3],
    ]);
  });

  it("adds the dead on the other side after فيما to the same clash", () => {
    const r = run("قُتل عنصر من الأمن العام خلال اشتباك مع مسلحين في مدينة تلكلخ، فيما قُتل ثلاثة مسلحين.");
    expect(r.events.map((e) => e.fatalities)).toEqual([4]);
  });
});

describe("lists of places", () => {
  it("carries a strike on to a place added with إضافة إلى", () => {
    expect(at("قصفت الطائرات الحربية بلدتي حاس وكنصفرة، إضافة إلى مدينة كفرنبل.").sort()).toEqual(["حاس", "كفرنبل", "كنصفرة"].sort());
  });
});

describe("desert areas", () => {
  it("reads 'بادية X' as a cue for the place X, located by the town after a direction", () => {
    expect(at("شنت الطائرات الروسية غارات على مواقع في بادية الرصافة جنوب شرقي مدينة الطبقة.")).toEqual(["الرصافة"]);
  });
});

describe("names in brackets", () => {
  it("reads a second name in brackets as the same place, not a second event place", () => {
    expect(at("قصفت مسيرات تركية محطة للغاز قرب بلدة رميلان في ريف المالكية (ديريك) صباح اليوم.")).toEqual(["رميلان"]);
  });
});

describe("names that are not people or groups", () => {
  it("reads a title after a place cue as part of a place name (حي الشيخ سعيد), not a person", () => {
    const r = run("سقطت قذائف على حي الشيخ سعيد في مدينة حلب صباح اليوم.");
    expect(r.actors.filter((a) => a.entry.kind === "person")).toEqual([]);
  });

  it("reads a head noun with a pronoun (فرقه: its teams) as no group name", () => {
    const r = run("أكد الدفاع المدني أن فرقه باتت عاجزة عن الاستجابة.");
    expect(r.actors.map((a) => a.entry.nameAr)).not.toContain("فرقه باتت عاجزة");
  });
});

describe("actor names that contain a place", () => {
  it("reads 'فتح حلب' as a group, so the clause naming it does not stop a trigger reaching the front after it", () => {
    const r = run("تدور اشتباكات بين قوات النظام من جهة، وفصائل \"فتح حلب\" من جهة أخرى، على محور حي صلاح الدين في حلب.");
    expect(r.actors.map((a) => a.entry.nameAr)).toContain("فتح حلب");
    expect(at("تدور اشتباكات بين قوات النظام من جهة، وفصائل \"فتح حلب\" من جهة أخرى، على محور حي صلاح الدين في حلب.")).toContain("صلاح الدين");
  });
});

describe("where operations concentrate", () => {
  it("reads 'عملياتها تتركز في X' as a pattern, not an event", () => {
    expect(events("وقالت الوزارة إن عملياتها العسكرية تتركز في ريف حماة الشمالي.")).toEqual([]);
  });
});
