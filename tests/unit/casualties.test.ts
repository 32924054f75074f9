// Casualty counts: which number a word of killing, wounding or arrest governs, and which event it goes to.
import { describe, expect, it } from "vitest";
import { buildContext } from "@/lib/extract/context";
import { findCasualties } from "@/lib/extract/casualties";
import { run } from "../helpers/knowledge";

/** [kind, count] for each casualty word of a one-sentence text. */
function counts(text: string) {
  const ctx = buildContext(text);
  return ctx.sentences.flatMap((s) => findCasualties(ctx, s)).map((c) => [c.kind, c.count]);
}
const killed = (text: string) => counts(text).filter(([k]) => k === "killed").map(([, n]) => n);

describe("casualty counts", () => {
  it("counts one person for a singular noun with a possessive («مقتل سائقها»), none for a plural one", () => {
    expect(killed("ما أدى إلى مقتل سائقها وإصابة امرأة.")).toEqual([1]);
    expect(killed("وأسفر الهجوم عن اغتيال شقيقه.")).toEqual([1]);
    expect(killed("ما أدى إلى مقتل عناصرها.")).toEqual([null]);
  });

  it("reads a singular verb before a plural subject («لقي ثلاثة مدنيين حتفهم»)", () => {
    expect(killed("ولقي ثلاثة مدنيين حتفهم.")).toEqual([3]);
  });

  it("reads the subject of «لقي … حتفهم» with a compound number and a qualifier between", () => {
    expect(killed("لقي أحد عشر عنصراً من قوات النظام حتفهم في كمين.")).toEqual([11]);
  });

  it("counts the victims after a verb whose subject is the killers («مسلحون مجهولون اغتالوا قيادياً»)", () => {
    expect(killed("وأفادت مصادر بأن مسلحين مجهولين اغتالوا قيادياً سابقاً في مدينة طفس.")).toEqual([1]);
    expect(killed("قتل مسلحون مجهولون شاباً في بلدة نوى.")).toEqual([1]);
    expect(killed("قتلت قوات النظام شاباً في بلدة نوى.")).toEqual([1]);
    expect(killed("قتل مسلحون ثلاثة مدنيين في بلدة نوى.")).toEqual([3]);
    // The subject of a verb of being killed is still its victims.
    expect(killed("وأفاد المرصد بأن أربعة مقاتلين قتلوا في مدينة تدمر.")).toEqual([4]);
  });

  it("reads a total after a short phrase of time («ليبلغ عدد الضحايا في ذلك اليوم ألفاً وثلاثمئة»)", () => {
    expect(killed("ليبلغ عدد الضحايا في ذلك اليوم ألفًا وثلاثمئة شخص.")).toEqual([1300]);
    expect(killed("وبلغ عدد القتلى في ذلك اليوم 50 شخصاً.")).toEqual([50]);
  });

  it("adds the other side's dead written after «مقابل»", () => {
    expect(killed("وقتل 12 عنصراً من قوات النظام مقابل 7 من مقاتلي هيئة تحرير الشام في معارك.")).toEqual([19]);
  });

  it("gives a protest no toll from the killing it protests against", () => {
    expect(killed("وتظاهر العشرات احتجاجاً على مقتل ثلاثة شبان.")).toEqual([]);
    expect(killed("وخرجت مظاهرة تنديداً بمقتل ناشط.")).toEqual([]);
    expect(run("خبر\n\nوأحرق محتجون غاضبون إطارات في مدينة شهبا، احتجاجاً على مقتل شاب برصاص مجهولين.").events.map((e) => [e.type, e.fatalities]))
      .toEqual([["Riots", 0]]);
  });

  it("reads the count after a verb or noun of killing", () => {
    expect(killed("قتل سبعة مدنيين بقصف على البلدة.")).toEqual([7]);
    expect(killed("ما أدى إلى مقتل 40 إرهابياً على الأقل.")).toEqual([40]);
    expect(killed("وقتلوا أكثر من 20 من عناصر الفصائل.")).toEqual([20]);
    expect(killed("قُتل فيه 22 عنصراً من قوات النظام.")).toEqual([22]);
    expect(killed("أسفرت عن مقتل عشرات العناصر من التنظيم.")).toEqual([10]);
    expect(killed("وأودى القصف بحياة ١٦ مدنياً.")).toEqual([16]);
    expect(killed("ولقي خمسة مدنيين مصرعهم بقصف مدفعي.")).toEqual([5]);
    expect(killed("ما أدى إلى استشهاد الأطفال الثلاثة.")).toEqual([3]);
  });

  it("reads the subject before a verb of killing, the total before بينهم", () => {
    expect(killed("وأضاف أن أربعة مقاتلين من قسد قتلوا بانفجار ألغام.")).toEqual([4]);
    expect(killed("القتلى هم سبعة مدنيين بينهم ثلاثة أطفال قضوا جراء غارات روسية.")).toContain(7);
    expect(killed("ومواطنتان قتلتا في قصف صاروخي.")).toEqual([2]);
    expect(killed("ورجل وزوجته قضيا جراء برميل متفجر.")).toEqual([2]);
    expect(killed("إضافة إلى طفل فارق الحياة متأثراً بجراحه.")).toEqual([1]);
  });

  it("counts victim nouns from the number before them, and two in the dual", () => {
    expect(killed("ما أدى إلى ارتقاء ٥٣ شهيداً من المدنيين.")).toEqual([53]);
    expect(killed("انفجار سيارة مفخخة يوقع قتيلين.")).toEqual([2]);
    expect(killed("ما أدى إلى مقتله على الفور.")).toEqual([1]);
  });

  it("adds coordinated counts and people", () => {
    expect(killed("ووثق المرصد مقتل 9 عناصر من قوات النظام و6 مقاتلين من الفصائل.")).toEqual([15]);
    expect(killed("ما أدى لمقتل امرأة وطفلها.")).toEqual([2]);
    expect(killed("قتل قيادي في الفرقة الرابعة وعنصران من مرافقيه بكمين.")).toEqual([3]);
  });

  it("reads 'قضى على' (eliminated) with its object's count", () => {
    expect(killed("ودمرت وحدات الجيش آليات للمسلحين وقضت على عدد منهم.")).toEqual([3]);
  });

  it("keeps killed, injured and arrested apart", () => {
    expect(counts("قُتل ثلاثة أشخاص على الأقل وأصيب أكثر من 20 آخرين، أمس الاثنين.")).toEqual([["killed", 3], ["injured", 20]]);
    expect(counts("وشنت قسد حملة اعتقالات طالت 15 شاباً.")).toEqual([["arrested", 15]]);
    expect(counts("واعتقلت قوات الأمن 12 شخصاً عند حاجز.")).toEqual([["arrested", 12]]);
  });

  it("reads no count where the text gives none, and no weekday as a number", () => {
    expect(killed("ومنذ أيام أسفرت الهجمات عن مقتل وجرح المئات.")).toEqual([null]);
    expect(killed("قتل مدني أمس الاثنين في البلدة.")).toEqual([1]);
  });
});

