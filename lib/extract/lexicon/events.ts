// Trigger words for ACLED's event types and sub-types (ACLED's published codebook gives the
// taxonomy; the Arabic words are those Syrian outlets use). A trigger is matched on a word's stem:
// the word as written, or without a clitic or the article (قصف، بقصف، والقصف), with an attached
// pronoun (عملياتها، سيطرته) or the accusative alif (هجوماً).
// strong: the word alone makes an event; weak: only where no strong trigger governs the place, and
// only for places that follow it.
import type { EventType } from "../types";

export interface Trigger {
  words: string[];
  type: EventType;
  subType: string;
  strong: boolean;
  /** the word is a trigger only with one of these words within `window` tokens after it ("إسقاط طائرة") */
  needsAfter?: string[];
  /** … or before it ("أعادت … الأمن والاستقرار") */
  needsBefore?: string[];
  window?: number;
  /** seizing and holding territory: the noun also describes a state ("تحت سيطرة"), see STATIVE_BEFORE */
  control?: boolean;
  /** arson and storming: a riot when a crowd does it, property destruction otherwise */
  crowd?: boolean;
  /** shooting: violence against civilians when civilians are shot at, a clash otherwise */
  shooting?: boolean;
  /** a word of killing: it reports an outcome, the weapon named with it gives the type */
  outcome?: boolean;
  /** a word of targeting: the other trigger of its clause gives the type */
  neutral?: boolean;
  /** not with an attached pronoun: "مسيرته" is one's career, not a march */
  noPronoun?: boolean;
  /** a present-tense verb, also said of other things ("يستعيد كثيرون تحذير…"): an event only with a place after it */
  needsPlace?: boolean;
}

const AIRCRAFT = ["طائرة", "طائرات", "مسيرة", "مسيرات", "مروحية", "مروحيات", "درون", "حوامة", "مقاتلة", "طائرتين", "طائرتي", "صاروخ", "صواريخ"];

