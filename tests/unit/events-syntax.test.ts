// Syntax that real reports use and the extractor must read: places picked out of a list ("ومنها"),
// a relative clause with its own toll, tolls per place joined by و, a toll sentence detailing an
// attack, fears and background periods, incursions, quoted organisation names, wire datelines.
// The sentences are written for these tests (not taken from the evaluation sets).
import { describe, expect, it } from "vitest";
import { eventsOf, run } from "../helpers/knowledge";
import { CONSTRUCT_NOUNS, NOT_A_PLACE_AFTER } from "../../lib/extract/lexicon/places";

const fatalitiesAt = (text: string) => {
  const r = run(text);
  return Object.fromEntries(r.events.map((e) => [r.places.find((p) => p.entry.key === e.placeKey)?.entry.nameAr ?? e.placeSurface, e.fatalities]));
};

describe("clause syntax", () => {
  it("carries the trigger over to places picked out with ومنها / بما فيها", () => {
    expect(eventsOf("خبر\n\nوقال الجيش إنه سيطر على عدة قرى في الريف الشمالي، ومنها بلدة مورك وقرية لطمين.")).toEqual([
      "Battles@مورك", "Battles@لطمين",
    ]);
    expect(eventsOf("خبر\n\nواستعادت القوات الحكومية عدداً من البلدات، بما فيها بلدة كفرزيتا.")).toEqual(["Battles@كفرزيتا"]);
  });

  it("reads a relative clause that points back to a place («التي قتل فيها») as an event there with its toll", () => {
    expect(fatalitiesAt("خبر\n\nوتعرضت قرى عدة للقصف بالطيران الحربي، من بينها قرية الهبيط التي قتل فيها سبعة أشخاص.")).toMatchObject({ الهبيط: 7 });
  });

  it("reads a second place joined by «وفي» as another event place, not the first's locator", () => {
    expect(eventsOf("خبر\n\nوخرجت مظاهرات في حي الخالدية وفي بلدة الرستن.")).toEqual(["Protests@الخالدية", "Protests@الرستن"]);
  });

  it("gives each place joined by و its own bare count", () => {
    expect(fatalitiesAt("خبر\n\nقتل أربعة مدنيين في غارات على مدينة سراقب وثلاثة في بلدة سرمين.")).toEqual({ سراقب: 4, سرمين: 3 });
    expect(fatalitiesAt("خبر\n\nقتل 12 شخصاً بقصف على مدينة دوما، و5 آخرين في بلدة حرستا.")).toEqual({ دوما: 12, حرستا: 5 });
  });

  it("types the tolls of neighbourhoods inside a bombed city as that bombing", () => {
    const text = "خبر\n\nقتل 30 شخصاً في قصف بالبراميل المتفجرة على أحياء مدينة حلب.\nوقال المرصد إن 18 شخصاً قتلوا في حي الشعار.";
    expect(run(text).events.find((e) => e.placeSurface.includes("الشعار"))?.type).toBe("Explosions/Remote violence");
  });

  it("gives a second verb joined by و no count of the first: «قتل ستة وأصيب آخرون»", () => {
    const e = run("خبر\n\nقتل ثلاثة أشخاص وأصيب آخرون بقصف مدفعي على بلدة الحراك.").events[0];
    expect([e.fatalities, e.injured]).toEqual([3, null]);
  });
});

describe("what did not happen today", () => {
  it("reads no event in what people fear («خوفاً من تجدد القصف»)", () => {
    expect(eventsOf("خبر\n\nوغادرت عشرات العائلات بلدة الحارة خوفاً من تجدد الغارات.")).toEqual([]);
  });

  it("reads weeks or months of fighting before today as background", () => {
    expect(eventsOf("خبر\n\nوجاءت الهدنة بعد أسابيع من الاشتباكات في محيط مدينة منبج.")).toEqual([]);
  });

  it("gives a curfew no toll from a headline that counts the dead", () => {
    const text = "حظر تجول في مدينة حمص والمرصد يتحدث عن عشرات القتلى\n\nفرضت السلطات حظر تجول في مدينة حمص حتى إشعار آخر.";
    expect(run(text).events.map((e) => [e.type, e.fatalities])).toEqual([["Strategic developments", 0]]);
  });
});

describe("states, not changes", () => {
  it("reads «خلال سيطرته على المدينة بين عامي 2014 و2017» as no taking of ground", () => {
    expect(eventsOf("خبر\n\nوعثر الأهالي على جثث في مدينة الطبقة، يعتقد أنها لضحايا قتلهم التنظيم خلال سيطرته على المدينة بين عامي 2014 و2017.").some((e) => e.startsWith("Battles"))).toBe(false);
  });
});

describe("movements of forces", () => {
  it("reads incursions and checkpoints set up as strategic developments", () => {
    expect(eventsOf("خبر\n\nوتوغلت قوة إسرائيلية في أطراف بلدة الرفيد بريف القنيطرة.")).toEqual(["Strategic developments@الرفيد"]);
    expect(eventsOf("خبر\n\nونصبت دورية عسكرية حاجزاً قرب بلدة جملة.")).toEqual(["Strategic developments@جملة"]);
  });
});

