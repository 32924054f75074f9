// How a word of killing, wounding or arrest gets its count. Each rule is data: which casualty words
// it applies to, what it does, a sentence it fires on with the count it gives, and why. The table's
// order is the order they are tried in: the first that gives a count wins (a veto ends the search).
// lib/extract/casualties.ts runs them — each id there names one small reader of the clause — and
// tests/unit/rule-examples.test.ts checks that every example fires its rule with its count.

/** What a casualty word is (casualties.ts classify): a verb or noun of the act, a victim noun, a
 * victim noun in the dual, or a noun of the act with a pronoun for the victims. */
export type CasualtyRole = "event" | "victim" | "dual" | "pronoun";

export type CountRuleId =
  | "not-done" | "grievance" | "charge" | "toll-denied" | "pronoun-count" | "dual-noun" | "count-before-victim" | "toll-total" | "singular-victim"
  | "two-kinds-one-count" | "count-after" | "count-inside-phrase" | "count-past-adverbial" | "count-past-place" | "subject-before"
  | "dual-verb" | "single-victim-act" | "companions" | "count-at-another-place" | "breakdown";

export interface CountRule {
  id: CountRuleId;
  /** the casualty words it applies to; "after" rules run once the sentence's counts are known */
  roles: readonly CasualtyRole[] | "after";
  /** veto: the word is no casualty; count: the rule gives the count (or adds to it, for "after") */
  effect: "veto" | "count";
  example: string;
  /** the killed (or, for an arrest rule, arrested) count the example gives; null when uncounted */
  count: number | null;
  /** the kind the example's count is of */
  kind: "killed" | "injured" | "arrested";
  reason: string;
}

const ACTS = ["event"] as const;

export const COUNT_RULES: readonly CountRule[] = [
  { id: "not-done", roles: ["event", "victim", "dual", "pronoun"], effect: "veto", kind: "killed", count: null,
    example: "ونجا القيادي من محاولة اغتيال في مدينة درعا.", reason: "an attempted killing, or a death sentence, is no death" },
  { id: "charge", roles: ACTS, effect: "veto", kind: "killed", count: null,
    example: "وأعلنت إدارة الأمن العام القبض على متورطين في عمليات قتل في حي الزهراء.", reason: "a killing someone is accused of or involved in is the charge, not a toll reported here" },
  { id: "grievance", roles: ["event", "victim", "dual", "pronoun"], effect: "veto", kind: "killed", count: null,
    example: "وتظاهر العشرات في مدينة شهبا احتجاجاً على مقتل ثلاثة شبان.", reason: "a killing or an arrest people protest against (احتجاجاً على، تنديداً ب) is the grievance, not a toll of the protest" },
  { id: "toll-denied", roles: ["event", "victim", "dual", "pronoun"], effect: "count", kind: "killed", count: 0,
    example: "وقصفت الطائرات مدينة إدلب دون وقوع قتلى.", reason: "a denied toll is a toll of none (دون تسجيل قتلى، لم تسفر عن إصابات)" },
  { id: "pronoun-count", roles: ["pronoun"], effect: "count", kind: "killed", count: 2,
    example: "واستهدفت غارة سيارة في مدينة إدلب ما أدى إلى مقتلهما.", reason: "the pronoun counts the victims: مقتله 1، مقتلهما 2، مقتلهم uncounted" },
  { id: "dual-noun", roles: ["dual"], effect: "count", kind: "killed", count: 2,
    example: "وأوقع القصف قتيلين في مدينة أريحا.", reason: "a victim noun in the dual counts two" },
  { id: "count-before-victim", roles: ["victim"], effect: "count", kind: "killed", count: 12,
    example: "وأحصى المرصد 12 قتيلاً في مدينة دوما.", reason: "a victim noun takes the number written before it" },
  { id: "toll-total", roles: ["victim"], effect: "count", kind: "killed", count: 18,
    example: "وقال المرصد إن عدد القتلى بلغ 18 في مدينة حلب.", reason: "the total of a toll is written after the victims' noun (عدد القتلى بلغ، حصيلة القتلى إلى)" },
  { id: "singular-victim", roles: ["victim"], effect: "count", kind: "killed", count: 1,
    example: "وسقط قتيل في قصف على مدينة سراقب.", reason: "a victim noun in the singular is one victim" },
  { id: "two-kinds-one-count", roles: ACTS, effect: "count", kind: "killed", count: null,
    example: "وأدى القصف إلى مقتل وجرح العشرات في مدينة حمص.", reason: "one count for the killed and the wounded together is the count of neither" },
  { id: "count-after", roles: ACTS, effect: "count", kind: "killed", count: 7,
    example: "وقتل سبعة مدنيين في غارة على مدينة معرة النعمان.", reason: "a verb or noun of the act takes the count after it (with its range, its qualifier and the counts joined by و)" },
  { id: "count-inside-phrase", roles: ACTS, effect: "count", kind: "killed", count: 5,
    example: "ولقي خمسة مدنيين مصرعهم في قصف على مدينة خان شيخون.", reason: "in a phrase of two words (لقي … مصرعه) the count stands between them" },
  { id: "count-past-adverbial", roles: ACTS, effect: "count", kind: "arrested", count: 5,
    example: "وقالت المصادر إن قوات الأمن اعتقلت، أمس، خمسة شبان في مدينة درعا.", reason: "a short adverbial set off by commas stands between the verb and its count" },
  { id: "count-past-place", roles: ACTS, effect: "count", kind: "killed", count: 20,
    example: "وقُتل في بلدة حزة أكثر من 20 مدنياً بقصف مدفعي.", reason: "a short phrase of place or cause («في مدينة دوما»، «خلال الاشتباكات») may stand between the verb and its count of people" },
  { id: "subject-before", roles: ACTS, effect: "count", kind: "killed", count: 4,
    example: "وأفاد المرصد بأن أربعة مقاتلين قتلوا في مدينة تدمر.", reason: "a verb's subject, written before it, is its count" },
  { id: "dual-verb", roles: ACTS, effect: "count", kind: "killed", count: 2,
    example: "وأفادت المصادر بأنهما قتلتا في قصف على مدينة درعا.", reason: "a verb in the dual counts two" },
  { id: "single-victim-act", roles: ACTS, effect: "count", kind: "killed", count: 1,
    example: "وجرى اغتيال رئيس المجلس المحلي في مدينة درعا.", reason: "an assassination has one victim unless the text counts more" },
  { id: "companions", roles: "after", effect: "count", kind: "killed", count: 2,
    example: "واغتيل الناشط مع سائقه في مدينة درعا.", reason: "one victim and the companions named after him: مع سائقه، وزوجته وابنه" },
  { id: "count-at-another-place", roles: "after", effect: "count", kind: "killed", count: 3,
    example: "وقتل أربعة مدنيين في مدينة إدلب، وثلاثة في مدينة أريحا.", reason: "a bare count after a counted toll, in a clause of its own or joined by و (\"وخمسة في بلدة كفرنبل\"), is the toll of the place it names" },
  { id: "breakdown", roles: "after", effect: "count", kind: "killed", count: 2,
    example: "ووثق المرصد مقتل 5 أشخاص، هم: 3 مدنيين في مدينة درعا، ومدنيان بانفجار لغم في بلدة عقيربات.",
    reason: "a toll broken down after «هم:» into counts that add up to it is the sum of the events each part names: each part is its own event's count, the total is none's (the example's last part counts 2)" },
];