describe("fatalities on events", () => {
  it("gives each clause's count to the place of that clause", () => {
    const r = run("وقال المرصد إن القتلى هم سبعة مدنيين قضوا جراء غارات روسية على مدينة كفرنبل، ومواطنتان قتلتا في قصف صاروخي استهدف بلدة حاس، ورجل قضى جراء برميل متفجر على قرية الحويز.");
    expect(Object.fromEntries(r.events.map((e) => [e.placeSurface, e.fatalities]))).toEqual({ "كفرنبل": 7, "حاس": 2, "الحويز": 1 });
  });

  it("records 0 when only injuries are reported, null when deaths are not counted", () => {
    expect(run("أصيب مدنيان بجروح جراء قصف صاروخي على بلدة الأتارب.").events[0].fatalities).toBe(0);
    expect(run("قتلى مدنيون بقصف تركي على مدينة القامشلي.").events[0].fatalities).toBeNull();
  });

  it("does not give the event before a count of many events over a period", () => {
    const r = run("عنوان\n\nشنت طائرات حربية غارات على بادية السخنة بريف حمص الشرقي.\n\nوتشهد البادية منذ مطلع العام هجمات متكررة أسفرت عن مقتل أكثر من 200 عنصر.");
    expect(r.events.map((e) => e.fatalities)).toEqual([0]);
  });

  it("gives a count in the next sentence to the event before it, past a photo caption", () => {
    const r = run("عنوان\n\nسيطرت قوات النظام على بلدة كفرنبودة بعد معارك عنيفة.\n\nدبابة في البلدة - صورة من الأرشيف\n\nوأسفرت المعارك عن مقتل 40 عنصراً من الفصائل.");
    expect(r.events.map((e) => e.fatalities)).toEqual([40]);
  });
});

