// Trigger words for ACLED's event types and sub-types (ACLED's published codebook gives the
// taxonomy; the Arabic words are those Syrian outlets use). A trigger is matched on a word's stem:
// the word as written, or without a clitic or the article (قصف، بقصف، والقصف، قصفت).
// strong: the word alone makes an event; weak: only when the sentence has no strong trigger.
import type { EventType } from "../types";

export interface Trigger {
  words: string[];
  /** match words that start with the form (verbs with suffixes: قصفت، اعتقلت) */
  prefix?: boolean;
  type: EventType;
  subType: string;
  strong: boolean;
}

export const TRIGGERS: Trigger[] = [
  { words: ["غارة", "غارات", "ضربة جوية", "ضربات جوية", "قصف جوي", "الطيران الحربي", "طائرات حربية", "الطيران المروحي", "طيران مروحي", "براميل", "البراميل المتفجرة", "برميل متفجر", "طائرة مسيرة", "طائرات مسيرة", "مسيرة انتحارية", "سلاح الجو", "الطيران الروسي", "المقاتلات"], type: "Explosions/Remote violence", subType: "Air/drone strike", strong: true },
  { words: ["قصف", "قصفت", "يقصف", "تقصف", "قذائف", "قذيفة", "صواريخ", "صاروخ", "صاروخية", "مدفعي", "مدفعية", "راجمات", "هاون", "استهدف بالمدفعية"], prefix: false, type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", strong: true },
  { words: ["انفجار", "انفجرت", "انفجر", "عبوة ناسفة", "عبوة", "لغم", "ألغام", "مفخخة", "تفجير", "دراجة مفخخة", "سيارة مفخخة"], type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", strong: true },
  { words: ["انتحاري", "هجوم انتحاري"], type: "Explosions/Remote violence", subType: "Suicide bomb", strong: true },
  { words: ["اشتباك", "اشتباكات", "اشتبك", "اشتبكت", "معارك", "معركة", "مواجهات", "تبادل إطلاق النار", "كمين", "فتحت نيران", "فتح نيران", "فتحت النار", "فتحوا النار", "أطلقت النار", "أطلقوا النار", "نيران رشاشات", "تصدت", "تصدى", "محاولة تسلل", "هجوم بري", "اقتحام", "اقتحمت"], type: "Battles", subType: "Armed clash", strong: true },
  { words: ["سيطرة", "السيطرة", "سيطرته", "سيطرتها", "سيطر", "سيطرت", "استعاد", "استعادت", "استعادة", "تقدم", "تقدمت", "انتزاع", "انتزعت", "يحكم سيطرته", "أحكم"], type: "Battles", subType: "Government regains territory", strong: true },
  { words: ["إعدام", "أعدم", "أعدمت", "اغتيال", "اغتال", "اغتالت", "برصاص", "رصاص مجهولين", "على يد مجهولين", "تعذيب", "تحت التعذيب", "مجزرة", "مجازر", "ذبح", "تصفية"], type: "Violence against civilians", subType: "Attack", strong: true },
  { words: ["خطف", "اختطاف", "اختطف", "اختطفت", "خطفت", "مختطف", "إخفاء قسري", "تغييب قسري"], type: "Violence against civilians", subType: "Abduction/forced disappearance", strong: true },
  { words: ["مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات", "تظاهر", "تظاهروا", "متظاهرين", "متظاهرون", "احتجاج", "احتجاجات", "وقفة احتجاجية", "وقفات احتجاجية", "اعتصام", "اعتصم", "احتج", "احتجوا"], type: "Protests", subType: "Peaceful protest", strong: true },
  { words: ["أعمال شغب", "شغب", "أعمال عنف", "رشق بالحجارة"], type: "Riots", subType: "Violent demonstration", strong: true },
  { words: ["اعتقال", "اعتقالات", "اعتقل", "اعتقلت", "تعتقل", "يعتقل", "حملة دهم", "مداهمة", "مداهمات", "احتجاز", "احتجزت", "التجنيد الإجباري", "التجنيد الاجباري"], type: "Strategic developments", subType: "Arrests", strong: true },
  { words: ["إسقاط", "تسقط", "أسقطت", "أسقط", "يسقط"], type: "Strategic developments", subType: "Disrupted weapons use", strong: true },
  { words: ["انسحاب", "انسحبت", "انسحب", "تسليم"], type: "Strategic developments", subType: "Non-violent transfer of territory", strong: false },
  { words: ["نهب", "سرقة", "حرق منازل", "تجريف", "تفجير منازل"], type: "Strategic developments", subType: "Looting/property destruction", strong: false },
  { words: ["هجوم", "هجمات", "هجمة", "الهجمات", "الهجوم", "هجماته", "التصعيد العسكري", "تصعيد عسكري", "الاعتداءات", "اعتداءات", "استهدف", "استهدفت", "استهداف", "العمليات العسكرية", "عمليات عسكرية"], type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", strong: false },
  { words: ["رشاشات", "رشاشاتها", "عمليات", "العمليات", "عملية عسكرية", "عمليات دقيقة", "دمرت", "تدمير"], type: "Battles", subType: "Armed clash", strong: false },
  { words: ["مقتل", "قتل", "قتلى", "قتيل", "مصرع", "استشهاد", "قتلتهم"], type: "Violence against civilians", subType: "Attack", strong: false },
];

/** Words for the killed, the injured and the arrested, as they introduce a count. */
export const KILLED = ["مقتل", "قتل", "قتلى", "قتيل", "قتيلا", "قتيلاً", "مصرع", "استشهاد", "شهيد", "شهداء", "وفاة", "ضحايا", "ضحية", "قضى", "قضوا", "لقي", "لقوا حتفهم"];
export const INJURED = ["جرح", "جرحى", "جريح", "إصابة", "إصابات", "مصابين", "مصاب", "جريحا", "جريحاً", "وجرح"];
export const ARRESTED = ["اعتقال", "اعتقل", "اعتقلت", "تعتقل", "معتقلين", "احتجاز"];

/** Nouns that count one person in the singular; their dual/plural in -ين/-ان counts at least two. */
export const PERSON_NOUNS = [
  "طفل", "طفلة", "مدني", "مدنية", "امرأة", "سيدة", "رجل", "شاب", "شابة", "عنصر", "مقاتل", "جندي", "ضابط", "قائد", "قيادي",
  "مواطن", "مواطنة", "شخص", "مسعف", "ناشط", "صحفي", "عامل", "مسن", "فتى", "فتاة", "رضيع", "معتقل", "مدنيا", "عسكري", "إرهابي", "مسلح",
];

/** Victims that make a killing violence against civilians rather than a battle. */
export const CIVILIAN_WORDS = ["مدني", "مدنيين", "مدنيا", "طفل", "أطفال", "امرأة", "نساء", "سيدة", "مواطن", "مواطنين", "مواطنة", "مواطنتين", "عائلة", "مسعف", "صحفي", "ناشط", "المدنيين"];
