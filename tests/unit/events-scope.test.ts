// How far a trigger reaches: which places of a sentence are the places of its events, and of what type.
import { describe, expect, it } from "vitest";
import { eventPlaces, eventsOf, knowledge, run } from "../helpers/knowledge";

const events = eventsOf;
const at = eventPlaces;

describe("a trigger governs the places of its own clause", () => {
  it("does not reach a place in another clause with no trigger of its own", () => {
    expect(at("شنت الطائرات الحربية غارات على بلدة كنصفرة، في حين عقد المجلس المحلي اجتماعاً في مدينة إدلب لبحث الأوضاع.")).toEqual(["كنصفرة"]);
  });

  it("gives each place the type of the nearest trigger before it", () => {
    expect(events("قتلى مدنيون بقصف مدفعي على سراقب واشتباكات عنيفة في محيط تفتناز")).toEqual([
      "Explosions/Remote violence@سراقب", "Battles@تفتناز",
    ]);
  });

  it("adds what a place witnesses after it (التي تشهد اشتباكات)", () => {
    expect(events("قصفت طائرات حربية أطراف مدينة الباب التي تشهد اشتباكات مستمرة منذ أيام.").sort()).toEqual([
      "Battles@الباب", "Explosions/Remote violence@الباب",
    ]);
  });

  it("carries a fronted place (وفي X،) over to the clauses that follow", () => {
    const r = run("وفي بلدة الكرك الشرقي بريف درعا، قتل شاب، مساء أمس، بانفجار لغم أرضي.");
    expect(r.events.map((e) => e.type)).toEqual(["Explosions/Remote violence"]);
    expect(r.events[0].fatalities).toBe(1);
  });

  it("carries a trigger over a list of places written as clauses", () => {
    expect(at("ألقى الطيران المروحي براميل متفجرة على بلدات اللطامنة، مورك، كفرنبودة.").sort()).toEqual(["اللطامنة", "كفرنبودة", "مورك"]);
  });

  it("reads 'شهدت X، Y، مظاهرات' as protests at each place", () => {
    expect(events("وشهدت مدينة دوما، وبلدة عربين في ريف دمشق، مظاهرات حاشدة ضد النظام.").sort()).toEqual(["Protests@دوما", "Protests@عربين"]);
  });

  it("gives a prepositional adjunct clause the trigger of the clause before", () => {
    expect(events("وتتواصل الاشتباكات العنيفة بين قوات النظام وفصائل المعارضة، على محاور في محيط بلدة كفرنبودة.")).toEqual(["Battles@كفرنبودة"]);
  });

  it("carries a trigger over a time adverbial to a clause that goes on it (بين …، بلدة X)", () => {
    expect(events("اندلعت اشتباكات عنيفة، مساء أمس الأربعاء، بين فصيلين في مدينة اعزاز.")).toEqual(["Battles@أعزاز"]);
    expect(events("قصفت الطائرات الحربية، فجر اليوم، بلدة كفرنبل.")).toEqual(["Explosions/Remote violence@كفرنبل"]);
  });

  it("reads 'تعرضت X، الواقعة في …، لقصف' and a clause interrupted by a short adverbial", () => {
    expect(events("تعرضت مدينة اللطامنة، الواقعة في ريف حماة الشمالي، لقصف مدفعي عنيف.")).toEqual(["Explosions/Remote violence@اللطامنة"]);
    const r = run("قال ناشطون إن قوات النظام اعتقلت، أمس، خمسة شبان في مدينة التل بريف دمشق.");
    expect(r.events.map((e) => [e.type, e.arrested])).toEqual([["Strategic developments", 5]]);
  });

  it("does not reach a place in a phrase of cause", () => {
    expect(events("وقالت مصادر إن الاشتباكات اندلعت على خلفية خلاف على إدارة معبر باب السلامة.")).toEqual([]);
  });

  it("keeps the first end of a road written with a dash", () => {
    expect(at("هجوم استهدف حافلة عسكرية على طريق تدمر – دير الزور.")).toEqual(["تدمر"]);
  });

  it("gives a clause of casualties the event before it", () => {
    const r = run("واستهدفت غارات روسية بلدة كفرنبل، ما أدى لمقتل ثلاثة مدنيين في بلدة حاس.");
    const has = r.events.find((e) => e.placeSurface === "حاس");
    expect(has?.type).toBe("Explosions/Remote violence");
    expect(has?.fatalities).toBe(3);
  });
});

