// When a name that is also an ordinary word (lib/extract/data/common-words.json: كسب "earning", دوما
// "always", كيف "how", آب "August") or a weak actor alias (seeds/knowledge/actors.json weakAliases:
// الجيش، الشرع، العربية) is read as a place or an actor: only with one of these pieces of evidence.
// lib/extract/evidence.ts runs the table; tests/unit/name-evidence.test.ts fires every example.
// Written from the off-topic set's false places and the real set's true ones.

import { PLACE_CUES, PLURAL_CUES } from "./places";
import { WEEKDAYS } from "./dates";
import { GOVERNORATES } from "./governorates";

/** What a rule looks for around the name. */
export type EvidenceTest =
  /**
   * a word right before the name (with its clitics: "وبمدينة"); `indefinite`: only for a name without ال;
   * `kinds`: only for places of these kinds; `countryInArticle`: and the place's country named in the article;
   * `endsPhrase`: and the name ends its phrase, no noun or adjective of its own after it ("من كسوة الكعبة"
   * is "of the Kaaba's cover", "على كسب كبير" "on a big gain")
   */
  | {
      kind: "word-before"; words: readonly string[]; indefinite?: boolean; kinds?: readonly string[]; countryInArticle?: boolean; endsPhrase?: boolean;
      /** the word may stand before an adjective of the name ("العاصمة العمانية مسقط") */
      throughAdjective?: boolean;
    }
  /** ب written on the name itself ("بدوما"); only for a name without ال that ends its phrase (not "بكسب المال") */
  | { kind: "locative-clitic" }
  /** the name in a list of places: "و" or a comma joins it to a place right before or after it */
  | { kind: "list" }
  /** a governorate, a "ريف X" or a direction and a place right after it ("دوما بريف دمشق", "تدمر شرق حمص") */
  | { kind: "qualifier" }
  /** a place that is not a common word right before or after it ("طريق حمص تدمر") */
  | { kind: "known-neighbour" }
  /** the place's own country named within `within` words after it ("إب وسط اليمن", "وان في تركيا") */
  | { kind: "country-after"; within: number }
  /** the same place or actor accepted elsewhere in the article with evidence or by a name that is not a common word */
  | { kind: "named-elsewhere" }
  /** a person's title right before a person's name ("الرئيس الشرع"), or a verb of saying before a person or an outlet ("وقال المعلم", "وذكرت العربية") */
  | { kind: "person-cue" }
  /** one of `aliases` in an article about Syria (`words`: سوريا، السوري، a governorate) */
  | { kind: "syria-context"; words: readonly string[]; aliases: readonly string[] }
  /** an actor it commands or belongs to named in the article (بشار الأسد for الجيش, the government's army) */
  | { kind: "affiliate-named" };

export interface EvidenceRule {
  id: string;
  /** syria: a common-word name of a Syrian place; abroad: of a place elsewhere; actor: a weak or common actor alias */
  applies: "syria" | "abroad" | "actor";
  test: EvidenceTest;
  example: string;
  /** the name in `example` that the rule accepts */
  name: string;
  reason: string;
}

/** Time words after a name, which leave it the end of its phrase ("على أريحا اليوم"). */
export const NOT_CONSTRUCT = ["اليوم", "الآن", "أمس", "الأمس", "الماضي", "الماضية", "الجاري", "الحالي", "المقبل", "القادم", "صباحا", "مساء", ...Object.keys(WEEKDAYS)];

/** Cue words that name the kind of place: the place cues (بلدة، قرى…) and the words of a region (ريف، محافظة). */
export const REGION_CUES = [...Object.keys(PLACE_CUES), ...PLURAL_CUES, "ريف", "محافظة", "العاصمة", "عاصمة", "ولاية", "إقليم", "منطقتي", "ناحيتي",
  // the heads of a front or a road: "محور إعزاز"، "جبهة كسب"، "طريق حمص تدمر"
  "محور", "جبهة", "طريق", "مدخل", "مشارف"];

/** Weak aliases that an article about Syria settles: their ordinary reading is rare in Syrian news. */
export const SYRIA_SETTLES = ["النظام", "الجيش", "الشبيحة", "الإدارة الجديدة", "الائتلاف", "الوحدات", "التنظيم", "الحشد", "التحالف", "المرصد", "النجباء"];

/** Words that say an article is about Syria: a body's weak alias (النظام، الجيش، التنظيم) is the Syrian one there. */
export const SYRIA_CONTEXT = ["سوريا", "سورية", "السوري", "السورية", "السوريين", "السوريون", "دمشق", ...GOVERNORATES.map((g) => g.nameAr)];
const PLACE_PREPOSITIONS = ["في", "إلى", "الى", "من", "قرب", "داخل", "نحو", "عند"];
/** In Syria, also what an attack or a takeover is "on" ("قصف على أريحا", "سيطرت على تدمر"). */
const SYRIA_PREPOSITIONS = [...PLACE_PREPOSITIONS, "على"];

