import { describe, expect, it } from "vitest";
import { run, placeNames } from "../helpers/knowledge";

const find = (text: string, name: string) => run(text).places.find((p) => p.entry.nameAr === name || p.mentions.some((m) => m.surface === name));

describe("place mentions", () => {
  it("reads names through the clitics و ف ب ل ك and ل+ال", () => {
    const r = run("قصفت الطائرات بإدلب وحماة، ونزح الأهالي للرقة فالقامشلي.");
    const surfaces = r.places.flatMap((p) => p.mentions.map((m) => m.surface));
    expect(surfaces).toEqual(expect.arrayContaining(["إدلب", "حماة", "للرقة", "القامشلي"]));
    expect(surfaces).not.toContain("بإدلب");
  });

  it("keeps letters that belong to the name (بانياس، وادي بردى، كفرنبل)", () => {
    const names = run("خرجت مظاهرات في بانياس ووادي بردى وكفرنبل.").places.flatMap((p) => p.mentions.map((m) => m.surface));
    expect(names.some((n) => n.includes("بانياس"))).toBe(true);
    expect(names.some((n) => n.includes("وادي بردى"))).toBe(true);
    expect(names.some((n) => n.includes("كفرنبل"))).toBe(true);
  });

  it("matches spacing variants (ديرالزور, جسرالشغور)", () => {
    const r = run("انفجار في ديرالزور وآخر في جسرالشغور.");
    expect(r.places.map((p) => p.entry.admin1)).toEqual(expect.arrayContaining(["SY-DY", "SY-ID"]));
  });

  it("prefers the Syrian place over namesakes abroad (الرقة، السويداء، القنيطرة، أريحا)", () => {
    for (const name of ["الرقة", "السويداء", "القنيطرة", "أريحا"]) {
      const p = find(`قصف مدفعي على ${name} اليوم.`, name);
      expect(p?.entry.countryCode, name).toBe("SY");
    }
  });

  it("makes a place of a name after a cue word the gazetteer lacks, located at the region named next to it", () => {
    const r = run("سقطت قذيفة على قرية زعبلوطة جنوب إدلب.");
    const p = r.places.find((x) => x.entry.nameAr === "زعبلوطة");
    expect(p).toBeDefined();
    expect(p!.entry.origin).toBe("inferred");
    expect(p!.entry.admin1).toBe("SY-ID");
    expect(p!.geoPrecision).toBeGreaterThanOrEqual(2);
  });

  it("needs a cue or a list for names that are also common words (الخضراء، الدرة)", () => {
    expect(placeNames("رفعت الراية الخضراء فوق المبنى.")).not.toContain("الخضراء");
    expect(placeNames("قصف على قرية العيدو والدرة والخضراء.")).toEqual(expect.arrayContaining(["الدرة", "الخضراء"]));
  });

  it("reads a name that is also a word as a place when و joins it to a place after it, as before it", () => {
    expect(placeNames("قصفت قوات النظام مناطق في الفطيرة وسفوهن.")).toContain("الفطيرة");
    expect(placeNames("قصفت قوات النظام مناطق في سفوهن والفطيرة.")).toContain("الفطيرة");
    expect(placeNames("أكلنا الفطيرة مع الشاي.")).not.toContain("الفطيرة");
  });

  it("reads a country used as a subject as an actor, not as a place", () => {
    const r = run("روسيا ترفض وقف العمليات، وعاد اللاجئون من تركيا.");
    const names = r.places.map((p) => p.entry.nameAr);
    expect(names).toContain("تركيا");
    expect(names).not.toContain("روسيا");
    expect(r.actors.map((a) => a.entry.nameAr)).toContain("روسيا");
  });
});

describe("a word that describes a place after a cue is not its name", () => {
  it("finds no place in حي سكني، قرية أخرى، بلدة مجاورة", () => {
    expect(placeNames("وسقطت قذائف على حي سكني في مدينة دوما.")).toEqual(["دوما"]);
    expect(placeNames("ونزحت العائلات إلى قرية أخرى قرب مدينة سراقب.")).toEqual(["سراقب"]);
    expect(placeNames("وامتدت النيران إلى بلدة مجاورة وقرية حدودية شمال مدينة إدلب.")).toEqual(["إدلب"]);
  });

  it("still finds a new place named after the cue", () => {
    expect(placeNames("قصفت قوات النظام قرية الشيخ مصطفى بريف إدلب.")).toContain("الشيخ مصطفى");
  });
});

describe("a town named like a common noun (الحراك: the movement)", () => {
  it("is the noun without a cue or a list", () => {
    expect(placeNames("وأكد المتحدث أن الحراك سلمي ولن يتوقف.")).not.toContain("الحراك");
    expect(placeNames("ويعد الحراك الحالي الأوسع منذ سنوات.")).not.toContain("الحراك");
  });

  it("is the town after a cue or in a list of towns", () => {
    expect(placeNames("قصفت قوات النظام مدينة الحراك بريف درعا الشرقي.")).toContain("الحراك");
    expect(placeNames("وشمل القصف بلدات ناحتة والحراك والمليحة الشرقية.")).toContain("الحراك");
  });
});