describe("triggers that report no event", () => {
  it("reads a passive killing (اغتيل) as an event", () => {
    expect(events("وكان قيادي سابق في المعارضة قد اغتيل الأسبوع الماضي في مدينة طفس.")).toEqual(["Violence against civilians@طفس"]);
  });

  it("drops an expected, feared or hypothetical event", () => {
    expect(events("ويخشى الأهالي من امتداد المعارك إلى مدينة جسر الشغور في حال استمرار التصعيد.")).toEqual([]);
    expect(events("ويتوقع أن تتجه العمليات العسكرية في المرحلة المقبلة نحو مدينة تل رفعت.")).toEqual([]);
    expect(events("وحذر من أن أي معركة شاملة في إدلب ستكون كارثة.")).toEqual([]);
  });

  it("drops a denied or stopped one, unless the halt is announced", () => {
    expect(events("وطالبت المعارضة بوقف القصف على مدينة إدلب.")).toEqual([]);
    expect(events("وأعلنت قسد تعليق عملياتها العسكرية في ريف دير الزور.")).toEqual(["Strategic developments@محافظة دير الزور"]);
  });

  it("drops events pointed back to with a demonstrative", () => {
    expect(events("وتتزامن هذه الهجمات مع دخول قافلة مساعدات إلى مدينة سراقب.")).toEqual([]);
  });

  it("reads control as a state after تحت، مناطق، الخاضعة ل", () => {
    expect(events("قصفت الطائرات مدينة سراقب الخاضعة لسيطرة فصائل المعارضة.")).toEqual(["Explosions/Remote violence@سراقب"]);
    expect(events("ونزح المدنيون باتجاه مناطق سيطرة قسد في بلدة هجين.")).toEqual([]);
    expect(events("وسيطرت قوات النظام على بلدة كفرنبودة بعد معارك عنيفة.")).toEqual(["Battles@كفرنبودة"]);
  });

  it("drops what happens again and again, and the reason people fled", () => {
    expect(events("وتشهد مدينة درعا عمليات اغتيال شبه يومية منذ توقيع اتفاق التسوية.")).toEqual([]);
    expect(events("ووصل آلاف النازحين إلى مخيمات أطمة، هرباً من القصف على مدينة معرة النعمان.")).toEqual([]);
  });

  it("drops events of another year and tallies over a period", () => {
    expect(events("وشهدت مدينة السويداء احتجاجات مماثلة العام الماضي.")).toEqual([]);
    expect(events("ووثقت الشبكة خلال الشهر الماضي 40 عملية اغتيال في مدينة درعا، أسفرت عن مقتل 25 شخصاً.")).toEqual([]);
  });

  it("needs an aircraft for a downing: إسقاط النظام is no event", () => {
    expect(events("وطالب المتظاهرون في مدينة حماة بإسقاط النظام.")).toEqual(["Protests@حماة"]);
    expect(events("وأسقطت الفصائل طائرة استطلاع فوق بلدة مورك.")).toEqual(["Strategic developments@مورك"]);
  });
});