describe("names and places of the report itself", () => {
  it("takes no place in a quoted organisation's name as the event's place, and gives its toll to the event before", () => {
    const text = "خبر\n\nاقتحمت قوات النظام بلدة المسيفرة بعد اشتباكات مع مقاتلين محليين.\nوقال \"مكتب توثيق الشهداء في درعا\" إن تسعة أشخاص قتلوا في الاشتباكات.";
    expect(fatalitiesAt(text)).toEqual({ المسيفرة: 9 });
  });

  it("ends an unknown village's name at a verb, and reads it named twice as one place", () => {
    const places = run("خبر\n\nقصفت المدفعية بلدة كفرعويد في ريف إدلب.\nوأفاد ناشطون بأن أهالي بلدة كفرعويد نزحوا إلى المخيمات.").places;
    const named = places.filter((p) => p.entry.nameAr.startsWith("كفرعويد"));
    expect(new Set(named.map((p) => p.entry.key)).size).toBe(1);
    expect(named.every((p) => p.entry.nameAr === "كفرعويد")).toBe(true);
  });

  it("reads a wire dateline as the publication date", () => {
    expect(run("عنوان\n\nدمشق (سوريا) 3 آذار/مارس 2016 (أ ف ب) - قتل خمسة أشخاص بقصف على مدينة دوما.").publishedAt).toBe("2016-03-03");
  });

  it("takes no wire dateline's city as an event place", () => {
    expect(eventsOf("خبر\n\nحمص (رويترز) - بدأت الأحد عملية إجلاء مقاتلي المعارضة من حي الوعر.")).toEqual(["Strategic developments@الوعر"]);
  });
});

describe("tolls and weapons", () => {
  it("reads a toll summed since something began, told by a word of killing alone, as no event", () => {
    expect(eventsOf("خبر\n\nوقُتل أكثر من 300 مدني في مدينة دوما منذ بدء الحملة.")).toEqual([]);
  });

  it("reads an attack with «غاز سام» as a chemical weapon", () => {
    expect(run("خبر\n\nقتل 20 شخصاً في هجوم بغاز سام استهدف بلدة اللطامنة.").events.map((e) => e.subType)).toEqual(["Chemical weapon"]);
  });
});