export const TRIGGERS: Trigger[] = [
  { words: ["غارة", "غارات", "ضربة جوية", "ضربات جوية", "قصف جوي", "الطيران الحربي", "طائرات حربية", "الطائرات الحربية", "الطيران المروحي", "طيران مروحي", "براميل", "البراميل المتفجرة", "برميل متفجر", "طائرة مسيرة", "طائرات مسيرة", "مسيرة انتحارية", "طائرتان مسيرتان", "طائرتين مسيرتين", "غارتان", "طائرة دون طيار", "طائرات دون طيار", "طائرتين دون طيار", "طائرة بدون طيار", "طائرات بدون طيار", "سلاح الجو", "الطيران الروسي", "المقاتلات", "غارتين"], type: "Explosions/Remote violence", subType: "Air/drone strike", strong: true },
  { words: ["قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "قذائف", "قذيفة", "قذيفتان", "قذيفتين", "صواريخ", "صاروخ", "صاروخان", "صاروخين", "صاروخية", "مدفعي", "مدفعية", "راجمات", "هاون", "استهدف بالمدفعية"], type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", strong: true },
  { words: ["انفجار", "انفجاران", "انفجارين", "انفجرت", "انفجر", "عبوة ناسفة", "عبوة", "عبوتان", "عبوتين", "عبوتان ناسفتان", "عبوتين ناسفتين", "لغم", "ألغام", "مفخخة", "تفجير", "دراجة مفخخة", "سيارة مفخخة", "قنبلة", "قنابل"], type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", strong: true },
  { words: ["انتحاري", "هجوم انتحاري"], type: "Explosions/Remote violence", subType: "Suicide bomb", strong: true },
  { words: ["اشتباك", "اشتباكات", "اشتبك", "اشتبكت", "معارك", "معركة", "مواجهات", "تبادل إطلاق النار", "كمين", "نيران رشاشات", "تصدت", "تصدى", "صدوا", "صدت", "محاولة تسلل", "محاولة التسلل", "محاولات تسلل", "محاولات التسلل", "حاولت التسلل", "حاولوا التسلل", "حاول التسلل", "هجوم بري", "اقتحام", "اقتحمت", "اقتحم", "اقتحموا"], type: "Battles", subType: "Armed clash", strong: true },
  // "فتح عناصر الحاجز النار": the shooters between the verb and its object.
  { words: ["فتح", "فتحت", "فتحوا"], type: "Battles", subType: "Armed clash", strong: true, shooting: true, needsAfter: ["النار", "نيران", "نيرانها"], window: 6 },
  { words: ["فتحت نيران", "فتح نيران", "فتحت النار", "فتحوا النار", "أطلقت النار", "أطلقوا النار", "أطلق النار", "إطلاق النار", "إطلاق الرصاص", "أطلقت الرصاص", "أطلقوا الرصاص"], type: "Battles", subType: "Armed clash", strong: true, shooting: true },
  // "إطلاق عناصر من قسد النار على محتجين": the object comes after the shooters.
  { words: ["إطلاق", "أطلقت", "أطلقوا", "أطلق"], type: "Battles", subType: "Armed clash", strong: true, shooting: true, needsAfter: ["النار", "الرصاص", "نار", "رصاص"], window: 8 },
  // A heliborne raid ("نفذ التحالف عملية إنزال جوي في بلدة X"): troops landed to fight or seize someone.
  // An airdrop of aid is no raid (rules/trigger-rules.ts, "aid-airdrop").
  { words: ["إنزال جوي", "إنزالا جويا", "إنزالاً جوياً", "إنزال مظلي", "عملية إنزال", "عملية الإنزال", "الإنزال الجوي", "إنزالاً", "إنزالا"], type: "Battles", subType: "Armed clash", strong: true },
  { words: ["سيطرة", "السيطرة", "سيطر", "سيطرت", "سيطروا", "بسطت", "بسط", "استعاد", "استعادت", "استعادة", "تقدم", "تقدمت", "انتزاع", "انتزعت", "أحكم", "أحكمت", "حرر", "حررت", "حرروا",
    // "بعد طرد المسلحين منها"، "طردت القوات عناصر التنظيم من البلدة": ground taken by driving the other side out.
    "طرد", "طردت", "طردوا"], type: "Battles", subType: "Government regains territory", strong: true, control: true },
  { words: ["يستعيد", "تستعيد", "يحكم", "تحكم", "تحرر", "يحرر", "يسيطر", "تسيطر"], type: "Battles", subType: "Government regains territory", strong: true, control: true, needsPlace: true },
  // The official press's idiom for retaking ground: "أعادت الأمن والاستقرار إلى …".
  { words: ["الأمن والاستقرار"], type: "Battles", subType: "Government regains territory", strong: true, needsBefore: ["أعاد", "أعادت", "إعادة", "تعيد", "يعيد"], window: 4 },
  // Also a settlement of status carried out: "أجرت الأجهزة الأمنية تسوية لأوضاع …"، "تتواصل عمليات التسوية في X".
  { words: ["اتفاق", "اتفاقا", "اتفاقية", "تسوية", "تسويات"], type: "Strategic developments", subType: "Agreement", strong: false, needsBefore: ["التوصل", "توصل", "توصلت", "توقيع", "وقع", "وقعت", "أبرم", "أبرمت", "إبرام", "عقد", "عقدت",
    "أجرت", "أجرى", "أجروا", "إجراء", "عملية", "عمليات", "مركز", "مراكز", "انطلاق", "انطلقت"], window: 5 },
  { words: ["إعدام", "أعدم", "أعدمت", "اغتيال", "اغتال", "اغتالت", "اغتالوا", "اغتيل", "اغتيلت", "اغتيلوا", "أعدموا", "برصاص", "بطلق ناري", "بطلقات نارية", "جثة", "جثث", "جثمان", "رصاص مجهولين", "على يد مجهولين", "تعذيب", "تحت التعذيب", "ذبح", "تصفية"], type: "Violence against civilians", subType: "Attack", strong: true },
  // A beating (ACLED: an attack on civilians, non-lethal): "اعتدى عناصر الحاجز على سائق بالضرب"، "تعرض لضرب مبرح".
  { words: ["بالضرب", "للضرب", "ضربا", "ضرباً", "لضرب"], type: "Violence against civilians", subType: "Attack", strong: true,
    needsBefore: ["اعتدى", "اعتدت", "اعتدوا", "الاعتداء", "تعرض", "تعرضت", "تعرضوا", "انهالوا", "انهال"], window: 6 },
  { words: ["الضرب المبرح", "ضرب مبرح", "بالضرب المبرح", "ضربا مبرحا", "ضرباً مبرحاً"], type: "Violence against civilians", subType: "Attack", strong: true },
  { words: ["خطف", "اختطاف", "اختطف", "اختطفت", "اختطفوا", "خطفت", "مختطف", "إخفاء قسري", "تغييب قسري"], type: "Violence against civilians", subType: "Abduction/forced disappearance", strong: true },
  { words: ["مظاهرة", "مظاهرات", "مظاهرتين", "تظاهرة", "تظاهرات", "تظاهر", "تظاهروا", "متظاهرين", "متظاهرون", "احتجاج", "احتجاجات", "وقفة احتجاجية", "وقفات احتجاجية", "اعتصام", "اعتصم", "احتج", "احتجوا", "إضراب", "إضراب عام"], type: "Protests", subType: "Peaceful protest", strong: true },
  // "نظم العشرات وقفة في ساحة المرجة للمطالبة بالكشف عن مصير المفقودين": a stand is a protest by what it is for.
  { words: ["وقفة", "وقفات"], type: "Protests", subType: "Peaceful protest", strong: false,
    needsAfter: ["تضامنية", "صامتة", "احتجاجية", "للمطالبة", "للتنديد", "تنديدا", "احتجاجا", "رفضا", "للتضامن", "تطالب", "طالبوا", "طالب", "رافعين", "رفعوا"], window: 6 },
  // A march: "خرج العشرات في مسيرة جابت شوارع المدينة" (not the drone, "طائرة مسيرة"): by who marches or how.
  { words: ["مسيرة", "مسيرات"], type: "Protests", subType: "Peaceful protest", strong: true,
    needsBefore: ["خرج", "خرجت", "خرجوا", "نظم", "نظمت", "نظموا", "انطلقت", "انطلقوا"], window: 7, noPronoun: true },
  { words: ["مسيرة", "مسيرات"], type: "Protests", subType: "Peaceful protest", strong: true,
    needsAfter: ["احتجاجية", "شعبية", "سلمية", "حاشدة", "جابت", "تضامنية", "مؤيدة", "مناهضة", "غاضبة", "راجلة", "بالسيارات", "جماهيرية"], window: 2, noPronoun: true },
  // "تجمع مئات المحتجين في ساحة …": the protesters name a protest where nothing stronger governs ("اقتحم محتجون مقراً" is a riot).
  { words: ["محتجين", "محتجون"], type: "Protests", subType: "Peaceful protest", strong: false },
  { words: ["أعمال شغب", "شغب", "أعمال عنف", "رشق بالحجارة"], type: "Riots", subType: "Violent demonstration", strong: true },
  { words: ["أضرم", "أضرموا", "أضرمت", "أحرق", "أحرقوا", "أحرقت", "حرق", "إحراق", "حطم", "حطموا", "تحطيم"], type: "Riots", subType: "Violent demonstration", strong: true, crowd: true },
  // "ألقت قوات الأمن القبض على ثلاثة أشخاص"، "أعلنت الوزارة القبض على خلية": an arrest in other words.
  { words: ["اعتقال", "اعتقالات", "اعتقل", "اعتقلت", "اعتقلوا", "تعتقل", "يعتقل", "القبض", "قبضت", "توقيف", "حملة دهم", "مداهمة", "مداهمات", "داهمت", "داهم", "داهموا", "دهمت", "احتجاز", "احتجزت", "التجنيد الإجباري", "التجنيد الاجباري"], type: "Strategic developments", subType: "Arrests", strong: true },
  // A security sweep is a search-and-arrest operation: "أطلقت … حملة أمنية في أحياء X"، "وشملت الحملة حيي X وY".
  { words: ["حملة أمنية", "حملة تمشيط", "حملة تفتيش", "حملة مداهمات", "حملة اعتقال", "حملات دهم", "حملات أمنية"], type: "Strategic developments", subType: "Arrests", strong: true },
  { words: ["الحملة", "الحملات"], type: "Strategic developments", subType: "Arrests", strong: true, needsBefore: ["شملت", "شمل", "طالت", "طال", "امتدت", "استهدفت"], window: 2 },
  { words: ["إسقاط", "تسقط", "أسقطت", "أسقط", "يسقط", "أسقطوا"], type: "Strategic developments", subType: "Disrupted weapons use", strong: true, needsAfter: AIRCRAFT, window: 8 },
  // Reinforcements sent to a front (ACLED: strategic development, "Other").
  { words: ["تعزيزات", "تعزيزات عسكرية", "أرتال", "رتل", "عززت", "عزز", "تستقدم", "يستقدم", "استقدمت", "استقدم"], type: "Strategic developments", subType: "Other", strong: true },
  { words: ["انسحاب", "انسحبت", "انسحب", "تسليم"], type: "Strategic developments", subType: "Non-violent transfer of territory", strong: false },
  // Evacuation and surrender deals that bus fighters and people out (ACLED: non-violent transfer of territory).
  { words: ["إجلاء", "إجلاؤهم", "إخلاء", "إخلاؤها", "خروج المقاتلين", "خروج المسلحين", "خروج مقاتلي", "خروج مسلحي", "خروج الدفعة", "الدفعة الأولى من المهجرين", "حافلات التهجير", "قوافل المهجرين",
    // "بدأت الحافلات بنقل المقاتلين وعائلاتهم من مدينة حرستا"، "وخرجت الدفعة الأولى من مقاتلي فيلق الرحمن من عربين"
    "نقل المقاتلين", "بنقل المقاتلين", "نقل المسلحين", "بنقل المسلحين", "خرجت الدفعة", "الدفعة الأولى من مقاتلي", "الدفعة الأولى من المقاتلين", "دفعة من مقاتلي",
    "ينسحب", "تنسحب", "ينسحبون", "الانسحاب"], type: "Strategic developments", subType: "Non-violent transfer of territory", strong: true },
  // Incursions across a line without a reported fight (ACLED: strategic development, "Other"):
  // "توغلت قوة إسرائيلية في ريف القنيطرة"، "دخلت قوات الجيش إلى بلدة X"، "نصبت حاجزاً على الطريق".
  { words: ["توغل", "توغلت", "توغلوا", "يتوغل", "تتوغل", "توغلا", "توغلات", "متوغلة"], type: "Strategic developments", subType: "Other", strong: true },
  { words: ["دخلت", "دخل", "دخلوا", "دخول"], type: "Strategic developments", subType: "Other", strong: true,
    needsAfter: ["قوة", "قوات", "القوات", "رتل", "أرتال", "دبابات", "آليات", "وحدات", "دورية", "دوريات"], window: 2 },
  // The forces named first: "وذكرت سانا أن وحدات الجيش دخلت بلدة كفربطنا".
  { words: ["دخلت", "دخلوا"], type: "Strategic developments", subType: "Other", strong: true,
    needsBefore: ["قوات", "القوات", "وحدات", "الجيش", "رتل", "أرتال", "دورية", "دوريات", "الدبابات"], window: 3 },
  // A deployment (ACLED: strategic development, "Other"): "انتشرت قوات الأمن العام في شوارع مدينة جبلة" — forces, not news or
  // fires; the verb only: the noun ("ونشر حواجز"، "انتشار القوات") is as often a plan or a term of an agreement.
  { words: ["انتشرت", "انتشر", "انتشروا", "تنتشر", "ينتشر"], type: "Strategic developments", subType: "Other", strong: true,
    needsAfter: ["قوة", "قوات", "القوات", "وحدات", "عناصر", "دوريات", "دورية", "آليات", "الجيش", "الأمن", "الشرطة", "حواجز", "تعزيزات", "مقاتلي", "مقاتلو", "عناصرها", "قواتها"], window: 2 },
  // The noun after a verb that says it began or was done: "بدأت وحدات من وزارة الدفاع الانتشار في محيط سد تشرين".
  { words: ["الانتشار", "انتشارها", "انتشاره", "انتشارهم"], type: "Strategic developments", subType: "Other", strong: true,
    needsBefore: ["بدأت", "بدأ", "بدأوا", "أكملت", "أتمت", "استكملت", "باشرت"], window: 8 },
  { words: ["نصبت", "نصب", "نصبوا", "أقامت", "أقام", "أقاموا", "إقامة"], type: "Strategic developments", subType: "Other", strong: true,
    needsAfter: ["حاجزا", "حاجز", "حواجز", "نقطة", "نقاط"], window: 4 },
  // Curfews and states of emergency (ACLED: strategic development, "Other").
  { words: ["حظر تجول", "حظر التجول", "حظر التجوال", "حظر تجوال", "حظرا للتجول", "حظراً للتجول", "حظر للتجول", "حظرا للتجوال", "حظراً للتجوال", "حالة الطوارئ", "حالة طوارئ"], type: "Strategic developments", subType: "Other", strong: true },
  // A crossing opened or closed: "أغلقت السلطات معبر X"، "إعادة فتح معبر Y".
  { words: ["إغلاق", "أغلقت", "أغلق", "فتح", "افتتاح", "افتتحت", "إعادة فتح", "أعيد فتح"], type: "Strategic developments", subType: "Other", strong: true, needsAfter: ["معبر", "المعبر", "معابر", "المعابر", "الطريق الدولي"], window: 2 },
  // A mass grave found: "العثور على مقبرة جماعية" (ACLED: strategic development; the killing is earlier).
  { words: ["مقبرة جماعية", "مقابر جماعية", "المقبرة الجماعية"], type: "Strategic developments", subType: "Other", strong: true },
  { words: ["هجوم كيماوي", "هجوم كيميائي", "الهجوم الكيماوي", "ضربة كيماوية", "مجزرة الكيماوي", "غاز السارين", "غاز الكلور", "بالغازات السامة", "الغازات السامة"], type: "Explosions/Remote violence", subType: "Chemical weapon", strong: true },
  { words: ["نهب", "سرقة", "حرق منازل", "تجريف", "تفجير منازل"], type: "Strategic developments", subType: "Looting/property destruction", strong: false },
  // Houses blown up or demolished by forces: "فجرت قوات النظام منازل معارضين"، "هدمت قوات الاحتلال منزلاً" (not a
  // municipality's demolitions: the forces must be named right after the verb).
  { words: ["فجرت", "فجروا", "هدمت", "هدم", "هدموا", "أحرقت", "حرقت"], type: "Strategic developments", subType: "Looting/property destruction", strong: true,
    needsAfter: ["قوات", "القوات", "قوة", "عناصر", "جرافات", "الجرافات", "مسلحون", "مسلحين", "ميليشيات", "الميليشيات"], window: 1 },
  // "هجوم" without a weapon is a ground attack; refineType makes it remote violence when the clause names one.
  { words: ["هجوم", "هجمات", "هجمة", "الهجمات", "الهجوم", "هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم"], type: "Battles", subType: "Armed clash", strong: false },
  { words: ["التصعيد العسكري", "تصعيد عسكري", "الاعتداءات", "اعتداءات", "العمليات العسكرية", "عمليات عسكرية"], type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", strong: false },
  // "استهدف" says what was hit, not how: the other trigger of its clause gives the type (remote violence alone).
  { words: ["استهدف", "استهدفت", "استهداف", "استهدفوا"], type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", strong: false, neutral: true },
  { words: ["رشاشات", "عمليات", "العمليات", "عملية عسكرية", "عمليات دقيقة", "دمرت", "تدمير"], type: "Battles", subType: "Armed clash", strong: false },
  { words: ["مقتل", "قتل", "قتلت", "قتلوا", "قتلى", "قتيل", "مصرع", "استشهاد", "استشهد", "قتلتهم", "مجزرة", "مجازر"], type: "Violence against civilians", subType: "Attack", strong: false, outcome: true },
];

/**
 * Casualty words. "event" words (verbs and their nouns: قُتل، مقتل، استشهد) take their count after
 * them ("مقتل 40"، "قتل سبعة مدنيين") or, for a verb, from the subject before them ("أربعة مقاتلين
 * قتلوا"); "victim" nouns take the count before them ("53 شهيداً") and count two in the dual (قتيلين).
 */
export const KILLED_EVENT = ["مقتل", "قتل", "قتلت", "قتلوا", "قتلا", "قتلتا", "يقتل", "تقتل", "مصرع", "استشهاد", "استشهد", "استشهدت",
  "استشهدوا", "استشهدا", "ارتقاء", "ارتقى", "ارتقت", "ارتقوا", "وفاة", "توفي", "توفيت", "قضى", "قضت", "قضوا", "قضيا", "قضتا",
  // Execution and assassination kill their object: "إعدام ثلاثة شبان"، "اغتيل قيادي سابق".
  ...["إعدام", "أعدم", "أعدمت", "أعدموا", "يعدم", "تعدم", "اغتيال", "اغتال", "اغتالت", "اغتالوا", "اغتيل", "اغتيلت", "اغتيلوا", "يغتال", "تغتال", "تصفية"]];
/** Killing one person unless counted: an assassination ("اغتال مسلحون عضواً في المجلس المحلي"). */
export const SINGLE_KILLING = ["اغتيال", "اغتال", "اغتالت", "اغتيل", "اغتيلت", "يغتال", "تغتال"];
/** A grievance a protest is about: "احتجاجاً على مقتل شاب"، "تنديداً باعتقال ناشط" — the killing or the arrest is
 * why people protest, not a toll of the protest. */
export const GRIEVANCE_WORDS = ["احتجاجا", "احتجاجاً", "تنديدا", "تنديداً", "للتنديد", "استنكارا", "استنكاراً", "رفضا", "رفضاً", "غضبا", "غضباً", "للاحتجاج",
  // "لافتات تندد بالقصف"، "هتافات منددة بالاعتقالات": what the protesters' words denounce.
  "تندد", "يندد", "منددة", "منددين", "مندداً", "مندد", "تستنكر", "مستنكرين", "رافضين", "رافضة"];
/**
 * Who kills, not who is killed, when written as the subject before a verb of killing: "مسلحون مجهولون
 * اغتالوا قيادياً"، "ملثمين قتلوا شاباً" — the count is the victims' after the verb, not theirs.
 */
export const KILLER_SUBJECTS = ["مسلح", "مسلحون", "مسلحين", "مجهول", "مجهولون", "مجهولين", "ملثم", "ملثمون", "ملثمين", "عصابة", "خاطفون", "خاطفين"];
/** Words of a charge: what follows them is what someone is accused of or involved in ("القبض على متورطين في
 * عمليات قتل"، "اعتقال شاب بتهمة التظاهر"), not an event or a toll reported here. */
export const ACCUSATION_WORDS = ["متهم", "المتهم", "متهمين", "المتهمين", "متهما", "متهماً", "متهمة", "بتهمة", "بتهم", "تهمة", "تهم", "لاتهامه", "لاتهامهم",
  "متورط", "متورطين", "المتورطين", "متورطون", "المتورطون", "بالتورط", "بتورط", "بتورطه", "بتورطهم"];
/** How far before a trigger or a word of killing a word of a charge reaches. */
export const ACCUSATION_REACH = 3;
/** Perpetrators the report says are unknown ("برصاص مجهولين"، "على يد مسلحين مجهولين"): a clause naming them has no known party. */
export const UNKNOWN_PERPETRATORS = ["مجهول", "مجهولين", "مجهولون", "مجهولة", "مجهولي"];
/** Verbs of killing in the active voice only (the passive is «اغتيل»): their subject is the killer ("ثلاثة مسلحين اغتالوا مختاراً"). */
export const ACTIVE_KILLING_VERBS = ["اغتال", "اغتالت", "اغتالوا", "يغتال", "تغتال", "يغتالون"];
/** Before a word of killing, it did not happen: "محاولة اغتيال"، "نجا من الاغتيال"، "حكم بالإعدام". */
export const KILLING_NOT_DONE = ["محاولة", "محاولات", "نجا", "نجت", "ينجو", "حكم", "حكما", "حكمت", "أحكام", "عقوبة", "أصدر", "أصدرت", "بتهمة", "يواجه", "تواجه"];
/**
 * Between a negation and a casualty word, the report of it: "دون تسجيل قتلى"، "لم تسفر عن إصابات"،
 * "دون وقوع ضحايا" — no one was killed (0), not an uncounted toll.
 */
export const CASUALTY_REPORTING = ["تسجيل", "يسجل", "تسجل", "سجل", "سجلت", "ترد", "يرد", "وقوع", "سقوط", "ورود", "أنباء", "معلومات", "أي", "عن", "يسفر", "تسفر", "أسفر", "أسفرت", "يوقع", "توقع", "يخلف", "تخلف", "يؤدي", "تؤدي", "إلى", "حدوث", "أية", "أن"];
export const KILLED_VICTIM = ["قتيل", "قتيلا", "قتلى", "شهيد", "شهيدا", "شهداء", "ضحية", "ضحايا", "جثة", "جثث", "جثمان", "جثامين",
  // The passive participle: "جثة رجل مقتول"، "ثلاث نساء مقتولات".
  "مقتول", "مقتولة", "مقتولا", "مقتولين", "مقتولون", "مقتولات"];
/** Victim nouns whose dual counts two (قتيلين، جثتي امرأتين، مقتولتين): their plural is broken or in -ات. */
export const DUAL_VICTIM_STEMS = ["قتيل", "شهيد", "ضحية", "جثة", "جثمان", "مقتول", "مقتولة"];
/** Victim nouns in the singular: one when no number comes before them ("سقوط قتيل"، "العثور على جثة شاب"). */
export const SINGULAR_VICTIMS = ["قتيل", "قتيلا", "شهيد", "شهيدا", "ضحية", "جثة", "جثمان", "جريح", "جريحا", "مصاب", "مصابا", "معتقل", "معتقلا", "أسير"];
/** Phrases that mean "died" or "killed": the first word, then the word that must follow it. */
export const KILLED_PHRASES: [string, string][] = [["فارق", "الحياة"], ["فارقت", "الحياة"], ["فارقوا", "الحياة"], ["أودى", "بحياة"], ["أودت", "بحياة"], ["حصدت", "أرواح"],
  ["لقي", "حتفه"], ["لقيت", "حتفها"], ["لقوا", "حتفهم"], ["لقي", "مصرعه"], ["لقيت", "مصرعها"], ["لقوا", "مصرعهم"], ["لقي", "مصرعهم"],
  // A verb before its subject stays singular: "لقي ثلاثة مدنيين حتفهم"، "لقيت امرأتان مصرعهما".
  ["لقي", "حتفهم"], ["لقيت", "حتفهم"], ["لقي", "حتفهما"], ["لقيت", "حتفهما"], ["لقي", "مصرعهما"], ["لقيت", "مصرعهما"], ["لقيت", "مصرعهم"], ["لقيا", "مصرعهما"], ["لقيا", "حتفهما"]];
export const INJURED_EVENT = ["جرح", "جرحت", "جرحوا", "أصيب", "أصيبت", "أصيبوا", "أصيبا", "إصابة", "وجرح"];
export const INJURED_VICTIM = ["جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "مصابون"];
export const ARRESTED_EVENT = ["اعتقال", "اعتقالات", "اعتقل", "اعتقلت", "اعتقلوا", "تعتقل", "يعتقل", "احتجاز", "احتجزت", "أسر", "أسرت", "القبض", "توقيف"];
export const ARRESTED_VICTIM = ["معتقل", "معتقلين", "معتقلا", "أسير", "أسرى"];
/** Verb forms in the dual: two victims when no count is written ("رجل وزوجته قضيا"). */
export const DUAL_VERBS = ["قتلا", "قتلتا", "استشهدا", "قضيا", "قضتا", "لقيا", "أصيبا"];

/** Words before a count that qualify it ("أكثر من 20" counts 20, ACLED's conservative reading). */
export const COUNT_MODIFIERS = ["أكثر من", "ما لا يقل عن", "ما يزيد عن", "ما يزيد على", "نحو", "حوالي", "قرابة", "زهاء", "أقل من", "فيه", "فيها", "خلالها", "خلاله",
  // "حملة اعتقالات طالت 15 شاباً"، "قضت على عدد منهم"
  "طالت", "طال", "شملت", "شمل", "على"];
/** "مقتل 14 شخصاً، هم: 3 مدنيين في درعا، و5 عناصر في …": words that open the breakdown of a toll into its parts. */
export const BREAKDOWN_WORDS = ["هم", "وهم", "موزعين", "موزعون", "كالتالي", "كالآتي", "كالاتي", "وهي"];
/** "سبعة مدنيين بينهم ثلاثة أطفال": what follows these words is part of the count before them. */
export const SUBSET_WORDS = ["بينهم", "بينهن", "منهم", "منهن", "بينها"];

/** Nouns that count one person in the singular; their dual/plural in -ين/-ان counts at least two. */
export const PERSON_NOUNS = [
  "طفل", "طفلة", "مدني", "مدنية", "امرأة", "سيدة", "رجل", "شاب", "شابة", "عنصر", "مقاتل", "جندي", "ضابط", "قائد", "قيادي",
  "مواطن", "مواطنة", "شخص", "مسعف", "ناشط", "صحفي", "عامل", "مسن", "فتى", "فتاة", "رضيع", "معتقل", "مدنيا", "عسكري", "إرهابي", "مسلح",
  "متظاهر", "محتج", "شقيق", "شقيقة", "زوج", "زوجة", "ابن", "ابنة", "والد", "والدة", "طفلة",
  // People named by a role or trade: "اغتيال عضو في المجلس المحلي"، "مقتل سائق".
  "عضو", "مهاجم", "مختار", "طبيب", "معلم", "مدرس", "موظف", "سائق", "مزارع", "راع", "تاجر", "مهندس", "ممرض", "حارس", "شيخ", "إمام",
];

/** Plurals of people, as a count's noun ("12 شخصاً"، "15 شاباً"). */
export const PEOPLE_PLURALS = ["أشخاص", "شخص", "مدنيين", "أطفال", "نساء", "عناصر", "مقاتلين", "شبان", "جنود", "ضباط", "مواطنين", "إرهابيين", "مسلحين",
  "متظاهرين", "محتجين", "ناشطين", "معتقلين", "عسكريين", "أفراد", "رجال", "مدنيون", "قتلى", "جرحى"];

/**
 * Bodies found or recovered: a killing on their own ("عثر على جثة شاب"), but what a strike left when the
 * clause names one ("انتشال جثث 9 ضحايا من تحت الأنقاض بعد قصف جوي"): the strike gives the type.
 */
export const BODY_WORDS = ["جثة", "جثث", "جثمان", "جثامين", "الجثة", "الجثث"];
/** Victims that make a killing violence against civilians rather than a battle (protesters are civilians too). */
export const CIVILIAN_WORDS = ["مدني", "مدنيين", "مدنيا", "مدنيان", "مدنيون", "طفل", "طفلان", "طفلين", "طفلة", "طفلتين", "أطفال", "امرأة", "امرأتان", "امرأتين", "نساء",
  "سيدة", "مواطن", "مواطنين", "مواطنة", "مواطنتين", "مواطنتان", "عائلة", "مسعف", "صحفي", "ناشط", "متظاهرين", "محتجين", "متظاهرون", "محتجون",
  // People the report does not call fighters: a young man, a man, a person.
  "شاب", "شابا", "شابان", "شابين", "شبان", "رجل", "شخص", "أشخاص", "شخصا"];
/** Words that name the cause of casualties: "جراء قصف"، "إثر انفجار"، "بسبب غارة". */
export const CAUSAL = ["جراء", "إثر", "اثر", "بسبب", "نتيجة", "بفعل"];

/** A crowd: with arson or storming, a riot. */
export const CROWD_WORDS = ["محتجون", "محتجين", "المحتجون", "المحتجين", "متظاهرون", "متظاهرين", "المتظاهرون", "المتظاهرين", "غاضبون", "غاضبين", "الغاضبون", "الأهالي", "أهالي", "حشود", "محتج"];

/** Weapons that make an attack remote violence rather than a ground clash. */
export const REMOTE_WEAPONS = ["قصف", "صاروخ", "صواريخ", "صاروخين", "صاروخان", "قذيفتين", "عبوتين", "صاروخية", "قذيفة", "قذائف", "طائرة", "طائرات", "طيران", "غارة", "غارات", "مسيرة", "مسيرات", "مدفعية", "مدفعي", "براميل", "برميل", "عبوة", "مفخخة", "لغم", "هاون", "راجمات", "الطيران", "مقاتلات", "مروحيات"];
export const AIRCRAFT_WORDS = ["طائرات", "طيران", "الطيران", "طائره", "مقاتلات", "حربية", "مروحيات", "مروحية", "مسيرة", "غارة", "غارات"];

/** A word right before a trigger that denies it: "لا يسقط", "دون قتال", "عدم القصف". */
export const NEGATION = ["لا", "لم", "لن", "دون", "بدون", "عدم", "بلا", "غير",
  // "مسلحين رفضوا تسليم أنفسهم": what is refused does not happen.
  "رفض", "رفضوا", "رفضت", "يرفض", "يرفضون", "ترفض"];
/** Stopping something is not that thing: "وقف إطلاق النار", "فض الاشتباك", "خفض التصعيد". */
export const CESSATION = ["وقف", "فك", "إيقاف", "ايقاف", "فض", "خفض", "تعليق", "تجميد", "إنهاء", "منع", "لوقف", "بوقف", "لإيقاف", "توقف", "وقفت", "أوقفت"];
/** Announced, a halt is itself a development ("أعلنت قسد تعليق عملياتها"). */
export const ANNOUNCE = ["أعلن", "أعلنت", "تعلن", "يعلن", "إعلان", "قررت", "قرر"];
/** Words that put what follows out of the real: expectation, fear, warning, condition, "any". */
export const IRREALIS = ["يتوقع", "تتوقع", "متوقع", "توقعات", "ترجيحات", "يرجح", "ترجح", "احتمال", "احتمالات", "محتمل", "يخشى", "تخشى", "يخشون",
  "خشية", "مخاوف", "تحذير", "تحذيرات", "يحذر", "تحذر", "يهدد", "تهدد", "تهديد", "تهديدات", "إذا", "اذا", "لو", "لتجنب", "لمنع", "سوف", "حال",
  // A warning or a threat in the past is still of what has not happened: "حذر ناشطون من مجزرة"، "هددت تركيا بشن عملية".
  "حذر", "حذرت", "حذروا", "هدد", "هددت", "هددوا", "توعد", "توعدت", "توعدوا", "لوح", "لوحت",
  // "خوفاً من تجدد القصف"، "تحسباً لهجوم": what people fear or brace for.
  "خوفا", "خوفاً", "تخوفا", "تخوفاً", "تحسبا", "تحسباً", "مخافة",
  // "كانوا يخططون لهجوم على مقام"، "تعد لشن هجوم": what is planned or prepared has not happened.
  "يخطط", "يخططون", "تخطط", "خطط", "خططت", "خططوا", "التخطيط", "بالتخطيط", "للتخطيط", "تستعد", "يستعد", "يستعدون", "تحضر", "يحضرون", "التحضير",
  // The future: "الحي سيعود إلى سيطرة الدولة خلال أسابيع".
  "سيعود", "ستعود", "سيتم", "ستتم", "سيبدأ", "ستبدأ", "سيكون", "ستكون", "سيشهد", "ستشهد", "سيدخل", "ستدخل", "سينسحب", "ستنسحب",
  "سيخرج", "ستخرج", "سيجري", "ستجري", "سينطلق", "ستنطلق", "سيتولى", "ستتولى", "ستنتشر", "سينتشر", "سيسلم", "ستسلم"];
/** "أي معركة": only right before the trigger. */
export const HYPOTHETICAL = ["أي"];
/** "هذه الهجمات": a demonstrative points back to events already reported. */
export const DEMONSTRATIVES = ["هذه", "هذا", "تلك", "ذلك", "هذة"];
/** Before a noun of control, a state, not a seizure: "تحت سيطرة", "مناطق سيطرته", "الخاضعة لسيطرة", "منذ سيطرة". */
export const STATIVE_BEFORE = ["تحت", "مناطق", "منطقة", "الخاضعة", "خاضعة", "يد", "منذ", "أن", "إن", "عن", "خارج", "نفوذ", "أماكن", "الواقعة", "لاستعادة",
  // "خلال سيطرته على المدينة"، "إبان سيطرة التنظيم": the time it held the place, not its taking.
  "خلال", "أثناء", "إبان", "فترة"];
/** Clauses about another year are background, not the news: "العام الماضي", "منذ سنوات". */
export const HISTORICAL = /(?:^|\s)(?:العام|السنه|الاعوام|السنوات|العامين|السنتين)\s+(?:الماضي|الماضيه|الفائت|الفائته|الماضيين)(?:\s|$)|منذ\s+سنوات|قبل\s+سنوات|منذ\s+(?:(?:صيف|شتاء|ربيع|خريف|مطلع|بدايه|اوائل|اواسط|منتصف|اواخر)\s+)?(?:عام\s+)?\d{4}/;
/**
 * Something that happens every day or again and again is a pattern, not an event: "عمليات اغتيال شبه
 * يومية"، "على وقع القصف اليومي"، "لا يزال عناصره ينفذون هجمات في البادية" (still doing, in the imperfect); so is where operations are said to concentrate ("عملياتها تتركز في ريفي إدلب وحمص").
 */
export const HABITUAL = /(?:^|\s)[وف]?(?:لا|ما)\s+(?:يزال|تزال|زال|زالت|يزالون|زالوا)\s+\S+\s+[يت]\S{2,}(?:\s|$)|(?:^|\s)(?:شبه\s+)?(?:ال)?يوميه?(?:\s|$)|(?:^|\s)(?:ال)?متكرره?(?:\s|$)|بين\s+الحين\s+والاخر|(?:^|\s)(?:تتركز|يتركز|تنحصر|ينحصر|تقتصر|يقتصر)(?:\s|$)/;
/** A tally over a period ("38 عملية خلال الشهر الماضي") sums many events; it is none of them. */
export const TALLY_PERIOD = /(?:خلال|منذ)\s+(?:(?:مطلع|بدايه|بدء|النصف|الربع|الاول|الثاني|الاخير|من)\s+){0,3}(?:الشهر|الاسبوع|العام|الاشهر|الاسابيع|السنوات|الشهرين|شهر|السنه)/;
export const TALLY_NOUNS = ["عملية", "عمليات", "هجوم", "هجوما", "هجمات", "حادثة", "حوادث", "حالة", "حالات", "خرقا", "خروقات", "انتهاكا", "انتهاكات", "محاولة"];

/** A toll stated as a total: "بلغ عدد القتلى 18"، "عدد القتلى بلغ 18 عنصراً"، "ارتفعت حصيلة الضحايا إلى 42". */
export const TOLL_HEADS = ["عدد", "حصيلة"];
export const TOLL_VERBS = ["بلغ", "بلغت", "يبلغ", "تبلغ", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "وصل", "وصلت", "يصل", "تصل", "إلى", "الى", "إلي", "نحو", "حوالي", "قرابة"];

/** People named with a pronoun after one victim, who died with him: "مصرعه مع سائقه"، "اغتيال الناشط وزوجته". */
export const COMPANIONS = ["سائق", "مرافق", "حارس", "زوجة", "زوج", "ابن", "ابنة", "شقيق", "شقيقة", "والد", "والدة", "طفل", "طفلة", "صديق", "زميل", "مساعد"];
