// Words that mark how far a trigger reaches in a sentence: where a clause starts a new statement,
// verbs of people moving (their destinations and origins are not where events happen), verbs of
// witnessing ("شهدت X مظاهرات"), and borders ("الحدود مع X"). Written from reading Syrian outlets.

/** A clause that starts with one of these says something new: a trigger before it does not reach past it. */
export const CLAUSE_MARKERS = [
  "حيث", "فيما", "بينما", "إذ", "كما", "ما", "مما", "مضيفا", "مضيفاً", "مشيرا", "مشيراً", "مؤكدا", "مؤكداً", "قال", "قالت", "أضاف",
  "أضافت", "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "وسط", "بعد", "قبل", "منذ", "رغم", "لكن", "إلا", "ثم", "بسبب", "متهمة", "متهما",
];

/** People and goods moving: a place after "إلى/نحو/باتجاه" governed by one of these is a destination. */
export const MOVEMENT = [
  "نزوح", "نزح", "نزحت", "نزحوا", "النازحين", "نازحين", "خروج", "خرج", "خرجت", "خرجوا", "توجه", "توجهت", "توجهوا", "وصل", "وصلت",
  // Not «دخول»: forces entering a place ("دخول وحدات من الجيش إلى المنطقة") are the event there.
  "وصول", "وصلوا", "نقل", "نقلت", "نقلوا", "نقلهم", "تهجير", "ترحيل", "عودة", "عاد", "عادت", "عادوا", "العائدين", "عائدين",
  "فرار", "فروا", "فرارهم", "هرب", "هربوا", "انسحاب", "انسحبت", "انسحبوا", "تتجه", "يتجه", "اتجهت", "تنتقل", "ينتقل", "لجوء",
  "مغادرة", "غادر", "غادرت", "قافلة", "وفد", "سوق", "لسوقهم", "إرسال", "أرسلت", "متجهة", "متجه", "متجهين", "متوجهة", "متوجه", "متوجهين", "إجلاء", "الإجلاء", "إخلاء", "انسحابا", "انسحاباً", "انسحابه", "انسحابها", "انسحابهم",
];

/** People leaving: a place after "من" governed by one of these is an origin. */
export const DISPLACEMENT = [
  "نزوح", "نزح", "نزحت", "نزحوا", "النازحين", "نازحين", "تهجير", "مهجرين", "المهجرين", "ترحيل", "عودة", "العائدين", "عائدين", "فرار",
  "هرب", "مغادرة", "خروج", "خرج", "خرجوا", "لاجئين", "اللاجئين", "وصل", "وصلت", "وصول", "وصلوا", "قادمين", "قادمة", "القادمين", "قادم", "متجهة", "متجه", "متجهين", "متوجهة", "متوجه", "متوجهين",
  // Where a shell or a drone is launched from is not where it hits: "أطلقهما المسلحون من منطقة X".
  "أطلق", "أطلقت", "أطلقوا", "أطلقها", "أطلقهما", "أطلقوها", "انطلقت", "انطلاقا", "انطلاقاً",
];

/** "هرباً من القصف": the trigger is why people fled, told in passing. */
export const FLIGHT = ["هربا", "هرباً", "فرارا", "فراراً", "خوفا", "خوفاً", "خشية", "الفارين", "الفارون", "فارين", "الهاربين", "هاربين", "الهاربون", "النازحين", "نازحين", "النازحون"];

/** Heads of names of organisations and outlets: a place right after one is part of the name ("شبكة درعا 24"). */
export const NAME_HEADS = ["شبكة", "مكتب", "مجلس", "لجنة", "تنسيقية", "تجمع", "اتحاد", "مرصد", "إذاعة", "راديو", "موقع", "صفحة", "وكالة", "تلفزيون", "جريدة", "صحيفة"];

/** "شهدت مدينة X مظاهرات"، "تعرضت بلدة X لقصف": the place witnesses or undergoes the event named after it. */
export const WITNESS_VERBS = ["شهد", "شهدت", "تشهد", "يشهد", "شهدتا", "تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضتا"];

/** "الشريط الحدودي مع الجولان": the place across a border is not where the event is. */
export const BORDER_WORDS = ["حدود", "الحدود", "الحدودي", "الحدودية", "الشريط", "حدودها", "حدوده"];