describe("clause syntax (session 6)", () => {
  it("reads a village located by a town near it («X بالقرب من بلدة Y») as one event at X", () => {
    expect(eventsOf("خبر\n\nواندلعت اشتباكات عنيفة في قرية تل ملح بالقرب من بلدة كرناز.")).toEqual(["Battles@تل ملح"]);
  });

  it("reads an attempted infiltration as a clash", () => {
    expect(eventsOf("خبر\n\nوقالت الفصائل إنها أحبطت مجموعة من قوات النظام حاولت التسلل إلى بلدة كفرنبودة.").map((e) => e.split("@")[0])).toEqual(["Battles"]);
  });

  it("reads «طائرة دون طيار» as a drone strike and keeps the same strike on another day apart", () => {
    const r = run("خبر\n\nوأسقط الجيش الأحد طائرة دون طيار أطلقت نحو قاعدة حميميم.\nوكانت القاعدة قد تعرضت الخميس لهجوم بطائرات دون طيار أطلقت باتجاه قاعدة حميميم.");
    expect(r.events.some((e) => e.type === "Explosions/Remote violence" && e.subType === "Air/drone strike")).toBe(true);
  });

  it("reports no event in a sentence that lists demands, in any of its clauses", () => {
    expect(eventsOf("خبر\n\nوتضمنت الشروط الروسية، انسحاب المقاتلين من الأحياء الشرقية، بالإضافة إلى تسليم معبر البوكمال للجيش.")).toEqual([]);
  });

  it("reports no strike where drones only fly over", () => {
    expect(eventsOf("خبر\n\nوحلقت طائرات مسيرة فوق مدينة جاسم طوال الليل.")).toEqual([]);
  });

  it("does not take a capital that speaks or sends for an event place", () => {
    expect(eventsOf("خبر\n\nوتأتي الاشتباكات بعد تعزيزات عسكرية دفعت بها دمشق نحو ريف حماة الشمالي.")).not.toContain("Strategic developments@دمشق");
    expect(eventsOf("خبر\n\nواتهمت دمشق الفصائل بقصف حي الميدان.")).toEqual(["Explosions/Remote violence@الميدان"]);
  });

  it("sums a toll since an attack began («منذ بدء الهجوم») into no event", () => {
    expect(eventsOf("خبر\n\nوقتل أكثر من 900 مدني في مدينة دوما منذ بدء الهجوم الأخير.")).toEqual([]);
  });

  it("does not give a clash the target of an attack that was only planned", () => {
    expect(eventsOf("خبر\n\nوقتل عنصر خلال اشتباك مع أفراد خلية كانوا يخططون لهجوم على مدينة جبلة.")).not.toContain("Battles@جبلة");
  });

  it("does not give a witnessing place the event of a later clause that names its own place", () => {
    expect(eventsOf("خبر\n\nوتشهد مدينة السويداء توترات منذ أشهر، حين قتل العشرات في اشتباكات في مدينة جرمانا.")).not.toContain("Battles@السويداء");
  });

  it("does not date an event by a weekday after «حتى»", () => {
    const r = run("خبر\n\nدمشق - 4 آذار 2025 (رويترز) - أعلنت السلطات اليوم حظر تجول في مدينة جبلة حتى صباح السبت.");
    expect(r.events.map((e) => e.date)).toEqual(["2025-03-04"]);
  });

  it("reads fighting «منذ صيف 2012» as background, with or without a publication date", () => {
    expect(eventsOf("خبر\n\nوتشهد مدينة حلب منذ صيف 2012 معارك بين قوات النظام وفصائل المعارضة.")).toEqual([]);
  });

  it("keeps the dead of a contrasting clause's own clash out of the strike before it", () => {
    expect(fatalitiesAt("خبر\n\nقتل 12 شخصاً بغارة جوية على مدينة الباب، فيما قتل ثمانية مقاتلين في اشتباكات على جبهة الراموسة الغربية.")).toMatchObject({ الباب: 12 });
  });

  it("takes no city for «المدينة» when a governorate the city is not in is named before it", () => {
    const text = "خبر\n\nواندلعت اشتباكات في مدينة بانياس.\nوأعلنت محافظة اللاذقية حظر تجول شامل في المدينة.";
    expect(eventsOf(text)).not.toContain("Strategic developments@بانياس");
  });

  it("reads «حماة» heading a construct («حماة الطبيعة») as the noun, and «ريف حماة الشمالي» as the place", () => {
    for (const ex of CONSTRUCT_NOUNS) expect(run(`خبر\n\n${ex.example}`).places).toEqual([]);
    expect(run("خبر\n\nوأطلق حماة الطبيعة حملة. وقصفت الطائرات ريف حماة الشمالي.").places.map((p) => p.entry.nameAr)).toEqual(["محافظة حماة"]);
  });

  it("reads a place inside another name (a time zone, an outlet) as no place and no site", () => {
    for (const ex of NOT_A_PLACE_AFTER) {
      expect(run(`خبر\n\n${ex.example}`).places.map((p) => p.entry.nameAr), ex.id).not.toContain(ex.name);
    }
    // The same city named as a place in the sentence stays, and the strike is there, not at the clock's city.
    const text = "خبر\n\nقصفت طائرات حربية بلدة كفرنبل عند السادسة صباحاً بتوقيت دمشق، وفق شبكة درعا 24.";
    expect(eventsOf(text)).toEqual(["Explosions/Remote violence@كفرنبل"]);
    expect(run("خبر\n\nوسقطت قذائف على حي المزة في دمشق عند العاشرة بتوقيت دمشق.").places.map((p) => p.entry.nameAr)).toContain("دمشق");
  });

  it("reads shooting written with ب as how the act before it was done («اغتال … بإطلاق النار عليه»)", () => {
    expect(eventsOf("خبر\n\nواغتال مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة بإطلاق النار عليه في مدينة طفس.")).toEqual(["Violence against civilians@طفس"]);
    // Shooting of its own is still a clash.
    expect(eventsOf("خبر\n\nوأطلق مسلحون النار على حاجز لقوات النظام في مدينة طفس.")).toEqual(["Battles@طفس"]);
  });

  it("reads a heliborne raid («عملية إنزال جوي») as a clash, an airdrop of aid as none", () => {
    expect(eventsOf("خبر\n\nونفذت قوات التحالف الدولي عملية إنزال جوي في بلدة الشحيل، أسفرت عن مقتل اثنين من عناصر التنظيم.")).toEqual(["Battles@الشحيل"]);
    expect(eventsOf("خبر\n\nونفذت طائرات روسية عملية إنزال جوي لمساعدات غذائية فوق مدينة دير الزور.")).toEqual([]);
  });

  it("reads where forces are stationed «على» a place, past a river's bank, as no site", () => {
    expect(fatalitiesAt("خبر\n\nوفي بلدة الحوايج، قتل مدني برصاص قناص من قوات الحكومة المتمركزة على الضفة الغربية لنهر الفرات.")).toEqual({ الحوايج: 1 });
    expect(eventsOf("خبر\n\nوقصفت القوات المتمركزة على أطراف بلدة كفرنبل قرية حاس.")).toEqual(["Explosions/Remote violence@حاس"]);
  });

  it("gives a later toll to the attack, not to the curfew reported before it", () => {
    const text = "خبر\n\nوفرضت السلطات حظر تجول في مدينة جبلة بعد هجمات شنها مسلحون على حواجز للأمن في المدينة.\nوقال مصدر إن 16 عنصراً قتلوا في الهجمات.";
    const r = run(text);
    expect(r.events.map((e) => [e.type, e.fatalities])).toEqual([["Strategic developments", 0], ["Battles", 16]]);
  });

  it("reads a bomb defused as disrupted weapons use, and a stand for a demand as a protest", () => {
    expect(run("خبر\n\nوفككت وحدات الهندسة عبوة ناسفة قرب دوار الساعة في مدينة حمص.").events.map((e) => `${e.type}/${e.subType}`))
      .toEqual(["Strategic developments/Disrupted weapons use"]);
    expect(eventsOf("خبر\n\nونظم العشرات وقفة في ساحة المرجة للمطالبة بالكشف عن مصير المفقودين.")).toEqual(["Protests@ساحة المرجة"]);
    expect(eventsOf("خبر\n\nوكانت لنا وقفة مع أهالي مدينة حمص.")).toEqual([]);
  });

  it("reads a region named after an operation, in quotes without «منطقة», as the operation", () => {
    const text = 'خبر\n\nوكانت تركيا قد شنت ثلاث عمليات عسكرية في سوريا: "درع الفرات" عام 2016، و"غصن الزيتون" في عفرين عام 2018.';
    expect(run(text).places.map((p) => p.entry.nameAr)).not.toContain("منطقة درع الفرات");
    expect(eventsOf(text)).not.toContain("Explosions/Remote violence@منطقة درع الفرات");
    // After a preposition of place it is the region.
    expect(eventsOf('خبر\n\nوسقطت قذائف على قرى في "درع الفرات" شمال حلب.')).toEqual(["Explosions/Remote violence@منطقة درع الفرات"]);
  });

  it("reads air defences meeting a strike as the strike, and a toll listed with destruction as its toll", () => {
    const text = "خبر\n\nوقالت وسائل إعلام رسمية إن الدفاعات الجوية تصدت لعدوان إسرائيلي استهدف مواقع في محيط مطار دمشق الدولي.\nوأفاد المرصد بأن الغارات أسفرت عن مقتل سبعة عناصر وتدمير مستودعات للأسلحة.";
    const r = run(text);
    expect(r.events.map((e) => [e.type, e.fatalities, e.actors.map((a) => a.key)])).toEqual([["Explosions/Remote violence", 7, ["kb:israel"]]]);
  });

  it("does not let a Syrian place locate a foreign country named before it", () => {
    expect(eventsOf("خبر\n\nوشنت طائرات أمريكية غارات على منشآت لفصائل مدعومة من إيران قرب مدينة البوكمال.")).toEqual(["Explosions/Remote violence@البوكمال"]);
  });

  it("reads a wave of anger that «exploded» as no explosion", () => {
    expect(eventsOf("خبر\n\nوانفجرت موجة غضب بين جماهير الاتحاد بعد خسارة الفريق في مدينة اللاذقية.")).toEqual([]);
  });

  it("reads «بادية X» as the governorate's desert (precision 3), and «البادية السورية» as the region", () => {
    const r = run("خبر\n\nوقصفت الطائرات مواقع في بادية حمص الشرقية.");
    expect(r.events.map((e) => [e.placeKey, e.geoPrecision])).toEqual([["gov:SY-HI", 3]]);
    expect(eventsOf("خبر\n\nواندلعت اشتباكات في البادية السورية.")).toEqual(["Battles@البادية السورية"]);
    expect(eventsOf("خبر\n\nواندلعت اشتباكات في البادية.")).toEqual([]);
  });

  it("reads what a group «still does» («لا يزال عناصره ينفذون هجمات») as a pattern, a clash still going on as an event", () => {
    expect(eventsOf("خبر\n\nولا يزال عناصره ينفذون هجمات في البادية السورية.")).toEqual([]);
    expect(eventsOf("خبر\n\nولا تزال الاشتباكات مستمرة في بلدة كفرنبل.")).toEqual(["Battles@كفرنبل"]);
  });

  it("reads a clause opened by «حيث» as what happened at the place before it", () => {
    expect(fatalitiesAt("خبر\n\nوكانت إحداها في بلدة الجينة بريف حلب الغربي، حيث قتل 5 مدنيين بقصف مدفعي لقوات النظام.")).toEqual({ الجينة: 5 });
    // A place of its own in the حيث clause keeps its event there.
    expect(eventsOf("خبر\n\nوسيطرت القوات على بلدة الجينة، حيث اندلعت اشتباكات في قرية كفرناها.")).toContain("Battles@كفرناها");
  });

  it("reads an incident a tally picks out with its day as an event, without the tally's count", () => {
    const r = run("خبر\n\nووثق التقرير مقتل 12 مدنياً خلال الشهر، بينهم خمسة قتلوا بقصف مدفعي على بلدة الجينة في 14 أيار.");
    expect(r.events.map((e) => e.type)).toEqual(["Explosions/Remote violence"]);
    expect(r.events[0].fatalities).not.toBe(12);
    expect(eventsOf("خبر\n\nووثق التقرير مقتل 12 مدنياً في بلدة الجينة خلال الشهر.")).toEqual([]);
  });

  it("reads a phrase of an earlier year heading the sentence («وفي عام 2016،») as dating all of it", () => {
    const text = "خبر\nنشر بتاريخ 12/03/2020\n\nوفي عام 2016، قتلت غارات على مجمع مدارس في بلدة حاس 22 طفلاً، في هجوم وصفته الأمم المتحدة بأنه جريمة حرب.";
    expect(eventsOf(text)).toEqual([]);
    expect(eventsOf("خبر\nنشر بتاريخ 12/03/2020\n\nوفي بلدة حاس، قتلت غارات 22 طفلاً.")).toEqual(["Explosions/Remote violence@حاس"]);
  });

  it("reads «القصف اليومي» (daily shelling) as a pattern", () => {
    expect(eventsOf("خبر\n\nيعيش أهالي قرى جبل الزاوية على وقع القصف اليومي.")).toEqual([]);
  });

  it("reads a BBC photo caption («التعليق على الصورة،») as no news", () => {
    expect(eventsOf("خبر\n\nالتعليق على الصورة، رتل عسكري تركي يدخل بلدة سرمدا قرب الحدود\n\nوقال المرصد إن الهدوء ساد المنطقة.")).toEqual([]);
  });

  it("reads the accusative «حظراً للتجول» as a curfew", () => {
    expect(eventsOf("خبر\n\nوأعلنت السلطات حظراً للتجول في مدينة حمص.")).toEqual(["Strategic developments@حمص"]);
  });

  it("gives no clash to where people fleeing it gather", () => {
    expect(eventsOf("خبر\n\nوتجمع آلاف النازحين الفارين من المعارك في حي الشيخ مقصود.")).toEqual([]);
  });

  it("reads «مدخل المدينة الجنوبي» as the city named before", () => {
    expect(eventsOf("خبر\n\nودارت اشتباكات في مدينة منبج. كما فجر التنظيم سيارة مفخخة عند مدخل المدينة الجنوبي.")).toContain("Explosions/Remote violence@منبج");
  });

  it("reads gathered protesters as a protest, and shooting to disperse them as force against protesters", () => {
    expect(eventsOf("خبر\n\nوفي مدينة اللاذقية، تجمع مئات المحتجين في الساحة قبل أن يتفرقوا دون تسجيل مواجهات.")).toEqual(["Protests@اللاذقية"]);
    expect(run("خبر\n\nوأفاد المرصد بمقتل متظاهر بإطلاق نار لتفريق محتجين في مدينة حمص.").events.map((e) => e.subType)).toEqual(["Excessive force against protesters"]);
  });

  it("reads «القبض على» as an arrest", () => {
    expect(run("خبر\n\nأعلنت وزارة الداخلية القبض على خلية تابعة لتنظيم داعش في مدينة حرستا.").events.map((e) => [e.subType, e.placeSurface])).toEqual([["Arrests", "مدينة حرستا"]]);
    expect(run("خبر\n\nوألقت قوات الأمن القبض على ثلاثة شبان في مدينة داريا.").events.map((e) => [e.subType, e.arrested])).toEqual([["Arrests", 3]]);
  });

  it("gives bodies recovered after a strike the strike's type", () => {
    expect(eventsOf("خبر\n\nوأكد الدفاع المدني انتشال جثث 9 ضحايا من تحت الأنقاض في مدينة جسر الشغور بعد قصف جوي.")).toEqual(["Explosions/Remote violence@جسر الشغور"]);
    expect(eventsOf("خبر\n\nوعثر الأهالي على جثة شاب مقتولاً بالرصاص قرب بلدة الشحيل.")).toEqual(["Violence against civilians@الشحيل"]);
  });

  it("reads a clause opened by «وأخرى» (another one) as the same act at its own place", () => {
    expect(eventsOf("خبر\n\nانفجرت عبوة ناسفة في مدينة جاسم، وأخرى في بلدة نمر.")).toEqual(["Explosions/Remote violence@جاسم", "Explosions/Remote violence@نمر"]);
    expect(eventsOf("خبر\n\nواستهدفت غارة جوية بلدة سرجة، وأخرى بلدة الرامي.")).toEqual(["Explosions/Remote violence@سرجة", "Explosions/Remote violence@الرامي"]);
  });

  it("gives a toll that names one of the places shelled to that place", () => {
    const r = run("خبر\n\nوتعرضت بلدات كفرنبل وحاس والبارة لقصف مدفعي من قبل قوات النظام، ما أدى إلى مقتل مدني في حاس وإصابة آخرين في البارة.");
    expect(r.events.map((e) => [e.placeSurface, e.fatalities])).toEqual([["كفرنبل", 0], ["حاس", 1], ["البارة", 0]]);
  });

  it("reads fighters shot on a front line as a clash, a civilian shot there as an attack on civilians", () => {
    expect(eventsOf("خبر\n\nكما قتل عنصران من هيئة تحرير الشام برصاص قناص على محور كبانة في ريف اللاذقية.")).toEqual(["Battles@كبانة"]);
    expect(eventsOf("خبر\n\nوقتل مدني برصاص قناص على محور كبانة في ريف اللاذقية.")).toEqual(["Violence against civilians@كبانة"]);
  });

  it("gives an event no party in the actor who condemns it", () => {
    const parties = (text: string) => { const r = run(text); return r.events.flatMap((e) => e.actors.map((a) => r.actors.find((x) => x.entry.key === a.key)!.entry.nameAr)); };
    expect(parties("خبر\n\nوأدانت الخارجية الفرنسية القصف الذي استهدف مستشفى في مدينة إدلب.")).toEqual([]);
    expect(parties("خبر\n\nوأدانت الخارجية السورية القصف الإسرائيلي على مدينة جبلة.")).toEqual(["إسرائيل"]);
  });

  it("reads a warning, a threat or a fear in the past as of what has not happened", () => {
    expect(eventsOf("خبر\n\nوهددت تركيا بشن عملية عسكرية جديدة ضد قسد في منبج وتل رفعت.")).toEqual([]);
    expect(eventsOf("خبر\n\nوحذر ناشطون من مجزرة وشيكة في مدينة دوما.")).toEqual([]);
    expect(eventsOf("خبر\n\nويخشى سكان بلدة عين عيسى من تجدد القصف.")).toEqual([]);
  });

  it("gives each part of a toll broken down after «هم:» to its own event, and each its own parties", () => {
    const r = run("خبر\n\nوثق المرصد السوري مقتل 14 شخصاً اليوم، هم: 3 مدنيين برصاص مجهولين في مدينة درعا، ومدنيان بانفجار لغم في بلدة عقيربات، و5 عناصر من قوات النظام بهجوم لخلايا داعش في مدينة الميادين، و4 من قسد في اشتباكات مع الجيش الوطني في مدينة منبج.");
    const name = (key: string) => r.actors.find((a) => a.entry.key === key)!.entry.nameAr;
    expect(r.events.map((e) => [e.placeSurface.replace(/^(مدينة|بلدة) /, ""), e.fatalities, e.actors.map((a) => name(a.key))])).toEqual([
      ["درعا", 3, []], ["عقيربات", 2, []], ["الميادين", 5, ["النظام السوري", "داعش"]], ["منبج", 4, ["قوات سوريا الديمقراطية", "الجيش الوطني السوري"]],
    ]);
    // Parts that do not add up to the toll leave it whole.
    expect(run("خبر\n\nوثق المرصد مقتل 14 شخصاً، هم: 3 مدنيين بقصف على مدينة درعا، و5 عناصر باشتباكات في مدينة الميادين.").events.map((e) => e.fatalities)).toContain(14);
  });

  it("gives a clause with its subject left unsaid the parties of the clause before", () => {
    const r = run("خبر\n\nوشنت الطائرات الروسية غارات على مدينة خان شيخون، كما قصفت بلدة التح.");
    expect(r.events.map((e) => e.actors.length)).toEqual([1, 1]);
  });

  it("reads what someone is accused of or involved in as the charge, not an event or a toll", () => {
    const r = run("خبر\n\nوأعلنت إدارة الأمن العام في محافظة حمص القبض على متورطين في عمليات قتل على أساس طائفي في حي الزهراء.");
    expect(r.events.map((e) => [e.type, e.fatalities])).toEqual([["Strategic developments", 0]]);
    expect(eventsOf("خبر\n\nواعتقلت قوات الأمن شاباً في مدينة داريا بتهمة التظاهر.")).toEqual(["Strategic developments@داريا"]);
  });

  it("reads a beating as an attack on civilians", () => {
    expect(eventsOf("خبر\n\nواعتدى عناصر حاجز على سائق شاحنة بالضرب في بلدة الصنمين.")).toEqual(["Violence against civilians@الصنمين"]);
    expect(eventsOf("خبر\n\nوتعرض شاب لضرب مبرح على يد عناصر الحاجز في بلدة الصنمين.")).toEqual(["Violence against civilians@الصنمين"]);
  });

  it("reads a march (not the drone) as a protest, and what a protest denounces as no event", () => {
    expect(eventsOf("خبر\n\nوخرج العشرات من أهالي مدينة جاسم في مسيرة جابت شوارع المدينة رفضاً لدخول قوات النظام.")).toEqual(["Protests@جاسم"]);
    expect(eventsOf("خبر\n\nوخرجت مظاهرة في حي درعا البلد تنديداً بالهجوم على مدينة الصنمين.")).toEqual(["Protests@درعا البلد"]);
    expect(eventsOf("خبر\n\nواستهدفت طائرة مسيرة سيارة في مدينة جاسم.")).toEqual(["Explosions/Remote violence@جاسم"]);
    // "مسيرته" is one's career.
    expect(eventsOf("خبر\n\nوخرج المدرب في مسيرته من نادي حطين في اللاذقية.")).toEqual([]);
  });

  it("reads what a place witnesses in a weak word after it", () => {
    expect(eventsOf("خبر\n\nوشهدت ساحة الكرامة في السويداء تجمعاً لمئات المحتجين للأسبوع الخامس على التوالي.")).toEqual(["Protests@السويداء"]);
  });

  it("reads forces deployed as a strategic development, not news or fires spreading nor a deployment agreed", () => {
    expect(eventsOf("خبر\n\nوانتشرت قوات الأمن العام في شوارع مدينة جبلة بعد الاشتباكات.")).toEqual(["Strategic developments@جبلة"]);
    expect(eventsOf("خبر\n\nوانتشر الخبر بسرعة في مدينة حمص.")).toEqual([]);
    expect(eventsOf("خبر\n\nوانتشرت الحرائق في غابات بلدة كسب.")).toEqual([]);
    expect(eventsOf("خبر\n\nوتنص بنود الاتفاق على نشر حواجز للأمن العام في مدينة السويداء.")).toEqual([]);
  });

  it("reads weapons in the dual («صاروخان»، «عبوتان ناسفتان»)", () => {
    expect(eventsOf("خبر\n\nوسقط صاروخان على مقر الفرقة 17 في مدينة الرقة.")).toEqual(["Explosions/Remote violence@الفرقة 17"]);
    expect(eventsOf("خبر\n\nوانفجرت عبوتان ناسفتان في مدينة جاسم.")).toEqual(["Explosions/Remote violence@جاسم"]);
  });

  it("reads members of armed forces shot as a clash, a former fighter shot as an attack on civilians", () => {
    expect(eventsOf("خبر\n\nوأعلنت وزارة الداخلية مقتل أحد عناصرها برصاص مهربين قرب بلدة القصير.")).toEqual(["Battles@القصير"]);
    expect(eventsOf("خبر\n\nوقتل قيادي سابق في الفصائل برصاص مجهولين في بلدة طفس.")).toEqual(["Violence against civilians@طفس"]);
    expect(eventsOf("خبر\n\nوأعدمت قوات النظام ثلاثة عناصر منشقين ميدانياً في بلدة المسرب.")).toEqual(["Violence against civilians@المسرب"]);
  });

  it("reads houses blown up or demolished by forces as property destruction, and clashes with protesters as a riot", () => {
    expect(eventsOf("خبر\n\nوفجرت قوات النظام منازل معارضين في بلدة داعل.")).toEqual(["Strategic developments@داعل"]);
    expect(eventsOf("خبر\n\nوهدمت قوات الاحتلال الإسرائيلي منزلاً في قرية جباتا الخشب.")).toEqual(["Strategic developments@جباتا الخشب"]);
    expect(eventsOf("خبر\n\nودمرت وحدات الجيش آليات للمسلحين في بلدة تلبيسة.")).not.toContain("Strategic developments@تلبيسة");
    expect(eventsOf("خبر\n\nواندلعت مواجهات بين محتجين وعناصر الأمن أمام مبنى البلدية في مدينة جبلة.")).toEqual(["Riots@جبلة"]);
  });

  it("places a strike reported only «داخل الأراضي السورية» in Syria, unless the article places it", () => {
    const only = run("خبر\n\nوشنت طائرات إسرائيلية فجر اليوم غارات على أهداف إيرانية داخل الأراضي السورية.");
    expect(only.events.map((e) => [e.type, e.placeKey, e.geoPrecision])).toEqual([["Explosions/Remote violence", "country:SY", 3]]);
    expect(eventsOf("خبر\n\nوشنت طائرات عراقية غارات على مواقع لداعش داخل الأراضي السورية.\n\nونفذت الطائرات العراقية غارات على مدينة هجين.")).toEqual(["Explosions/Remote violence@هجين"]);
    // Syria named as a party is no place of a strike.
    expect(eventsOf("خبر\n\nوقالت سوريا إن القصف الإسرائيلي انتهاك للقانون الدولي.")).toEqual([]);
  });

  it("reads the words of a slogan or a title as no event", () => {
    expect(eventsOf("خبر\n\nوواكب عناصر الأمن التظاهرة في مدينة القامشلي تحت شعار \"معاً ضد الهجمات التركية على عفرين\".")).toEqual(["Protests@القامشلي"]);
    expect(eventsOf("خبر\n\nونشرت المنظمة تقريراً تحت عنوان \"مجزرة في مدينة دوما\".")).toEqual([]);
  });

  it("does not put a lead's event at the article's one Syrian place when the headline places the news abroad", () => {
    expect(eventsOf("آلاف المتظاهرين في برلين تنديداً بالهجوم التركي على عفرين\n\nتظاهر الآلاف اليوم السبت احتجاجاً على العملية العسكرية التركية.")).toEqual([]);
    expect(eventsOf("اعتقال ناشط\n\nاعتقلت السلطات اليوم ناشطاً بارزاً.\n\nوكان الناشط يقيم في أحد أحياء اللاذقية.")).toEqual(["Strategic developments@اللاذقية"]);
  });

  it("reads an incident card: the attack field at the location field, on the date field, with the toll field", () => {
    const card = ["الحادثة السابعة - مرافق صحية تحت النار", "", "_الموقع: إدلب: دير شرقي", "التاريخ: 27 نيسان / أبريل 2017",
      "عدد المستفيدين من خدمات المستشفى : حوالي 600.000 شخص", "الهجمات: خمسة ضربات جوية", "القتلى المبلغ عنهم : 3 قتلى استنادا إلى شهادات الشهود", "",
      "وقع الهجوم على المستشفى في ساعات الصباح الباكر."].join("\n");
    const r = run(card);
    expect(r.events.map((e) => [e.type, e.placeSurface, e.fatalities, e.date])).toContainEqual(["Explosions/Remote violence", "دير شرقي", 3, "2017-04-27"]);
    // A toll field whose value is a bare number counts the card's attack; "more than N" counts N, as in prose.
    const bare = ["الحادثة الثانية", "", "الموقع: حلب: الأتارب", "التاريخ: 3 آذار / مارس 2018", "الهجمات: غارة جوية", "القتلى: 74 على الأقل", "المصابون: أكثر من 550"].join("\n");
    expect(run(bare).events.map((e) => [e.placeSurface, e.fatalities, e.injured])).toEqual([["الأتارب", 74, 550]]);
    // A line of prose with a colon is no card.
    expect(eventsOf("خبر\n\nوقال المرصد: شنت الطائرات غارات جوية.")).toEqual([]);
  });

  it("reads the places of the hospitals the wounded are taken to as no site of the attack", () => {
    expect(eventsOf("خبر\n\nقتل أربعة مدنيين بغارة جوية على بلدة كفرنبل، ونقل الجرحى إلى مشافٍ في معرة النعمان وسراقب.")).toEqual(["Explosions/Remote violence@كفرنبل"]);
  });

  it("drops a headline's event at a region the body reports in that region's governorate", () => {
    expect(eventsOf("تبادل للقصف في \"المنطقة المنزوعة السلاح\"\n\nوقصفت القوات الحكومية المناطق الغربية من مدينة إدلب بالأسلحة الثقيلة.")).toEqual(["Explosions/Remote violence@إدلب"]);
  });

  it("reads a campaign's toll summed since a day as no event, and an operation named without quotes as no place", () => {
    expect(eventsOf("خبر\n\nوأسفرت الغارات على الغوطة الشرقية منذ 18 فبراير عن مقتل أكثر من 500 مدني.")).toEqual([]);
    expect(eventsOf("خبر\n\nوسيطرت القوات التركية على 15 قرية في منطقة عفرين منذ بدء عملية غصن الزيتون.")).toEqual(["Battles@عفرين"]);
  });

  it("reads forces entering after their name, ground taken by driving others out, and fighters bussed out", () => {
    expect(eventsOf("خبر\n\nوذكرت الوكالة أن وحدات الجيش دخلت بلدة كفربطنا صباح اليوم.")).toEqual(["Strategic developments@كفربطنا"]);
    expect(eventsOf("خبر\n\nوطردت القوات عناصر التنظيم من بلدة الشحيل.")).toEqual(["Battles@الشحيل"]);
    expect(eventsOf("خبر\n\nوخرجت الدفعة الأولى من مقاتلي فيلق الرحمن من عربين وزملكا باتجاه الشمال السوري.")).toEqual(["Strategic developments@عربين", "Strategic developments@زملكا"]);
    expect(eventsOf("خبر\n\nوبدأت الحافلات بنقل المقاتلين وعائلاتهم من مدينة حرستا إلى إدلب.")).toEqual(["Strategic developments@حرستا"]);
    // Where the tanks came from is no site.
    expect(eventsOf("خبر\n\nوقال المراسل إن الدبابات دخلت قرية جباتا الخشب قادمة من جهة بلدة حضر.")).toEqual(["Strategic developments@جباتا الخشب"]);
  });

  it("reads forces entering a place («دخول قوات النظام إلى …») as an event there, and «المدينة» past a quoted name", () => {
    const text = "خبر\n\nاقتحمت قوات النظام مدينة الصنمين بعد اشتباكات.\n\nوقال \"مكتب توثيق الشهداء في درعا\" إن 12 شخصاً قتلوا.\n\nوانتهت المواجهات باتفاق يقضي بدخول قوات النظام إلى الأحياء الغربية من المدينة.";
    expect(run(text).events.filter((e) => e.type === "Strategic developments").map((e) => e.placeKey)).toEqual([run(text).events[0].placeKey]);
  });

  it("reads «بدأت … الانتشار» as a deployment", () => {
    expect(eventsOf("خبر\n\nبدأت وحدات من وزارة الدفاع السورية، الأحد، الانتشار في محيط سد تشرين.")).toEqual(["Strategic developments@سد تشرين"]);
  });

  it("reads what a sentence recalls or commemorates as the past", () => {
    expect(eventsOf("خبر\n\nواستذكر المحتفلون معركة ردع العدوان التي سيطرت خلالها الفصائل على مدينة حلب.")).toEqual([]);
    // «أحياء» (neighbourhoods) is no commemoration, nor the name يحيى.
    expect(eventsOf("خبر\n\nوشهدت أحياء الخالدية والبياضة في حمص مظاهرات حاشدة.")).toEqual(["Protests@الخالدية", "Protests@البياضة"]);
    expect(eventsOf("خبر\n\nوقال يحيى العريضي إن قوات النظام قصفت مدينة دوما.")).toEqual(["Explosions/Remote violence@دوما"]);
  });

  it("reads «سلمي» (peaceful) as no town", () => {
    expect(run("خبر\n\nوقال إن الحراك سلمي ويجب أن يبقى كذلك.").places).toEqual([]);
  });
});

