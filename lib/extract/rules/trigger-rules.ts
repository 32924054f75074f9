// Rules that decide whether a trigger word reports an event, and of which type. Each is data: the
// words it looks for around the trigger (in the trigger's own clause), its effect, a sentence it
// fires on and why. rules/apply-trigger-rules.ts runs them; tests/unit/rule-examples.test.ts checks
// that every example fires its rule.
import { FLIGHT } from "../lexicon/scope";
import { ACCUSATION_REACH, ACCUSATION_WORDS, CIVILIAN_WORDS, DEMONSTRATIVES, GRIEVANCE_WORDS, HYPOTHETICAL, IRREALIS, NEGATION } from "../lexicon/events";
import type { EventType } from "../types";

export type TriggerEffect = { veto: true } | { retype: { type: EventType; subType: string } };

export interface TriggerRule {
  id: string;
  /** the trigger types the rule applies to (all when absent) */
  types?: readonly EventType[];
  /** only for weak triggers (words that are an event only where nothing stronger governs: تدمير، الهجوم) */
  weakOnly?: boolean;
  /** the words just before the trigger, the last one adjacent to it: [["هربا"], ["من"]] */
  justBefore?: readonly (readonly string[])[];
  /** a word within `within` tokens before the trigger, with none of `unlessBetween` between them */
  near?: { words: readonly string[]; within: number; unlessBetween?: readonly string[] };
  /** the word just after the trigger */
  justAfter?: readonly string[];
  /** a word anywhere in the trigger's clause */
  inClause?: readonly string[];
  /** … and none of these words in it */
  unlessInClause?: readonly string[];
  /** a word among the sentence's first `within` tokens, before the trigger: the sentence is governed by it */
  sentenceHead?: { words: readonly string[]; within: number };
  /** only triggers that begin with one of these words */
  onWords?: readonly string[];
  /** only triggers of these sub-types (as the lexicon gives them) */
  subTypes?: readonly string[];
  /** the clause names a bare year ("في العام 2015"، "عام 2012") before the article's own year */
  pastYear?: true;
  effect: TriggerEffect;
  /** a veto of an event only feared, planned or demanded: the place after the trigger is its target, which
   * a real trigger before it does not reach ("اشتباك مع خلية كانت تخطط لهجوم على X") */
  unreal?: true;
  example: string;
  reason: string;
}

const VIOLENT: EventType[] = ["Battles", "Explosions/Remote violence", "Violence against civilians"];
const VETO = { veto: true } as const;

/** Words of a demand, a condition or a negotiation: what one side asks for has not happened. */
export const DEMAND_WORDS = ["مطالب", "مطالبه", "مطالبها", "المطالب", "مطالبات", "يطالب", "تطالب", "طالبت", "طالبوا", "شروط", "شرط", "يشترط", "تشترط",
  // the terms of an agreement: "بنود الاتفاق، التي تشمل … ونشر حواجز لقوى الأمن العام"
  "بنود", "البنود", "بنوده", "بنودها",
  "اشترط", "اشترطت", "مفاوضات", "المفاوضات", "محادثات", "المحادثات", "مقترح", "مقترحات", "مسودة", "عرض", "عرضت", "تضمنت", "يتضمن", "ينص", "تنص"];

/** The nouns of a demand or an offer: a sentence headed by one lists what is asked for ("وتضمنت المطالب …، …، وتسليم المعابر"). */
export const DEMAND_NOUNS = ["بنود", "البنود", "مطالب", "المطالب", "مطالبه", "مطالبها", "شروط", "الشروط", "شروطه", "شروطها", "مقترح", "المقترح", "مقترحات", "المقترحات", "مسودة", "العرض", "مطالبات", "المطالبات"];

/** A relative clause in the past tells what was done: "للمطالبة بمعاقبة X الذي أقدم على إطلاق النار" (the shooting happened). */
export const RELATIVE_PAST = ["الذي", "التي", "الذين", "اللذين", "اللتين"];

