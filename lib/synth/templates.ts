// Report sentences for synthetic events, in the register of Syrian news, per ACLED sub-type.
// {a1} and {a2} are actors, {p} the place, {g} its governorate, {n} the killed, {w} the wounded.
export interface Template {
  type: string;
  subType: string;
  weight: number;
  text: string[];
  /** Which actor kinds take each role. */
  a1: "gov" | "armed" | "state" | "civil";
  a2?: "gov" | "armed" | "civilians";
  killed: number;
  wounded: number;
}

export const TEMPLATES: Template[] = [
  { type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", weight: 28, a1: "gov", a2: "civilians", killed: 1.5, wounded: 3,
    text: ["قصفت {a1} بالمدفعية الثقيلة بلدة {p} في ريف {g}، ما أدى إلى مقتل {n} مدنيين وإصابة {w} آخرين.", "استهدفت {a1} بقذائف الهاون أطراف {p} في ريف {g}، وأفاد ناشطون بمقتل {n} أشخاص."] },
  { type: "Explosions/Remote violence", subType: "Air/drone strike", weight: 18, a1: "state", a2: "armed", killed: 2.5, wounded: 4,
    text: ["شنت طائرات {a1} غارات جوية على {p} في ريف {g}، وقُتل {n} أشخاص بينهم أطفال.", "استهدفت طائرة مسيرة تابعة لـ{a1} موقعاً لـ{a2} قرب {p}، ما أسفر عن مقتل {n} عناصر."] },
  { type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", weight: 8, a1: "armed", killed: 1, wounded: 3,
    text: ["انفجرت عبوة ناسفة في سوق {p} بمحافظة {g}، ما أدى إلى مقتل {n} مدنيين وجرح {w}.", "قُتل {n} أشخاص بانفجار لغم من مخلفات الحرب في أراضٍ زراعية قرب {p}."] },
  { type: "Battles", subType: "Armed clash", weight: 24, a1: "armed", a2: "gov", killed: 2, wounded: 2,
    text: ["اندلعت اشتباكات عنيفة بين {a1} و{a2} على محور {p} في ريف {g}، قُتل فيها {n} مقاتلين من الطرفين.", "تصدت {a1} لمحاولة تسلل نفذتها {a2} على جبهة {p}، وقُتل {n} من المهاجمين."] },
  { type: "Battles", subType: "Government regains territory", weight: 3, a1: "gov", a2: "armed", killed: 3, wounded: 2,
    text: ["أعلنت {a1} سيطرتها على {p} في ريف {g} بعد معارك مع {a2} استمرت أياماً."] },
  { type: "Battles", subType: "Non-state actor overtakes territory", weight: 2, a1: "armed", a2: "gov", killed: 3, wounded: 2,
    text: ["سيطرت {a1} على {p} في ريف {g} إثر هجوم على مواقع {a2}."] },
  { type: "Violence against civilians", subType: "Attack", weight: 8, a1: "armed", a2: "civilians", killed: 1, wounded: 1,
    text: ["قُتل {n} مدنيين برصاص مسلحين مجهولين في {p} بريف {g}.", "عُثر على جثث {n} أشخاص أعدمهم عناصر من {a1} في {p}."] },
  { type: "Violence against civilians", subType: "Abduction/forced disappearance", weight: 3, a1: "armed", a2: "civilians", killed: 0, wounded: 0,
    text: ["اختطف مسلحون من {a1} شاباً من أهالي {p} في ريف {g} واقتادوه إلى جهة مجهولة."] },
  { type: "Strategic developments", subType: "Arrests", weight: 6, a1: "gov", a2: "civilians", killed: 0, wounded: 0,
    text: ["شنت {a1} حملة دهم واعتقالات في {p} بمحافظة {g} طالت عدداً من الشبان.", "اعتقلت {a1} عدداً من أبناء {p} على حاجز عند مدخل البلدة في ريف {g}."] },
  { type: "Strategic developments", subType: "Agreement", weight: 2, a1: "state", a2: "armed", killed: 0, wounded: 0,
    text: ["توصلت {a1} و{a2} إلى اتفاق تهدئة يشمل {p} ومحيطها في ريف {g}."] },
  { type: "Protests", subType: "Peaceful protest", weight: 6, a1: "civil", killed: 0, wounded: 0,
    text: ["خرج المئات من أهالي {p} في مظاهرة سلمية في ريف {g} للمطالبة بالإفراج عن المعتقلين.", "نظم ناشطون وقفة احتجاجية وسط {p} في محافظة {g} ضد الغلاء وانقطاع الكهرباء."] },
  { type: "Riots", subType: "Violent demonstration", weight: 1, a1: "civil", a2: "gov", killed: 0, wounded: 2,
    text: ["تحولت مظاهرة في {p} بمحافظة {g} إلى أعمال شغب بعد رشق مقر {a2} بالحجارة، وأصيب {w} أشخاص."] },
];

export const PLACE_PREFIXES = ["تل", "كفر", "عين", "دير", "خربة", "بيت", "جب", "مزرعة", "تلة", "قرية", "حوش", "أم"];