export const NAME_EVIDENCE: readonly EvidenceRule[] = [
  {
    id: "syria-cue", applies: "syria", test: { kind: "word-before", words: REGION_CUES, throughAdjective: true }, example: "سيطرت الفصائل على بلدة كسب صباح اليوم.", name: "كسب",
    reason: "A cue word names the kind of place the next word is: بلدة كسب is the town, never the verb or the noun 'earning'.",
  },
  {
    id: "syria-preposition", applies: "syria", test: { kind: "word-before", words: SYRIA_PREPOSITIONS, indefinite: true, endsPhrase: true },
    example: "اندلعت اشتباكات عنيفة في كسب.", name: "كسب",
    reason: "في, من, إلى, على before a bare name put something there; not for a definite noun (في السجن, في الميدان are ordinary phrases), nor for a noun with its own complement or adjective after it (من كسوة الكعبة, على كسب كبير, في كسب رزقهم).",
  },
  {
    id: "syria-region-preposition", applies: "syria", test: { kind: "word-before", words: PLACE_PREPOSITIONS, kinds: ["region", "mountain", "plain"] },
    example: "قصفت إسرائيل أهدافا في الجولان.", name: "الجولان",
    reason: "A region's name is a definite noun (الجولان, البادية); after في it is the region, as news names it.",
  },
  {
    id: "syria-locative-clitic", applies: "syria", test: { kind: "locative-clitic" }, example: "سقطت قذائف بدوما.", name: "دوما",
    reason: "ب written on a bare name is the preposition of place, like في.",
  },
  {
    id: "syria-list", applies: "syria", test: { kind: "list" }, example: "شملت الغارات حرستا ودوما، وقصفت بلدات الطيبة، صيدا.", name: "دوما",
    reason: "A name joined by و to a place is one more place of the list.",
  },
  {
    id: "syria-qualifier", applies: "syria", test: { kind: "qualifier" }, example: "سيطرت القوات على تدمر شرق حمص.", name: "تدمر",
    reason: "A place located by a governorate or a direction from a place is a place; the verb تدمر (destroys) is never followed by one.",
  },
  {
    id: "syria-neighbour", applies: "syria", test: { kind: "known-neighbour" }, example: "انفجرت عبوة على طريق حمص تدمر صباحا.", name: "تدمر",
    reason: "A known place right next to it makes the name part of a place reference.",
  },
  {
    id: "syria-elsewhere", applies: "syria", test: { kind: "named-elsewhere" }, example: "اندلعت اشتباكات في كسب. وقال سكان إن كسب تعرضت للقصف.", name: "كسب",
    reason: "Once the article has shown the name is the place, its other mentions are the place too.",
  },
  {
    id: "abroad-cue", applies: "abroad", test: { kind: "word-before", words: ["مدينة", "محافظة", "العاصمة", "عاصمة", "ولاية", "إقليم", "بلدة"], throughAdjective: true },
    example: "عقدت الجولة في العاصمة العمانية مسقط، ووصل الوفد إلى مدينة وان التركية.", name: "وان",
    reason: "Conflict news rarely names Van, Ibb or Sanandaj; only an explicit cue says the common word (وأن, إب, سنة) means the city.",
  },
  {
    id: "abroad-country", applies: "abroad", test: { kind: "country-after", within: 3 }, example: "قتل مدنيون في إب وسط اليمن.", name: "إب",
    reason: "The place's own country named right after it locates it; named elsewhere in the sentence it does not (تحذر تونس من حشرة سوسة النخيل).",
  },
  {
    id: "abroad-list", applies: "abroad", test: { kind: "list" }, example: "زار الوفد طهران ومشهد الأسبوع الماضي.", name: "مشهد",
    reason: "A name joined by و to a place is one more place of the list.",
  },
  {
    id: "abroad-preposition-country", applies: "abroad", test: { kind: "word-before", words: PLACE_PREPOSITIONS, indefinite: true, countryInArticle: true },
    example: "تأهل النجم الساحلي إلى نهائي كأس تونس، وتقام المباراة في سوسة.", name: "سوسة",
    reason: "في before the name in an article that names the place's country: the city, not the word (سوسة 'weevil').",
  },
  {
    id: "abroad-elsewhere", applies: "abroad", test: { kind: "named-elsewhere" }, example: "وصل الوفد إلى مدينة وان. وعاد الوفد من وان أمس.", name: "وان",
    reason: "Once the article has shown the name is the place, its other mentions are the place too.",
  },
  {
    id: "actor-elsewhere", applies: "actor", test: { kind: "named-elsewhere" }, example: "قال الرئيس السوري أحمد الشرع إن الحكومة ماضية. وأضاف الشرع أن الانتخابات قريبة.", name: "الشرع",
    reason: "A weak alias (الشرع, الجيش, الوحدات) stands for the actor the article has already named in full.",
  },
  {
    id: "actor-affiliate", applies: "actor", test: { kind: "affiliate-named" }, example: "أكد بشار الأسد أن الجيش سيواصل عملياته.", name: "الجيش",
    reason: "A weak alias of a body stands for it where the article names one of its members or its head (knowledge base affiliation).",
  },
  {
    id: "actor-syria-context", applies: "actor", test: { kind: "syria-context", words: SYRIA_CONTEXT, aliases: SYRIA_SETTLES },
    example: "قتل عشرات المدنيين بغارات النظام على الغوطة الشرقية بريف دمشق.", name: "النظام",
    reason: "In an article about Syria, النظام, الجيش, التنظيم are the regime, its army, ISIS; elsewhere they are 'the system', 'the army', 'the organisation'. Not الهيئة, القاعدة: 'the commission', 'the base' are ordinary in Syrian news too.",
  },
  {
    id: "actor-person-cue", applies: "actor", test: { kind: "person-cue" }, example: "وأكد الشرع في كلمته أن الحكومة ماضية في الإصلاح.", name: "الشرع",
    reason: "A title or a verb of saying makes a surname a person, not the noun (الشرع 'the law', المعلم 'the teacher'); a verb of saying makes العربية the channel.",
  },
];