/** Words of a chemical or gas attack: ACLED types it as a remote-violence chemical weapon, whoever used it. */
export const CHEMICAL_WORDS = ["كيماوي", "كيماوية", "كيميائي", "كيميائية", "الكيماوي", "الكيميائي", "بالغاز", "السارين", "سارين", "الكلور", "الخردل", "غازات", "سامة", "سام", "بغاز", "الغازات", "الأعصاب"];

export const TRIGGER_RULES: readonly TriggerRule[] = [
  { id: "flight-from", justBefore: [FLIGHT, ["من"]], effect: VETO,
    example: "نزح آلاف المدنيين هرباً من القصف على ريف إدلب.", reason: "the reason people fled, not a report of the shelling" },
  { id: "negated", justBefore: [NEGATION], effect: VETO,
    example: "ومرت الليلة بلا اشتباكات في مدينة درعا.", reason: "a denied event did not happen" },
  { id: "pointed-back", justBefore: [DEMONSTRATIVES], effect: VETO,
    example: "وأدانت الخارجية هذه الغارات على مدينة إدلب.", reason: "a trigger pointed back to (هذه الهجمات) is the event already reported" },
  { id: "hypothetical", justBefore: [HYPOTHETICAL], effect: VETO,
    example: "وحذر من أي هجوم على مدينة إدلب.", reason: "any attack (أي هجوم) is a supposition" },
  { id: "expected", near: { words: IRREALIS, within: 8 }, effect: VETO, unreal: true,
    example: "ويتوقع مراقبون أن تشهد مدينة إدلب اشتباكات عنيفة.", reason: "an expected or feared event has not happened" },
  { id: "figurative-explosion", types: ["Explosions/Remote violence"], justAfter: ["موجة", "موجات", "موقوتة", "موقوت", "الوضع", "الأوضاع", "سكاني", "شعبي", "الغضب", "غضب", "الأزمة", "أزمة", "الشارع", "اجتماعي", "الأسعار", "أسعار", "سعري", "الأسعار،"], effect: VETO,
    example: "وقال إن انفجار الوضع في مدينة درعا بات قريباً.", reason: "an explosive word said of something abstract (انفجار الوضع، قنبلة موقوتة)" },
  { id: "price-explosion", types: ["Explosions/Remote violence"], subTypes: ["Remote explosive/landmine/IED"], inClause: ["أسعار", "الأسعار", "بأسعار", "التضخم", "الليرة", "الدولار", "الإيجارات"], effect: VETO,
    example: "انفجار في أسعار الخضار بأسواق مدينة حمص.", reason: "prices, rents or a currency «exploding» is a figure of speech" },
  { id: "described-as", near: { words: ["وصفه", "وصفها", "وصفته", "وصفوه", "وصفوها", "يصفه", "يصفها", "تصفه", "تصفها", "يوصف", "توصف", "سماه", "سمته", "يسمى", "تسمى"], within: 3 }, effect: VETO,
    example: "وشهد ملعب مدينة حلب ما وصفه المعلقون بانفجار جماهيري بعد الهدف.", reason: "a word someone describes a thing as («ما وصفه … بانفجار») is a figure of speech, not the report of an event" },
  { id: "protesters-as-target", types: ["Protests"], justBefore: [["على", "ضد", "لتفريق", "تفريق", "بتفريق", "استهداف", "بحق"]], effect: VETO,
    example: "وأطلقت قوات الأمن النار لتفريق المتظاهرين في مدينة السويداء.", reason: "protesters shot at are the object; the shooting is the event, not a protest trigger" },
  { id: "operations-room", justBefore: [["غرفة", "غرف", "لغرفة", "بغرفة", "قيادة", "مركز", "إدارة", "ادارة"]], types: ["Battles", "Explosions/Remote violence"], effect: VETO,
    example: "وقالت مصادر في غرفة العمليات المركزية إن المفاوضات جرت في مدينة بصرى الشام.", reason: "غرفة العمليات (operations room), إدارة العمليات: a body's name, not operations carried out" },
  { id: "cultural-event", types: ["Protests"], justAfter: ["ثقافية", "ثقافي", "فنية", "فني", "رياضية", "رياضي", "علمية", "أدبية", "سينمائية", "تجارية", "اقتصادية", "سياحية", "تراثية", "دولية", "كبرى", "احتفالية"], effect: VETO,
    example: "ويقدم الجناح مشهداً من الأماكن المقدسة في تظاهرة ثقافية دولية في مدينة دمشق.", reason: "تظاهرة ثقافية is a festival or fair (Maghreb and Levant usage), not a demonstration" },
  { id: "demanded", types: ["Battles", "Strategic developments", "Explosions/Remote violence"], near: { words: DEMAND_WORDS, within: 8, unlessBetween: RELATIVE_PAST }, effect: VETO, unreal: true,
    example: "وجدد الجانب الروسي مطالبه بتسليم المعابر وسيطرة قوات النظام على بلدة بصرى الشام.", reason: "what one side demands or negotiates has not happened" },
  { id: "demands-listed", types: ["Battles", "Strategic developments", "Explosions/Remote violence"], sentenceHead: { words: DEMAND_NOUNS, within: 4 }, effect: VETO,
    example: "وتضمنت الشروط أيضاً، انسحاب المقاتلين من الأحياء الشرقية، بالإضافة إلى تسليم معبر البوكمال للجيش.", reason: "a sentence that lists demands or terms (its head is the demand) tells what is asked for, in every clause" },
  { id: "overflight", types: ["Explosions/Remote violence"], subTypes: ["Air/drone strike"], justBefore: [["حلقت", "حلق", "تحلق", "يحلق", "تحليق", "تحليقا", "تحليقاً", "وحلقت", "وحلق"]], effect: VETO,
    example: "فيما حلقت طائرات مسيرة فوق بلدة بيت جن طوال الليل.", reason: "aircraft flying over a place is surveillance, not a strike" },
  { id: "worth-recalling", sentenceHead: { words: ["يذكر", "ويذكر", "يشار", "ويشار", "تجدر", "وتجدر"], within: 2 }, effect: VETO,
    example: "ويذكر أن قوات النظام سيطرت على مدينة القصير في حزيران 2013.", reason: "«يذكر أن», «يشار إلى أن» open a reminder of what happened before the news" },
  { id: "downed-aircraft", types: ["Explosions/Remote violence"], subTypes: ["Air/drone strike"], near: { words: ["أسقطت", "أسقط", "إسقاط", "تسقط", "يسقط", "أسقطوا", "أسقطتا", "وأسقطت"], within: 3 }, effect: VETO,
    example: "وقالت وسائل إعلام إن الدفاعات الجوية أسقطت طائرة مسيرة معادية في أجواء ريف حماة.", reason: "an aircraft shot down is the downing (a strategic development), not a strike where it fell" },
  { id: "no-incident", justBefore: [["دون", "بدون", "ودون"], ["تسجيل", "وقوع", "حدوث", "حصول"]], effect: VETO,
    example: "وتفرق المحتجون بعد ساعات دون تسجيل مواجهات.", reason: "what happened «without» is what did not happen" },
  { id: "crowd-violence", types: ["Protests"], weakOnly: true, inClause: ["اقتحم", "اقتحموا", "أضرم", "أضرموا", "هاجم", "هاجموا", "أحرق", "أحرقوا", "حطم", "حطموا", "رشق", "رشقوا", "اعتدى", "اعتدوا"], effect: VETO,
    example: "إذ اقتحم محتجون غاضبون مقراً للحكومة في بلدة سرمدا.", reason: "protesters who storm, burn or attack are a riot, not a peaceful protest" },
  { id: "chemical-weapon", types: VIOLENT, inClause: CHEMICAL_WORDS, effect: { retype: { type: "Explosions/Remote violence", subType: "Chemical weapon" } },
    example: "وقالت الوحدات إن الجيش التركي شن هجوماً بالغاز على قرية في منطقة عفرين.", reason: "ACLED codes any chemical or gas attack as remote violence with a chemical weapon" },
  { id: "after-a-period-of", types: VIOLENT, justBefore: [["بعد", "عقب", "منذ"], ["أسابيع", "أشهر", "شهور", "سنوات", "أعوام", "سنين", "عقود"], ["من"]], effect: VETO,
    example: "ويأتي الاتفاق بعد أشهر من المعارك بين الطرفين في محيط سد تشرين.", reason: "fighting that went on for weeks or months before today's news is background (\"بعد أيام من اشتباكات\" is often the recent clash itself, so days are not listed)" },
  { id: "past-year", pastYear: true, effect: VETO,
    example: "وسيطرت الفصائل المعارضة في العام 2015 على كامل محافظة إدلب.", reason: "a clause dated to an earlier year is background, not today's report" },
  { id: "aid-airdrop", types: ["Battles"], inClause: ["مساعدات", "المساعدات", "مساعدة", "إغاثية", "إنسانية", "غذائية", "أغذية", "مواد", "طرود", "سلال"], effect: VETO,
    example: "ونفذت طائرات روسية عملية إنزال جوي لمساعدات غذائية فوق مدينة دير الزور.", reason: "an airdrop of aid (إنزال جوي لمساعدات) is no raid" },
  { id: "defused", types: ["Explosions/Remote violence"], subTypes: ["Remote explosive/landmine/IED"],
    near: { words: ["فكك", "فككت", "فككوا", "تفكيك", "بتفكيك", "أبطل", "أبطلت", "إبطال", "بإبطال", "ضبط", "ضبطت", "ضبطوا", "عثر", "عثرت", "العثور", "صادر", "صادرت", "مصادرة"], within: 3 },
    effect: { retype: { type: "Strategic developments", subType: "Disrupted weapons use" } },
    example: "وفككت وحدات الهندسة عبوة ناسفة زرعت قرب دوار الساعة في مدينة حمص.", reason: "a bomb defused, found or seized did not explode: ACLED codes it as disrupted weapons use" },
  { id: "air-defence", types: ["Battles"], inClause: ["الدفاعات", "دفاعات", "الدفاع الجوي", "المضادات", "مضادات", "منظومات", "منظومة", "المنظومات"],
    effect: { retype: { type: "Explosions/Remote violence", subType: "Air/drone strike" } },
    example: "وقالت وسائل إعلام رسمية إن الدفاعات الجوية تصدت لعدوان إسرائيلي استهدف مواقع في محيط مطار دمشق الدولي.", reason: "air defences that meet («تصدت») missiles or aircraft answer a strike: the event is the strike, not a ground clash" },
  { id: "attempted-control", subTypes: ["Government regains territory"], near: { words: ["يحاول", "تحاول", "يحاولون", "يسعى", "تسعى", "محاولة", "محاولات", "لمحاولة"], within: 4 }, effect: VETO,
    example: "ويحاول النظام السوري استكمال سيطرته على مدينة دوما.", reason: "an attempt to take ground is no change of hands; the fighting, if any, is reported in its own words" },
  { id: "convoy-attacked", types: ["Strategic developments"], subTypes: ["Other"], justBefore: [["على", "استهدف", "استهدفت", "استهدفوا", "استهداف", "باستهداف", "كمين", "لكمين", "هاجم", "هاجموا", "هاجمت", "مهاجمة"]], effect: VETO,
    example: "وشن مسلحون هجوماً على رتل عسكري على الطريق بين مدينة السخنة وبلدة كباجب.", reason: "a convoy attacked is the target of the attack, which is the event; no reinforcements are reported" },
  { id: "denounced", types: ["Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"], near: { words: GRIEVANCE_WORDS, within: 2 }, effect: VETO, unreal: true,
    example: "وخرجت مظاهرة في حي درعا البلد تنديداً بالهجوم على مدينة الصنمين.", reason: "what a protest denounces or refuses («تندد بالقصف»، «رفضاً لدخول القوات») is its cause, reported elsewhere if at all, not an event here" },
  { id: "slogan", near: { words: ["شعار", "شعارات", "الشعار", "عنوان", "هتافات", "هتاف", "لافتات", "لافتة", "وسم", "هاشتاغ", "هاشتاج"], within: 4 }, effect: VETO, unreal: true,
    example: "وواكب عناصر الأمن التظاهرة تحت شعار \"معاً ضد الهجمات التركية على عفرين\".", reason: "words of a slogan, a banner, a hashtag or a title («تحت شعار»، «تحت عنوان») say what people call for or name, not an event reported here" },
  // Not «تذكر» (also "mentions": «تذكر المصادر»), «إحياء» (folded as «أحياء», neighbourhoods) nor «يحيي» (folded as the name يحيى).
  { id: "remembered", sentenceHead: { words: ["استذكر", "استذكرت", "استذكروا", "يستذكر", "تستذكر", "يستذكرون", "يتذكر", "يتذكرون", "تذكروا",
    "أحيا", "أحيت", "أحيوا", "تحيي", "يحيون"], within: 3 }, effect: VETO,
    example: "واستذكر المحتفلون معركة ردع العدوان التي سيطرت خلالها الفصائل على مدينة حلب.", reason: "what a sentence recalls or commemorates («استذكر»، «أحيا الذكرى») is the past, not today's news" },
  { id: "accusation", near: { words: ACCUSATION_WORDS, within: ACCUSATION_REACH }, effect: VETO,
    example: "وأعلنت إدارة الأمن العام القبض على متورطين في عمليات قتل في حي الزهراء بمدينة حمص.", reason: "what someone is accused of or involved in is the charge, not an event reported here (the arrest is)" },
  { id: "front-line", types: ["Violence against civilians"], subTypes: ["Attack"], inClause: ["محور", "محاور", "المحور", "المحاور", "التماس", "خطوط المواجهة", "خط المواجهة"], unlessInClause: CIVILIAN_WORDS,
    effect: { retype: { type: "Battles", subType: "Armed clash" } },
    example: "كما قتل عنصران من هيئة تحرير الشام برصاص قناص على محور كبانة في ريف اللاذقية.", reason: "fighters shot on a front line («على محور»، «خطوط التماس») fell in the fighting, not in an attack on civilians" },
  { id: "armed-victims", types: ["Violence against civilians"], subTypes: ["Attack"], onWords: ["برصاص", "بطلق", "بطلقات", "رصاص", "اغتيال", "اغتيل", "اغتال", "اغتالوا", "اغتالت"],
    inClause: ["عنصر", "عنصرا", "عنصراً", "عنصران", "عنصرين", "عناصر", "عناصرها", "عناصره", "جندي", "جنديا", "جنديين", "جنود", "ضابط", "ضابطا", "ضباط", "مقاتل", "مقاتلا", "مقاتلين", "مقاتلون", "عسكري", "عسكريين", "عسكريون"],
    unlessInClause: [...CIVILIAN_WORDS, "سابق", "سابقا", "سابقاً", "السابق", "منشق", "المنشق", "متقاعد", "أسير", "أسرى", "معتقل", "معتقلين", "إعدام", "أعدم", "أعدمت", "أعدموا", "ميدانيا", "ميدانياً", "تعذيب", "التعذيب", "ذبح"],
    effect: { retype: { type: "Battles", subType: "Armed clash" } },
    example: "وأعلنت وزارة الداخلية مقتل أحد عناصرها برصاص مهربين قرب بلدة القصير.", reason: "ACLED's attacks on civilians are on the unarmed: members of armed forces shot are a clash (a former fighter, a prisoner or one executed stays a civilian victim)" },
  { id: "drone", types: ["Battles"], weakOnly: true, inClause: ["طيار", "مسيرة", "مسيرات", "درون"], effect: { retype: { type: "Explosions/Remote violence", subType: "Air/drone strike" } },
    example: "وتمكن العسكريون الروس من تدمير طائرتين دون طيار أطلقتا نحو قاعدة حميميم.", reason: "aircraft or drones destroyed or downed are an air attack met, not a ground clash" },
];
