// Words around place names in Arabic news. Written from reading Syrian outlets' reporting;
// all forms are given unfolded and folded when loaded.

/** Words that announce a place name: "بلدة X", "قرية X", "حي X". The value is the kind of place. */
export const PLACE_CUES: Record<string, string> = {
  "مدينة": "city", "مدينتي": "city", "بلدة": "town", "بلدتي": "town", "بلدات": "town",
  "قرية": "village", "قريتي": "village", "قرى": "village", "حي": "neighbourhood", "حيي": "neighbourhood", "أحياء": "neighbourhood",
  "مخيم": "camp", "مخيمي": "camp", "مخيمات": "camp", "معبر": "crossing", "جبل": "mountain", "تل": "hill", "تلة": "hill",
  "منطقة": "region", "ناحية": "subdistrict", "سهل": "plain", "سد": "dam", "مطار": "airport", "قاعدة": "base",
  "مزرعة": "village", "مزارع": "village", "ضاحية": "neighbourhood", "محيط": "region", "أطراف": "region", "بادية": "region",
};

/** Cue words that start a new place whose name the gazetteer may lack. "محيط", "منطقة" are too loose for that. */
export const NEW_PLACE_CUES = new Set(["بلدة", "بلدتي", "قرية", "قريتي", "حي", "مخيم", "تل", "تلة", "مزرعة"]);

export const DIRECTIONS: Record<string, string> = {
  "شمال": "N", "جنوب": "S", "شرق": "E", "غرب": "W", "شمالي": "N", "جنوبي": "S", "شرقي": "E", "غربي": "W",
  "الشمالي": "N", "الجنوبي": "S", "الشرقي": "E", "الغربي": "W", "الشمالية": "N", "الجنوبية": "S", "الشرقية": "E", "الغربية": "W",
};

/** A side of a river or a valley: "على الضفة الغربية لنهر الفرات" — the words before it govern the place. */
export const BANK_WORDS = ["ضفة", "الضفة", "ضفاف", "الضفاف", "ضفتي", "الضفتين", "ضفتا",
  // a side a place is on: "قادمة من جهة بلدة X"، "من ناحية قرية Y" — the words before it govern the place too
  "جهة", "ناحية"];

/** Words that end a place name found after a cue ("بلدة X جنوب إدلب", "قرية X بريف حماة"). */
export const NAME_STOPS = new Set([
  "في", "من", "على", "إلى", "الى", "عن", "مع", "قرب", "بالقرب", "ضمن", "داخل", "خارج", "حول", "محيط", "بين", "عند", "منذ", "بعد", "قبل",
  "ريف", "بريف", "وريف", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط", "بمحافظة", "محافظة", "التابعة", "الواقعة",
  "التي", "الذي", "الذين", "حيث", "وقد", "كما", "أن", "إن", "ما", "لا", "لم", "قد", "هذه", "هذا", "تلك", "ذلك", "اليوم", "أمس",
  "مدينة", "بلدة", "قرية", "حي", "مخيم", "الواقع", "بمدينة", "ببلدة", "بقرية", "أيضا", "أيضاً", "وذلك",
]);

/** Words before a foreign place or a country that make it a location ("في باريس", "إلى موسكو"). */
export const LOCATIVE = ["في", "إلى", "الى", "من", "نحو", "داخل", "خارج", "عبر", "حدود", "أراضي", "العاصمة", "مدينة", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "لاجئي", "اللاجئين", "مؤتمر", "محادثات", "اجتماع", "قمة", "قاعدة"];

/** Common words that are also the names of small places; accepted as places only after a cue word
 * or inside a list of places (…والدرة والخضراء). */
export const AMBIGUOUS_PLACE_WORDS = [
  "الخضراء", "الدرة", "المدورة", "النصر", "الحرية", "السلام", "الأمل", "النور", "الثورة", "الشعب", "الأمن", "الجيش",
  "العين", "الباب", "السد", "التل", "الجبل", "الوادي", "القصر", "المزرعة", "السوق", "الجامع", "المدرسة", "الحاضر", "الغد",
  "الكرامة", "الوحدة", "التحرير", "الفرات", "الجزيرة", "الشام", "النهر", "البحر", "المعارضة", "العاصمة", "الدولة", "الحكومة",
  "القوات", "الفرقة", "الفيلق", "الهيئة", "الجبهة", "الحركة", "اللواء", "الكتيبة", "المنطقة", "القرية", "البلدة", "المدينة",
  "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "الساحل", "البادية", "الريف", "الحدود", "الأرض", "الحياة", "الصالحية",
  "السلمية", "المنصورة", "المنصور", "الحمرا", "الحمراء", "البيضاء", "الزهراء", "الرحمة", "الفردوس", "النخيل", "الصفا", "الهدى",
  "الرشيد", "النجاح", "الزيارة", "المدينة", "الرياض", "كورونا", "سوري", "آمل", "امل", "فلاديمير", "مدينة", "الأمين", "الشهداء", "الصخرة", "القلعة", "المحطة", "الصناعة", "الجامعة", "المطار", "الميناء",
  "الحراك", "عين", "باب", "تل", "جبل", "سوق", "دار", "بيت", "أمس", "اليوم", "غدا", "قصف", "عفو", "حزب", "نصر", "سلام",
  "خان", "جسر", "دير", "راس", "رأس", "كفر", "بير", "مزرعة", "منبج", "ميدان", "الميدان", "الرمل", "الشيخ", "الكسوة",
  "بنش", "سراقب", "حاس", "حيان", "نبل", "سلمى", "ربيعة", "مورك", "كسب", "عندان",
].filter((w) => !["منبج", "الكسوة", "بنش", "سراقب", "حاس", "حيان", "نبل", "سلمى", "ربيعة", "مورك", "كسب", "عندان"].includes(w));