/** People who report: a place right after them ("مراسل عنب بلدي في منبج"، "ناشطون من المدينة") is where they are, not the news. */
export const SPEAKERS = ["مراسل", "مراسلنا", "مراسلة", "مراسلو", "مصدر", "مصادر", "ناشط", "ناشطون", "ناشطين", "الناشط", "شهود", "شاهد", "المتحدث", "الناطق", "مسؤول", "مسؤولون"];

// Moved here from events.ts: the words its rules look for, kept with the other scope words.
/** Words that carry a list of places on: "…، إضافة إلى قرية X". */
// "…، ومنها مدينة X وبلدة Y"، "…، بما فيها X"، "…، ولا سيما X": the places picked out of those just named.
export const LIST_LINKS = ["ريف", "في", "من", "قرب", "بالقرب", "محافظة", "منطقة", "و", "إضافة", "بالإضافة", "إلى",
  "منها", "بينها", "بما", "فيها", "فيهما", "سيما", "لاسيما", "خاصة", "خصوصا", "أبرزها"];
/**
 * "Another one", opening a clause that leaves its verb unsaid: "انفجرت عبوة ناسفة في مدينة جاسم، وأخرى في بلدة
 * نمر" — the same act again, at the place the clause names.
 */
export const ANOTHER_WORDS = ["وأخرى", "وآخر", "وأخريان", "وأخريين", "وثانية", "وثالثة", "والثانية", "والثالثة", "والأخرى"];
/** Prepositions that open an adjunct clause of place ("، في محيط بلدة X"). */
export const CLAUSE_PREPOSITIONS = ["في", "على", "عند", "قرب", "بالقرب", "داخل", "ضمن", "حول", "محيط", "أطراف", "خلال", "أثناء"];
/** A cause, not a place of the event, follows these: "على خلفية خلاف على إدارة معبر X"، "بتهمة". */
export const CAUSE_WORDS = ["خلفية", "بسبب", "بتهمة", "بذريعة", "بحجة", "احتجاجا", "احتجاجاً"];
/** Positions fire comes from: "من مواقعها في X" is where the shooters are. */
export const FIRING_POSITIONS = ["مواقع", "موقع", "مواقعها", "مواقعه", "مواقعهم", "نقاط", "نقاطها", "نقاطه", "نقطة", "نقطتها", "مرابض", "مرابضها", "ثكنة", "ثكنات", "قاعدة", "قاعدتها", "منصات", "منصة", "تمركزها", "تمركزه", "مناطق", "مناطقها"];
/** Verbs of firing from a position. */
export const FIRED_FROM = ["أطلق", "أطلقت", "أطلقها", "أطلقتها", "أطلقوا", "أطلقوها", "مصدرها", "مصدره", "انطلقت", "انطلق"];
/** A settlement of status is where its people live ("تسوية لأوضاع شبان من أبناء بلدة X"). */
export const SETTLEMENT_WORDS = ["تسوية", "تسويات", "مصالحة", "المصالحة"];
/** Words of documenting a toll over a period ("وثق المكتب مقتل 27 شخصاً خلال الشهر"). */
export const DOCUMENTING_WORDS = ["وثق", "وثقت", "توثيق", "رصد", "رصدت", "أحصى", "أحصت", "إحصائية", "إحصاء", "حصيلة", "سجل", "سجلت"];

/**
 * The fields of an incident card (Syrian Archive, monitors' incident sheets): lines of "field: value"
 * at the head of a report — "الموقع: إدلب: دير شرقي"، "التاريخ: 27 نيسان / أبريل 2017"، "الهجمات: خمسة ضربات
 * جوية". A card's attack line has its place in the location line and its day in the date line.
 */
export const CARD_LOCATION_FIELDS = ["الموقع", "المكان", "الموقع الجغرافي", "مكان الحادثة", "مكان الهجوم", "المنطقة"];
export const CARD_DATE_FIELDS = ["التاريخ", "تاريخ الحادثة", "تاريخ الهجوم", "تاريخ الحادث"];
/** The card's toll: "القتلى: 74 على الأقل"، "القتلى المبلغ عنهم : 3 قتلى"، "المصابون: أكثر من 550". */
export const CARD_KILLED_FIELDS = ["القتلى", "القتلى المبلغ عنهم", "عدد القتلى", "الضحايا", "عدد الضحايا"];
export const CARD_INJURED_FIELDS = ["المصابون", "المصابين", "الجرحى", "الإصابات", "الإصابات المبلغ عنها", "عدد الجرحى", "عدد المصابين"];
/** How many lines a card spans: its fields stand together. */
export const CARD_REACH = 10;