describe("killing words beyond قتل: execution, assassination, the passive participle", () => {
  it("counts the victims of an execution or an assassination", () => {
    expect(killed("نفذ التنظيم حكم الإعدام بحق رجلين، وأعدم خمسة عناصر من الجيش الحر في ساحة البلدة.")).toContain(5);
    expect(killed("أقدمت الهيئة على إعدام أربعة موقوفين رمياً بالرصاص.")).toEqual([4]);
    expect(killed("اغتال مجهولون، فجر اليوم، مختار القرية أمام منزله.")).toEqual([1]);
    expect(killed("واغتيل طبيب يعمل في المستشفى الوطني برصاص مسلحين.")).toEqual([1]);
  });

  it("counts nothing for an attempt or a sentence that was not carried out", () => {
    expect(killed("نجا قيادي في الفصائل من محاولة اغتيال بعبوة ناسفة.")).toEqual([]);
    expect(killed("وأصدرت المحكمة حكماً بإعدام ثلاثة متهمين.")).toEqual([]);
  });

  it("counts two for a dual victim noun, also in a construct or as a participle", () => {
    expect(killed("عثر الأهالي على جثتي شابين قرب الطريق العام.")).toContain(2);
    expect(killed("وجدت امرأتان مقتولتين داخل منزلهما.")).toEqual([2]);
    expect(killed("انتشل الدفاع المدني جثتين من تحت الأنقاض.")).toEqual([2]);
  });

  it("reads a denied toll as no deaths, not as an uncounted one", () => {
    expect(killed("سقطت قذائف على الحي دون تسجيل قتلى.")).toEqual([0]);
    expect(killed("ولم تسفر الغارة عن وقوع ضحايا.")).toEqual([0]);
    expect(killed("انفجرت عبوة ناسفة دون أن تسفر عن قتلى.")).toEqual([0]);
    // Deaths not yet identified are deaths: "لم يتم التعرف على هوية القتلى".
    expect(killed("ولم يتم التعرف على هوية القتلى حتى الآن.")).toEqual([null]);
    expect(run("ألقت المروحيات براميل متفجرة على بلدة كفرزيتا، دون وقوع قتلى، واقتصرت الأضرار على المادية.").events[0].fatalities).toBe(0);
    expect(run("قصفت قوات النظام بلدة اللطامنة، ما أدى إلى إصابة ثلاثة مدنيين، ولم يسجل سقوط قتلى.").events[0].fatalities).toBe(0);
  });
});

describe("a following sentence that only counts the dead", () => {
  it("adds the dead of the other side set against the first (في حين، فيما، بينما)", () => {
    const r = run("عنوان\n\nاندلعت اشتباكات عنيفة بين قوات النظام والفصائل على محور بلدة كبانة.\n\nووثق المرصد مقتل سبعة من عناصر قوات النظام، في حين قُتل أربعة من مقاتلي الفصائل.");
    expect(r.events.map((e) => e.fatalities)).toEqual([11]);
    const q = run("عنوان\n\nهاجمت خلايا التنظيم نقاطاً لقسد في بلدة الشحيل.\n\nوقُتل خلال الهجوم ثلاثة عناصر من قسد، فيما قتل مهاجمان اثنان.");
    expect(q.events.map((e) => e.fatalities)).toEqual([5]);
  });
});