describe("places that are not where the event is", () => {
  it("skips where people flee from and to, and what they pass through", () => {
    expect(events("وتسبب القصف بنزوح آلاف المدنيين من مدينة معرة النعمان إلى مخيمات أطمة.")).toEqual([]);
    expect(events("واستقدمت قوات النظام تعزيزات عسكرية إلى محيط مدينة طفس عبر محافظة السويداء.")).toEqual(["Strategic developments@طفس"]);
  });

  it("skips where a drone was launched from and a place in an organisation's name", () => {
    expect(at("وأسقطت الدفاعات الجوية في قاعدة حميميم طائرتين مسيرتين أطلقهما المسلحون من مدينة جسر الشغور.")).toEqual(["قاعدة حميميم"]);
    expect(events("وقالت شبكة درعا 24 إن مسلحين فتحوا النار على سيارة عسكرية.")).toEqual([]);
  });

  it("skips where the reporter is (مراسل … في X)", () => {
    expect(at("وقال مراسل عنب بلدي في مدينة إدلب إن طائرات روسية قصفت بلدة كنصفرة.")).toEqual(["كنصفرة"]);
  });

  it("keeps the neighbourhoods hit, not the city that contains them", () => {
    expect(at("سقطت قذائف صاروخية على مدينة حلب، حيث أصابت قذيفتان حي الحمدانية وأخرى حي صلاح الدين.").sort()).toEqual(["الحمدانية", "صلاح الدين"]);
  });

  it("keeps the towns hit, not the governorate around them", () => {
    expect(at("واستهدف الطيران الحربي بلدات تقاد وكفرنوران في ريف حلب الغربي.").sort()).toEqual(["تقاد", "كفرنوران"]);
  });

  it("keeps a headline's event only where the body does not report it", () => {
    const r = run("غارات على ريف إدلب\n\nشنت الطائرات الحربية الروسية غارات على مدينة سراقب بريف إدلب الشرقي.");
    expect(r.events.map((e) => e.placeSurface)).toEqual(["سراقب"]);
  });

  it("reads a governorate's capital named without a cue as the governorate around other places", () => {
    expect(at("وفي درعا، قُتل شاب برصاص مجهولين في بلدة الحراك بريف درعا الشرقي.")).toEqual(["الحراك"]);
    const r = run("احتجاجات في السويداء ومقتل شاب في درعا\n\nوقتل شاب برصاص مجهولين في بلدة الحراك بريف درعا الشرقي.");
    // The headline's protest is reported nowhere else: it stays.
    expect(r.events.map((e) => e.placeSurface)).toEqual(["السويداء", "بلدة الحراك"]);
  });

  it("reads 'عاجل | …' lines as breaking news items, not headings", () => {
    const r = run("تلفزيون سوريا\nعاجل | مقتل عنصرين من قوات النظام بهجوم على حاجز قرب بلدة المزيريب   ● 10:32\n\nاغتيال في درعا\n\nقتل مدني برصاص مجهولين في بلدة اليادودة غربي درعا.");
    expect(r.events.map((e) => [e.placeSurface, e.fromTicker, e.fatalities])).toEqual([["المزيريب", true, 2], ["اليادودة", false, 1]]);
  });

  it("reads 'المدينة'، 'المخيم' as the place of that kind named before", () => {
    expect(events("وصلت قافلة مساعدات إلى مخيم الركبان أمس. وكان سكان المخيم قد نظموا وقفة احتجاجية ضد نقلهم.")).toEqual(["Protests@مخيم الركبان"]);
  });
});

describe("types from the words around the trigger", () => {
  it("makes arson and storming by a crowd a riot, by others property destruction", () => {
    expect(events("اقتحم محتجون غاضبون مبنى المحافظة في مدينة السويداء وأضرموا النار فيه.")).toEqual(["Riots@السويداء"]);
    expect(events("وأحرق عناصر التنظيم منازل المدنيين في بلدة هجين.")).toEqual(["Strategic developments@هجين"]);
  });

  it("makes shooting at protesters excessive force against them, at civilians violence against civilians", () => {
    const r = run("وأطلقت قوات الأمن الرصاص الحي على المتظاهرين في مدينة درعا.");
    expect(r.events.map((e) => [e.type, e.subType])).toEqual([["Protests", "Excessive force against protesters"]]);
    expect(events("وفتح عناصر الحاجز النار على سيارة مدنيين قرب بلدة المزيريب.")).toEqual(["Violence against civilians@المزيريب"]);
  });

  it("reads an attack as a clash unless a weapon of remote violence is named", () => {
    expect(events("وشن مقاتلو المعارضة هجوماً على حاجز لقوات النظام قرب بلدة المزيريب.")).toEqual(["Battles@المزيريب"]);
    expect(events("وشنت قوات النظام هجوماً بطائرات مسيرة على مدينة سراقب.")).toEqual(["Explosions/Remote violence@سراقب"]);
  });

  it("gives a word of targeting the type of the attack named with it", () => {
    expect(events("قُتل 12 عنصراً بهجوم لخلايا التنظيم استهدف حافلة عسكرية قرب مدينة تدمر.")).toEqual(["Battles@تدمر"]);
    expect(events("استهدفت قوات النظام بقذائف المدفعية بلدة كنصفرة.")).toEqual(["Explosions/Remote violence@كنصفرة"]);
  });

  it("reads a body found shot as a killing", () => {
    const r = run("وعثر الأهالي على جثة شاب مقتولاً بطلق ناري في بلدة سرمدا.");
    expect(r.events.map((e) => [e.type, e.fatalities])).toEqual([["Violence against civilians", 1]]);
  });

  it("gives a word of killing the type of the weapon that caused it", () => {
    const r = run("قتل طفلان شقيقان بانفجار لغم أرضي في بلدة تفتناز.");
    expect(r.events.map((e) => [e.type, e.fatalities])).toEqual([["Explosions/Remote violence", 2]]);
  });

  it("reads reinforcements and concluded agreements as strategic developments", () => {
    expect(events("واستقدمت الفرقة الرابعة تعزيزات عسكرية إلى محيط مدينة طفس.")).toEqual(["Strategic developments@طفس"]);
    expect(events("وأعلن عن التوصل إلى اتفاق بوساطة روسية، خلال اجتماع عقد في مدينة بصرى الشام.")).toEqual(["Strategic developments@بصرى"]);
  });
});

