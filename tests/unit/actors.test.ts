import { describe, expect, it } from "vitest";
import { fold } from "@/lib/extract/normalize";
import { actorNames, knowledge, run } from "../helpers/knowledge";

describe("actor mentions", () => {
  it("finds knowledge-base actors by acronym and alias", () => {
    expect(actorNames("شنت قسد حملة اعتقالات بدعم من التحالف الدولي.")).toEqual(expect.arrayContaining(["قوات سوريا الديمقراطية"]));
  });

  it("finds a person the knowledge base lacks by title and follows the surname alone", () => {
    const r = run("وقال القيادي في الفصيل سامر الحمصاني إن الهجوم فشل. وأضاف الحمصاني أن المعارك مستمرة.");
    const p = r.actors.find((a) => a.entry.nameAr === "سامر الحمصاني");
    expect(p?.entry.kind).toBe("person");
    expect(p?.mentions.length).toBe(2);
  });

  it("finds armed groups by the word that heads their name", () => {
    expect(actorNames("قتل عناصر من لواء صقور الجبل في الاشتباكات.")).toContain("لواء صقور الجبل");
  });

  it("reads a state through its adjective after a governing noun", () => {
    expect(actorNames("وأعلنت الحكومة التركية دعمها.")).toContain("تركيا");
  });

  it("does not take bylines for actors", () => {
    expect(actorNames("Editing: سامر الحمصاني |\nقال مصدر إن القصف مستمر.")).not.toContain("سامر الحمصاني");
  });

  it("does not read the preposition على as the name علي", () => {
    expect(actorNames("قتل قائد على يد مجهولين في درعا.").some((n) => n.startsWith("على"))).toBe(false);
  });
});

describe("an alias that folds to a common word", () => {
  it("does not read a verb of reporting (أفاد) as Turkey's disaster agency", () => {
    expect(actorNames("وأفاد مراسلنا بأن الاشتباكات توقفت.")).not.toContain("تركيا");
    expect(actorNames("وفق ما أفاد به ناشطون محليون.")).not.toContain("تركيا");
    expect(actorNames("وأرسلت منظمة آفاد التركية قافلة مساعدات.")).toContain("تركيا");
  });

  it("has no single-word alias that is a common verb of reporting", () => {
    const common = new Set(["افاد", "قال", "اكد", "اعلن", "ذكر", "اشار", "اضاف", "نقل"]);
    const clash = [...knowledge.actorByKey.values()].flatMap((a) => [a.nameAr, ...a.aliases]).filter((n) => common.has(fold(n)));
    expect(clash).toEqual([]);
  });
});

describe("a head word with a crowd after it is a verb", () => {
  it("finds no group in تجمع العشرات، تجمع الأهالي", () => {
    expect(actorNames("وتجمع العشرات أمام مبنى المحافظة.")).toEqual([]);
    expect(actorNames("تجمع الأهالي في الساحة الرئيسية للمطالبة بالكهرباء.")).toEqual([]);
    expect(actorNames("وتجمع المئات من المحتجين قرب دوار الباسل.")).toEqual([]);
  });
});

describe("a state through its adjective past another adjective", () => {
  it("finds the state in الطائرات الحربية الروسية، القوات البرية التركية", () => {
    expect(actorNames("وشنت الطائرات الحربية الروسية غارات على ريف إدلب.")).toContain("روسيا");
    expect(actorNames("وتوغلت القوات البرية التركية في ريف تل أبيض.")).toContain("تركيا");
  });

  it("keeps the trigger inside the phrase", () => {
    expect(run("وشنت الطائرات الحربية الروسية غارات على بلدة كنصفرة.").events.map((e) => e.type)).toEqual(["Explosions/Remote violence"]);
  });
});

describe("a state through an indefinite adjective", () => {
  it("finds the state after an indefinite noun, past indefinite adjectives", () => {
    expect(actorNames("وشنت طائرات روسية غارات على ريف إدلب.")).toContain("روسيا");
    expect(actorNames("ونفذت طائرة مسيرة تركية غارة على سيارة في ريف القامشلي.")).toContain("تركيا");
    expect(actorNames("واستهدفت ضربة جوية إسرائيلية موقعاً في ريف حمص.")).toContain("إسرائيل");
  });

  it("reads a noun that looks like a nisba («دورية») as the noun, and two states' adjectives after one noun", () => {
    expect(actorNames("ونفذت دورية روسية جولة في بلدة سرمين.")).toContain("روسيا");
    const both = actorNames("وسيرت دورية مشتركة روسية تركية جولة في بلدة سرمين.");
    expect(both).toContain("روسيا");
    expect(both).toContain("تركيا");
  });

  it("does not read an indefinite adjective after a definite noun, nor a plural of people, as the state", () => {
    expect(actorNames("وكانت الطائرات روسية الصنع.")).not.toContain("روسيا");
    expect(actorNames("ووصل وفد من رجال أعمال أتراك إلى حلب.")).not.toContain("تركيا");
  });

  it("keeps the noun the adjective qualifies as the event's trigger («القصف التركي»، «لقصف مدفعي تركي»)", () => {
    for (const text of ["وطال القصف التركي قرية عين عيسى.", "وتعرضت قرية عين عيسى لقصف مدفعي تركي."]) {
      const r = run(`خبر\n\n${text}`);
      expect(r.events.map((e) => e.type), text).toEqual(["Explosions/Remote violence"]);
      expect(r.events[0].actors.map((a) => a.key), text).toEqual(["kb:turkey"]);
    }
  });
});

describe("the source of a sentence is no party to its event", () => {
  const eventActors = (text: string) => run(`خبر\n\n${text}`).events.map((e) => e.actors.map((a) => a.key));

  it("drops a monitor or a person named after a word of reporting from the event's actors", () => {
    const [actors] = eventActors("وقتل ثلاثة مدنيين بقصف لقوات النظام على بلدة كنصفرة، وفق ما أفاد المرصد السوري لحقوق الإنسان.");
    expect(actors).toContain("kb:syrian-government");
    expect(actors).not.toContain("kb:sohr");
  });

  it("drops a headline's speaker before a colon («المرصد: مقتل …»)", () => {
    const r = run("المرصد السوري: مقتل ثلاثة مدنيين بقصف على بلدة كنصفرة\n\nوقال ناشطون إن القصف استمر ساعات.");
    expect(r.events).toHaveLength(1);
    expect(r.events.flatMap((e) => e.actors.map((a) => a.key))).not.toContain("kb:sohr");
  });

  it("keeps a government that says what its own forces did", () => {
    const [actors] = eventActors("وقالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع في بلدة كنصفرة.");
    expect(actors).toContain("kb:russia");
  });
});