/** Cue words that open a list of places: "قرى البارة وكنصفرة وفليفل", "بلدتي السوسة والشعفة". */
export const PLURAL_CUES = new Set(["بلدات", "بلدتي", "قرى", "قريتي", "أحياء", "حيي", "مدينتي", "مخيمات", "مخيمي", "مزارع", "مدن", "بلدتا", "قريتا"]);

/** Words after which a place only locates the one before it: "الطبقة التابعة للرقة", "الواقعة في". */
export const LOCATORS = ["التابعة", "التابع", "الواقعة", "الواقع", "القريبة", "القريب", "المحاذية", "المحاذي", "المجاورة", "المجاور", "المتاخمة"];

/** First words of compound names written with or without the space: "كفر حمرة" / "كفرحمرة", "دير الزور" / "ديرالزور". */
export const COMPOUND_PREFIXES = ["كفر", "دير", "تل", "عين", "رأس", "راس", "جسر", "بيت", "خان", "بير", "مرج", "حوش", "أم", "أبو", "قصر", "عرب", "معرة", "خربة"];

/** A definite cue noun standing for the place of that kind named before it ("وسط المدينة"), with the kinds it can stand for. */
export const ANAPHORS: Record<string, string[]> = {
  "المدينة": ["city", "town"], "البلدة": ["town", "village", "city"], "القرية": ["village", "town"], "المخيم": ["camp"], "الحي": ["neighbourhood"],
};

/** Words of the time of day, which end a name the gazetteer lacks ("تل أبيب فجر الخميس"); weekdays are lexicon/dates.ts's. */
export const TIME_OF_DAY = ["فجر", "صباح", "مساء", "ليل", "ليلة", "ظهر", "عصر", "اليوم", "أمس", "غداً", "غدا", "يوم"];

/**
 * City names that are also a plural noun heading a construct ("حماة الديار": the homeland's protectors):
 * followed at once by a definite noun that is no adjective, no time word and no place, they are the noun.
 */
export const CONSTRUCT_NOUNS: readonly { name: string; reads: string; example: string }[] = [
  { name: "حماة", reads: "protectors (plural of حامٍ)", example: "وأطلق حماة الطبيعة حملة لتنظيف الغابات." },
];

/** Outlets whose names hold a place ("شبكة درعا 24"، "وكالة أنباء قاسيون"): the place is the outlet's name. */
const OUTLETS = ["شبكة", "وكالة", "إذاعة", "راديو", "تلفزيون", "جريدة", "صحيفة", "قناة", "صفحة"];

/**
 * Words right before a gazetteer name that make it part of another name: the article does not mention
 * the place there (not on the map, never an event's site). `before`: the words, the last one adjacent
 * to the name; each as written or after a clitic ("ووكالة"). tests/unit/events-syntax.test.ts runs every example.
 */
export const NOT_A_PLACE_AFTER: readonly { id: string; before: readonly (readonly string[])[]; example: string; name: string; reason: string }[] = [
  { id: "time-zone", before: [["توقيت", "التوقيت"]], example: "وقعت الغارة عند الساعة السادسة صباحاً بتوقيت دمشق.", name: "دمشق",
    reason: "a time zone named by its city («بتوقيت دمشق», «بتوقيت مكة») says what the clock reads, not where anything happened" },
  { id: "outlet", before: [OUTLETS], example: "ونشرت شبكة درعا 24 صوراً للدمار.", name: "درعا",
    reason: "a news outlet named after a place («شبكة درعا 24», «قناة حلب اليوم») is the outlet, wherever it reports from" },
  { id: "news-outlet", before: [OUTLETS, ["أنباء", "الأنباء", "أخبار", "الأخبار"]], example: "ونشرت وكالة أنباء قاسيون شريط فيديو.", name: "قاسيون",
    reason: "«وكالة أنباء X», «شبكة أخبار X»: the outlet's name, not the mountain or the town" },
];