describe("clause scope past parenthetical clauses and at the origin of fire", () => {
  it("carries a trigger to a prepositional adjunct past clauses of time and of the sides", () => {
    expect(at("تدور معارك عنيفة، منذ ساعات الصباح، بين قوات النظام من جهة، والفصائل المقاتلة من جهة أخرى، على أطراف بلدة اللطامنة.")).toEqual(["اللطامنة"]);
    expect(at("تتواصل الاشتباكات، لليوم الثالث، بين قسد وفصائل الجيش الوطني، في محيط قرية تل تمر.")).toContain("تل تمر");
  });

  it("does not take the place the fire came from for the place it fell on", () => {
    expect(at("أصيب ثلاثة مدنيين جراء قذائف أطلقتها قوات النظام من مواقعها في بلدة جورين على مدينة جسر الشغور.")).toEqual(["جسر الشغور"]);
    expect(at("وسقطت صواريخ أطلقتها الفصائل من نقاطها في قرية الزيارة على بلدة سلحب.")).toEqual(["سلحب"]);
    // Without fire, positions in a place are where the event is: "هاجمت الفصائل مواقع قوات النظام في X".
    expect(at("هاجمت الفصائل مواقع قوات النظام في بلدة كفرنبودة.")).toEqual(["كفرنبودة"]);
  });
});

describe("background and round-up sentences report no event", () => {
  it("takes a sentence framed by منذ and another event or a date as background", () => {
    expect(at("ومنذ سقوط النظام، سيطرت فصائل المعارضة على مدينة حماة وتقدمت نحو مدينة حمص.")).toEqual([]);
    expect(at("ومنذ الخامس من آذار الماضي، قصفت قوات النظام بلدة كنصفرة مرات عديدة.")).toEqual([]);
    // Today's fighting is news: "منذ فجر اليوم"، "منذ ساعات".
    expect(at("ومنذ فجر اليوم، تقصف قوات النظام بلدة كنصفرة براجمات الصواريخ.")).toEqual(["كنصفرة"]);
  });

  it("takes a toll documented over a period as a round-up, not an event", () => {
    expect(at("ووثقت الشبكة مقتل 45 مدنياً في محافظة إدلب خلال النصف الأول من الشهر الجاري.")).toEqual([]);
    expect(at("ورصد المرصد مقتل 19 شخصاً في ريف دير الزور منذ مطلع الشهر.")).toEqual([]);
  });

  it("takes a disengagement agreement (فك الاشتباك) for no clash", () => {
    expect(at("وأعلن الوزير أن اتفاقية فك الاشتباك في الجولان لم تعد قائمة.")).toEqual([]);
  });
});

describe("where people come from", () => {
  it("is not the place of the shelling they fled, also past ريف", () => {
    expect(at("ودفع القصف عشرات العائلات إلى النزوح من قرى ريف سراقب نحو الحدود.")).toEqual([]);
  });

  it("is the place of their protest", () => {
    expect(at("وخرج المئات من أهالي مدينة سلمية في وقفة احتجاجية أمام مبنى البلدية.")).toEqual(["السلمية"]);
    expect(at("وتظاهر العشرات من أبناء بلدة الكرك الشرقي للمطالبة بالإفراج عن المعتقلين.")).toEqual(["الكرك الشرقي"]);
    // Not where people taken away come from.
    expect(at("واعتقلت دورية ثلاثة شبان من أبناء مدينة طفس.")).not.toContain("طفس");
  });
});

describe("coordinated adjuncts, moving targets and headlines", () => {
  it("carries a trigger over an adjunct joined by و to the adjunct before it", () => {
    expect(at("وتدور اشتباكات عنيفة، منذ الصباح، على أطراف مدينة رأس العين، وفي محيط مدينة تل أبيض.").sort()).toEqual(["تل أبيض", "رأس العين"]);
    expect(at("تواصلت المعارك، على محور بلدة كبانة، وعلى أطراف قرية الكبير.")).toContain("كبانة");
  });

  it("does not take the place a convoy was heading from for the place of the attack", () => {
    expect(at("استهدفت مسيرة تركية حافلة كانت متجهة من مدينة الرقة نحو الحدود.")).not.toContain("الرقة");
    expect(at("قصفت الطائرات سيارة مدنية قادمة من بلدة سراقب.")).not.toContain("سراقب");
  });

  it("drops a headline event that sums up the same kind of event reported nearby in the body", () => {
    const r = run("اشتباكات عنيفة في ريف منبج\n\nتدور اشتباكات عنيفة بين الفصائل وقسد على محور جسر قره قوزاق.\n\nوقصفت المدفعية قرية أخرى.");
    expect(r.events.map((e) => e.placeSurface)).toEqual(["جسر قره قوزاق"]);
    const q = run("معارك في ريف حماة الشمالي\n\nاندلعت معارك عنيفة على أطراف بلدة كفرنبودة.");
    expect(q.events.map((e) => e.placeSurface)).toEqual(["كفرنبودة"]);
  });
});

describe("a clause that points back with خلالها/فيها", () => {
  it("gives its trigger to the place of the clause before", () => {
    expect(at("ونفذت القوات الأمريكية عملية إنزال جوي في بلدة الشحيل، قُتل خلالها قيادي في التنظيم.")).toEqual(["الشحيل"]);
    expect(at("وشنت دورية للأمن العسكري حملة في مدينة نوى فجر اليوم، اعتقلت فيها أربعة شبان.")).toContain("نوى");
  });

  it("counts the casualties of that clause there", () => {
    const r = run("وجرت عملية تمشيط في قرية الطيانة، قتل خلالها ثلاثة مسلحين.");
    expect(r.events.map((e) => [e.placeSurface, e.fatalities])).toEqual([["الطيانة", 3]]);
  });
});

describe("a settlement of status is a strategic development where its people live", () => {
  it("takes a settlement carried out (أجرت تسوية، عمليات التسوية) as an agreement", () => {
    expect(events("وأجرت اللجنة الأمنية التابعة للنظام تسوية لأوضاع 150 شاباً في بلدة المسيفرة.")).toEqual(["Strategic developments@المسيفرة"]);
    expect(events("وتستمر عمليات التسوية في مدينة جاسم لليوم الرابع.")).toEqual(["Strategic developments@جاسم"]);
  });

  it("places it at the town of the men settled", () => {
    expect(at("أجرت الأجهزة الأمنية تسوية لأوضاع نحو ستين شاباً من أبناء بلدة المسيفرة.")).toEqual(["المسيفرة"]);
  });
});

describe("an explosive word said of something abstract", () => {
  it("reports no explosion (قنبلة موقوتة، انفجار الوضع، انفجار سكاني)", () => {
    expect(at("وحذر مسؤول من أن سجن غويران في مدينة الحسكة قنبلة موقوتة.")).toEqual([]);
    expect(at("ويخشى ناشطون انفجار الوضع في مدينة السويداء.")).toEqual([]);
    expect(at("وتعاني مدينة إدلب من انفجار سكاني بعد موجات النزوح.")).toEqual([]);
  });

  it("still reports a real one", () => {
    expect(at("انفجرت قنبلة يدوية في سوق مدينة الباب.")).toEqual(["الباب"]);
  });
});
