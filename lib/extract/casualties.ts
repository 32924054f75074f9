// Casualty counts in a sentence: each word of killing, wounding or arrest with the count it governs.
// A verb or its noun takes the count after it ("مقتل 40 عنصراً"، "قُتل سبعة مدنيين") or, for a verb,
// the subject before it ("أربعة مقاتلين قتلوا"، "مواطنتان قتلتا"); a victim noun takes the count
// before it ("53 شهيداً") or counts two in the dual ("يوقع قتيلين"). Coordinated counts add up
// ("9 عناصر من قوات النظام و6 مقاتلين"); a subset after بينهم does not ("سبعة مدنيين بينهم ثلاثة أطفال").
import { cliticForms, inSet, perWord, wordForms } from "./matcher";
import { fold, foldSet } from "./normalize";
import { numberAt } from "./numbers";
import { isWeekday } from "./dates";
import type { ArticleContext, SentenceTokens } from "./context";
import {
  ARRESTED_EVENT, ARRESTED_VICTIM, CASUALTY_REPORTING, COUNT_MODIFIERS, DUAL_VERBS, DUAL_VICTIM_STEMS, INJURED_EVENT, INJURED_VICTIM, KILLED_EVENT,
  ACCUSATION_REACH, ACCUSATION_WORDS, BREAKDOWN_WORDS, GRIEVANCE_WORDS, KILLED_PHRASES, KILLER_SUBJECTS, ACTIVE_KILLING_VERBS, KILLED_VICTIM, KILLING_NOT_DONE, NEGATION, PEOPLE_PLURALS, PERSON_NOUNS, SINGLE_KILLING, SINGULAR_VICTIMS, SUBSET_WORDS,
  TOLL_HEADS, TOLL_VERBS, COMPANIONS,
} from "./lexicon/events";
import { COUNT_RULES, type CasualtyRole, type CountRule, type CountRuleId } from "./rules/casualty-rules";

export type CasualtyKind = "killed" | "injured" | "arrested";

export interface CasualtyMention {
  kind: CasualtyKind;
  /** first and one-past-last token of the casualty word(s) */
  from: number;
  to: number;
  /** null: a casualty the text does not count ("قتلى"، "مقتل وجرح المئات") */
  count: number | null;
}

const EVENT_WORDS: [CasualtyKind, Set<string>][] = [["killed", foldSet(KILLED_EVENT)], ["injured", foldSet(INJURED_EVENT)], ["arrested", foldSet(ARRESTED_EVENT)]];
const VICTIM_WORDS: [CasualtyKind, Set<string>][] = [["killed", foldSet(KILLED_VICTIM)], ["injured", foldSet(INJURED_VICTIM)], ["arrested", foldSet(ARRESTED_VICTIM)]];
/** Singular victim nouns whose dual in -ين/-ان is unambiguous (their plural is broken: قتلى، شهداء، جرحى). */
const DUAL_VICTIMS: [CasualtyKind, Set<string>][] = [["killed", foldSet(DUAL_VICTIM_STEMS)], ["injured", foldSet(["جريح"])], ["arrested", foldSet(["اسير"])]];
/**
 * The stem of a dual: -ين/-ان, and in a construct -ي/-ا after the ta of a feminine noun ("جثتي امرأتين");
 * the ta marbuta is written ت before the ending (جثتين → جثة).
 */
function dualStem(f: string): string | null {
  const m = /^(.{2,}?)(تين|تان|ين|ان|تي|تا)$/.exec(f);
  if (!m) return null;
  return m[2].startsWith("ت") ? m[1] + "ه" : m[1].replace(/ت$/, "ه");
}
const SINGLE = foldSet(SINGLE_KILLING);
const TOLL_HEAD = foldSet(TOLL_HEADS);
/** A companion with an attached pronoun: سائقه، زوجته، ابنها (ة becomes ت before the pronoun). */
const COMPANION = new Set(COMPANIONS.map(fold).flatMap((w) => {
  const base = w.endsWith("ه") ? w.slice(0, -1) + "ت" : w;
  return [base + "ه", base + "ها"];
}));

/** How many companions follow one victim: "مصرعه مع سائقه" (1), "اغتيال الناشط وزوجته وابنه" (2). */
function companions(ctx: ArticleContext, from: number, end: number): number {
  let n = 0;
  for (let j = from; j < Math.min(end, from + 6); j++) {
    const t = ctx.tokens[j].text;
    if (t === "مع" && COMPANION.has(ctx.tokens[j + 1]?.text ?? "")) { n++; j++; continue; }
    if (t.startsWith("و") && COMPANION.has(t.slice(1))) { n++; continue; }
    if (n > 0) break;
  }
  return n;
}
const TOLL_VERB = foldSet(TOLL_VERBS);
const NOT_DONE = foldSet(KILLING_NOT_DONE);
const GRIEVANCE = foldSet(GRIEVANCE_WORDS);
const KILLERS = foldSet(KILLER_SUBJECTS);
const BREAKDOWN = foldSet(BREAKDOWN_WORDS);
const ACCUSATION = foldSet(ACCUSATION_WORDS);
const ACTIVE_KILLING = foldSet(ACTIVE_KILLING_VERBS);
/** How far before the casualty word a grievance word reaches ("احتجاجاً على مقتل"، "تنديداً بمقتل"). */
const GRIEVANCE_REACH = 2;
/** How far before the last word of a phrase ("لقي … حتفهم"، "أودى … بحياة") its first word may stand. */
const PHRASE_REACH = 7;
const NEGATED = foldSet(NEGATION);
const REPORTING = foldSet(CASUALTY_REPORTING);
const PHRASES = KILLED_PHRASES.map(([a, b]) => [fold(a), fold(b)] as const);
const DUALS = foldSet(DUAL_VERBS);
const PERSON = foldSet(PERSON_NOUNS);
const SINGULAR = foldSet(SINGULAR_VICTIMS);
const PEOPLE = foldSet([...PERSON_NOUNS, ...PEOPLE_PLURALS]);
const SUBSET = foldSet(SUBSET_WORDS);
const MODIFIERS = COUNT_MODIFIERS.map((m) => fold(m).split(" "));
/** Nouns of the act; they take the victim as a possessive pronoun ("مقتله"، "اعتقالهم"). */
const MASDAR = foldSet(["مقتل", "مصرع", "استشهاد", "ارتقاء", "وفاة", "إصابة", "اعتقال", "احتجاز"]);

const forms = wordForms;
const kindCache = new Map<string, boolean>();

/**
 * A person noun: 1 in the singular, 2 in the dual ("طفلان"، "مواطنتين"), null otherwise. With the
 * article, -ين is as often the plural as the dual ("مقتل المحتجين"): no count.
 */
function personCount(token: string | undefined): number | null {
  if (!token) return null;
  for (const [f] of cliticForms(token)) {
    const definite = f.startsWith("ال");
    const bare = definite ? f.slice(2) : f;
    if (PERSON.has(bare)) return 1;
    // "قتلوا شاباً"، "اغتالوا قيادياً": the singular object takes the alif of the accusative.
    if (!definite && bare.endsWith("ا") && PERSON.has(bare.slice(0, -1))) return 1;
    // "مقتل سائقها"، "اغتيال شقيقه": a singular noun with a possessive is one person.
    const owner = definite ? null : /^(.{2,}?)(هما|هم|هن|ها|ه)$/.exec(bare);
    if (owner && PERSON.has(owner[1])) return 1;
    const stem = bare.replace(/(تين|تان|ين|ان)$/, "");
    if (stem === bare || !(PERSON.has(stem) || PERSON.has(stem + "ه"))) continue;
    if (definite && /[^ت]ين$/.test(bare)) continue;
    return 2;
  }
  return null;
}

/** Index after any qualifier of a count that starts at i ("أكثر من", "نحو"). */
function skipModifiers(ctx: ArticleContext, i: number, end: number): number {
  for (const m of MODIFIERS) {
    if (i + m.length <= end && m.every((w, k) => forms(ctx.tokens[i + k].text).includes(w))) return i + m.length;
  }
  return i;
}

/** A number at i, also written with و ("و6 مقاتلين"); weekdays (الأحد، الاثنين) are not counts. */
function countAt(ctx: ArticleContext, i: number, end: number) {
  if (i >= end) return null;
  const t = ctx.tokens[i].text;
  if (t === "الاحد" || t === "الاثنين") return null;
  return numberAt(ctx.tokens, i);
}

/** Counts joined by و after a first count ending at token i: "9 عناصر … و6 مقاتلين". */
function coordinated(ctx: ArticleContext, i: number, end: number): number {
  let extra = 0;
  for (let j = i; j < Math.min(end, i + 6); j++) {
    const t = ctx.tokens[j].text;
    // "قتل 40 يوم الجمعة و30 يوم السبت": counts of two days, not one sum.
    if (inSet(SUBSET, t) || isCasualty(t) || isWeekday(t)) break;
    // "12 عنصراً من قوات النظام مقابل 7 من مقاتلي الهيئة": the other side's dead, after «مقابل».
    const against = /^(?:مقابل|بمقابل)$/.test(t) ? numberAt(ctx.tokens, j + 1) : null;
    const m = /^و(\d+)$/.exec(t);
    const word = !m && !against && t.startsWith("و") && !t.startsWith("وال") ? numberAt([{ ...ctx.tokens[j], text: t.slice(1), info: undefined }], 0) : null;
    const value = against && !against.approximate ? against.value : m ? Number(m[1]) : word && !word.approximate ? word.value : null;
    if (value === null) continue;
    if (against) j += against.length;
    // "و3 جرحى": a count of another kind; "وثلاثة في X": the count of another place.
    if (ctx.tokens[j + 1] && (isCasualty(ctx.tokens[j + 1].text) || /^[وف]?في$/.test(ctx.tokens[j + 1].text))) break;
    extra += value;
  }
  return extra;
}

/** Whether a token is a word of killing, wounding or arrest. */
export function isCasualty(token: string): boolean {
  let yes = kindCache.get(token);
  if (yes === undefined) {
    if (kindCache.size > 50_000) kindCache.clear();
    yes = EVENT_WORDS.some(([, set]) => inSet(set, token)) || VICTIM_WORDS.some(([, set]) => inSet(set, token));
    kindCache.set(token, yes);
  }
  return yes;
}

/**
 * The count after an event word ending at `to`: a number, a counted person noun, or "الأطفال
 * الثلاثة"; with the index just after the number.
 */
function countAfter(ctx: ArticleContext, to: number, end: number, verb = false): { count: number; end: number } | null {
  const start = skipModifiers(ctx, to, end);
  // A range counts its lower end, as ACLED does: "ما بين 150 و200 شخص"، "من 10 إلى 15 مدنياً"، "10 إلى 15".
  const t0 = ctx.tokens[start]?.text ?? "";
  const opened = t0 === "ما" && ctx.tokens[start + 1]?.text === "بين" ? 2 : /^بين$/.test(t0) || (t0 === "من" && countAt(ctx, start + 1, end)) ? 1 : 0;
  const j = start + opened;
  const n = countAt(ctx, j, end);
  if (n) {
    const k = j + n.length;
    const joiner = ctx.tokens[k]?.text ?? "";
    const upper = /^(الي|حتي|او)$/.test(joiner) ? countAt(ctx, k + 1, end) : /^و\d+$/.test(joiner) && opened ? { length: 0 } : null;
    if (upper) return { count: n.value, end: /^(الي|حتي|او)$/.test(joiner) ? k + 1 + upper.length : k + 1 };
    if (opened) return null;
    return { count: n.value + (n.approximate ? 0 : coordinated(ctx, k, end)), end: k };
  }
  if (opened) return null;
  if (j >= end) return null;
  const person = personCount(ctx.tokens[j].text);
  if (person !== null) {
    // "مدنيين اثنين": the number after the noun says it.
    const after = countAt(ctx, j + 1, end);
    if (after && !after.approximate) return { count: after.value, end: j + 2 };
    // "امرأة وطفلها"، "رجل وزوجته": people joined by و add up.
    // "قيادي في الفرقة الرابعة وعنصران من مرافقيه": past a short phrase about the first.
    let count = person;
    let last = j + 1;
    for (let k = j + 1; k < end && k - last <= 3; k++) {
      const w = ctx.tokens[k].text;
      if (isCasualty(w) || countAt(ctx, k, end)) break;
      if (!w.startsWith("و")) continue;
      const bare = w.slice(1);
      const stem = bare.replace(/(ها|هما|هم|ه)$/, "");
      // "وزوجته": the ta marbuta is written ت before a pronoun.
      const more = personCount(stem === bare ? bare : stem.replace(/ت$/, "ه"));
      if (more === null) break;
      count += more;
      last = k + 1;
    }
    return { count, end: last };
  }
  // A plural with a definite number after it: "استشهاد الأطفال الثلاثة".
  const def = ctx.tokens[j + 1]?.text.startsWith("ال") ? countAt(ctx, j + 1, end) : null;
  if (def && !def.approximate) return { count: def.value, end: j + 2 };
  // The subject before the object: "اعتقلت قوات الأمن 12 شخصاً"، "قتلت قوات النظام ثلاثة مدنيين".
  if (!verb) return null;
  for (let k = j + 1; k < Math.min(end, j + 5); k++) {
    if (isCasualty(ctx.tokens[k].text)) break;
    const n = countAt(ctx, k, end);
    if (n && k + n.length < end && isPeople(ctx.tokens[k + n.length].text)) return { count: n.value, end: k + n.length };
    // "قتل مسلحون مجهولون شاباً": one person in the accusative, or two in the dual, is the object.
    const object = personCount(ctx.tokens[k].text);
    if (object === 2 || (object === 1 && /ا$/.test(fold(ctx.tokens[k].text)))) return { count: object, end: k + 1 };
  }
  return null;
}

/** A noun for people, singular, dual or plural ("شخصاً"، "مدنيين"، "أطفال"، "عناصر"). */
function isPeople(token: string): boolean {
  return personCount(token) !== null || forms(token).some((f) => PEOPLE.has(f) || PEOPLE.has(f.replace(/ا$/, "")));
}

/** The subject of a casualty verb written before it: "سبعة مدنيين بينهم ثلاثة أطفال قضوا" → 7. */
function countBefore(ctx: ArticleContext, from: number, start: number): number | null {
  let floor = Math.max(start, from - 7);
  let limit = from;
  for (let b = from - 1; b >= floor; b--) {
    const t = ctx.tokens[b].text;
    if (isCasualty(t)) {
      floor = b + 1;
      break;
    }
    if (inSet(SUBSET, t)) limit = b;
  }
  for (let b = floor; b < limit; b++) {
    const n = countAt(ctx, b, limit);
    if (n && b + n.length <= limit) return n.value;
  }
  for (let b = limit - 1; b >= floor && b >= limit - 3; b--) {
    const p = personCount(ctx.tokens[b].text);
    if (p === 2) return 2;
  }
  return personCount(ctx.tokens[from - 1]?.text) === 1 && from - 1 >= start ? 1 : null;
}

interface WordClass {
  kind: CasualtyKind;
  role: CasualtyRole;
  /** the last word of a phrase ("فارق الحياة"، "أودى القصف بحياة"): the first words it needs a few words before it */
  heads?: Set<string>;
  /** what the last word of a phrase is without its first word ("أدى إلى مصرعه") */
  plain?: WordClass | null;
  masdar?: boolean;
  dualVerb?: boolean;
  /** one victim unless counted (an assassination) */
  single?: boolean;
  /** the victims a pronoun counts ("مقتله" 1, "مقتلهما" 2, "مقتلهم" uncounted) */
  pronounCount?: number | null;
}

const classCache = new Map<string, WordClass | null>();

/** What a word is as a casualty word, if anything; memoised. */
function classify(t: string): WordClass | null {
  let c = classCache.get(t);
  if (c !== undefined) return c;
  if (classCache.size > 100_000) classCache.clear();
  const f = forms(t);
  const heads = new Set(PHRASES.filter(([, b]) => f.includes(b)).map(([a]) => a));
  c = heads.size ? { kind: "killed", role: "event", heads, masdar: true, plain: classifyWord(t, f) } : classifyWord(t, f);
  classCache.set(t, c);
  return c;
}

/** classify, kept with the word: findCasualties asks it of every token of every sentence. */
const classifyToken = perWord(classify);

function classifyWord(t: string, f: string[]): WordClass | null {
  let c: WordClass | null = null;
  const event = EVENT_WORDS.find(([, set]) => inSet(set, t));
  if (event) c = { kind: event[0], role: "event", masdar: f.some((x) => MASDAR.has(x)), dualVerb: f.some((x) => DUALS.has(x)), single: f.some((x) => SINGLE.has(x)) };
  else {
    // "ما أدى إلى مقتله": the pronoun counts the victims; "إصابته" writes the ta marbuta ت.
    const pronoun = /(ه|ها|هما|هم|هن)$/.exec(t);
    const bare = pronoun ? t.slice(0, -pronoun[0].length) : "";
    const stem = bare.endsWith("ت") ? bare.slice(0, -1) + "ه" : bare;
    const kind = pronoun && stem.length > 2 && forms(stem).some((x) => MASDAR.has(x)) ? EVENT_WORDS.find(([, set]) => inSet(set, stem))?.[0] : undefined;
    const dual = DUAL_VICTIMS.find(([, set]) => f.some((x) => {
      const stem = dualStem(x);
      return stem !== null && (set.has(stem) || set.has(x.slice(0, -2)));
    }));
    const victim = VICTIM_WORDS.find(([, set]) => inSet(set, t));
    if (kind) c = { kind, role: "pronoun", pronounCount: pronoun![0] === "هما" ? 2 : pronoun![0] === "هم" || pronoun![0] === "هن" ? null : 1 };
    else if (dual) c = { kind: dual[0], role: "dual" };
    else if (victim) c = { kind: victim[0], role: "victim" };
  }
  return c;
}

/** A casualty word denied by a negation before it, past words that report it: "دون تسجيل قتلى"، "لم تسفر عن إصابات". */
function negated(ctx: ArticleContext, at: number, start: number): boolean {
  // "ولم تسفر الغارة عن وقوع ضحايا": one definite word, the subject, may stand between.
  let subject = false;
  for (let b = at - 1; b >= Math.max(start, at - 5); b--) {
    const t = ctx.tokens[b].text;
    if (inSet(NEGATED, t)) return true;
    if (inSet(REPORTING, t)) continue;
    if (subject || !/^[وف]?ال/.test(t)) return false;
    subject = true;
  }
  return false;
}

/** "اعتقلت، أمس، خمسة شبان": the count after a short adverbial set off by commas. */
function countPastAdverbial(ctx: ArticleContext, s: SentenceTokens, end: number, verb: boolean) {
  let k = s.clauses.findIndex(([a]) => a >= end);
  while (k >= 0 && k < s.clauses.length - 1 && s.clauses[k][1] - s.clauses[k][0] <= 3 && !countAt(ctx, s.clauses[k][0], s.clauses[k][1])) k++;
  return k > 0 && k < s.clauses.length ? countAfter(ctx, s.clauses[k][0], s.clauses[k][1], verb) : null;
}

/** One casualty word being read: where it is, what it is and the clause it stands in. */
interface Reading {
  ctx: ArticleContext;
  s: SentenceTokens;
  t: string;
  /** the casualty word (the last word of a phrase) */
  i: number;
  /** the first word of a phrase ("لقي … مصرعه"), else i */
  head: number;
  start: number;
  end: number;
  c: WordClass;
}

/** A rule's count; `from` where the mention starts (default: the word, or the phrase's head for an
 * act), `next` the last token it used (the loop goes on after it; default: the word itself). */
interface Counted { count: number | null; from?: number; next?: number }

type Counter = (r: Reading) => Counted | "veto" | undefined;

/** A preposition opening a phrase of place or cause: "قُتل في …"، "خلال …"، "جراء …". */
const PLACE_OR_CAUSE = /^(?:في|فى|خلال|جراء|اثر|عقب|بسبب)$/;

/** "ارتقاء ٥٣ شهيداً": the victim noun after the count is the same casualties, read with it. */
const pastVictim = (r: Reading, after: { count: number; end: number }): Counted => ({
  count: after.count,
  next: after.end < r.end && classify(r.ctx.tokens[after.end].text)?.role === "victim" ? after.end : r.i,
});

/** The reader of each rule of rules/casualty-rules.ts, by its id. */
const COUNTERS: Record<Exclude<CountRuleId, "companions" | "count-at-another-place" | "breakdown">, Counter> = {
  "not-done": (r) => (r.c.kind === "killed" && r.head - 1 >= r.start && inSet(NOT_DONE, r.ctx.tokens[r.head - 1].text) ? "veto" : undefined),
  charge: (r) => {
    for (let b = r.head - 1; b >= Math.max(r.start, r.head - ACCUSATION_REACH); b--) if (inSet(ACCUSATION, r.ctx.tokens[b].text)) return "veto";
    return undefined;
  },
  grievance: (r) => {
    for (let b = r.head - 1; b >= Math.max(r.start, r.head - GRIEVANCE_REACH); b--) if (inSet(GRIEVANCE, r.ctx.tokens[b].text)) return "veto";
    return undefined;
  },
  "toll-denied": (r) => (negated(r.ctx, r.head, r.start) ? { count: 0, from: r.head } : undefined),
  "pronoun-count": (r) => ({ count: r.c.pronounCount ?? null }),
  "dual-noun": () => ({ count: 2 }),
  "count-before-victim": (r) => {
    for (let back = 1; back <= 3; back++) {
      const n = r.i - back >= r.start ? countAt(r.ctx, r.i - back, r.i) : null;
      if (n && n.length === back) return { count: n.value };
    }
    return undefined;
  },
  "toll-total": (r) => {
    if (!(r.i - 1 >= r.start && inSet(TOLL_HEAD, r.ctx.tokens[r.i - 1].text))) return undefined;
    let j = r.i + 1;
    while (j < r.end && j <= r.i + 3 && inSet(TOLL_VERB, r.ctx.tokens[j].text)) j++;
    // "ليبلغ عدد الضحايا في ذلك اليوم ألفاً وثلاثمئة": a short phrase of time or place before the total.
    if (/^[وف]?(?:في|خلال|منذ)$/.test(r.ctx.tokens[j]?.text ?? "") && !countAt(r.ctx, j + 1, r.end)) {
      for (let k = j + 1; k < Math.min(r.end, j + 4); k++) if (countAt(r.ctx, k, r.end)) { j = k; break; }
    }
    const n = j > r.i + 1 || j < r.end ? countAt(r.ctx, j, r.end) : null;
    return n ? { count: n.value } : undefined;
  },
  "singular-victim": (r) => (forms(r.t).some((f) => SINGULAR.has(f)) ? { count: 1 } : undefined),
  "two-kinds-one-count": (r) => {
    const next = r.ctx.tokens[r.i + 1]?.text;
    return next && next.startsWith("و") && isCasualty(next) && r.i + 1 < r.end ? { count: null, next: r.i + 1 } : undefined;
  },
  "count-after": (r) => {
    const after = countAfter(r.ctx, r.i + 1, r.end, !r.c.masdar);
    return after ? pastVictim(r, after) : undefined;
  },
  "count-inside-phrase": (r) => {
    const after = r.head < r.i ? countAfter(r.ctx, r.head + 1, r.i) : null;
    return after ? pastVictim(r, after) : undefined;
  },
  "count-past-adverbial": (r) => {
    const after = r.i + 1 === r.end ? countPastAdverbial(r.ctx, r.s, r.end, !r.c.masdar) : null;
    return after ? pastVictim(r, after) : undefined;
  },
  "count-past-place": (r) => {
    if (r.c.masdar || r.i + 1 >= r.end || !PLACE_OR_CAUSE.test(r.ctx.tokens[r.i + 1].text)) return undefined;
    // The count must name people right after it ("تسعة مدنيين"), so a number of the place ("حي 8 آذار") is none.
    for (let j = r.i + 2; j < r.end && j <= r.i + 5; j++) {
      const after = countAfter(r.ctx, j, r.end, true);
      if (after && after.end < r.end && inSet(PEOPLE, r.ctx.tokens[after.end].text)) return { count: after.count, next: after.end };
    }
    return undefined;
  },
  "subject-before": (r) => {
    if (r.c.masdar && r.head === r.i) return undefined;
    // "قُتل ستة أشخاص وأصيب آخرون": a verb joined by و has the subject of its own; the count before is the first verb's.
    if (r.head === r.i && /^[وف]/.test(r.t) && isCasualty(r.t.slice(1))) return undefined;
    // "مسلحون مجهولون اغتالوا قيادياً": the subject of an active verb, or one who kills, is not the victims.
    if (r.head === r.i && inSet(ACTIVE_KILLING, r.t)) return undefined;
    for (let b = r.head - 1; b >= Math.max(r.start, r.head - 3); b--) if (inSet(KILLERS, r.ctx.tokens[b].text)) return undefined;
    const n = countBefore(r.ctx, r.head, r.start);
    return n === null ? undefined : { count: n };
  },
  "dual-verb": (r) => (r.c.dualVerb ? { count: 2 } : undefined),
  "single-victim-act": (r) => (r.c.single ? { count: 1 } : undefined),
};

const RULES_BY_ROLE = new Map<CasualtyRole, CountRule[]>(
  (["event", "victim", "dual", "pronoun"] as const).map((role) => [role, COUNT_RULES.filter((rule) => rule.roles !== "after" && rule.roles.includes(role))]),
);

/** Every casualty word of the sentence with its count, in the order written. */
export function findCasualties(ctx: ArticleContext, s: SentenceTokens): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  const traced = (rule: string, c: CasualtyMention) =>
    ctx.trace?.push({ stage: "casualty", rule, effect: `${c.kind} ${c.count ?? "uncounted"}`, text: surfaceOf(ctx, c.from, c.to) });
  for (let i = s.from; i < s.to; i++) {
    const t = ctx.tokens[i].text;
    let c = classifyToken(ctx.tokens[i]);
    if (!c) continue;
    const [start, end] = s.clauses.find(([a, b]) => i >= a && i < b) ?? [s.from, s.to];
    let head = i;
    if (c.heads) {
      const heads = c.heads;
      let h = i - 1;
      // "لقي أحد عشر عنصراً من قوات النظام حتفهم": the subject, counted and qualified, stands between.
      while (h >= Math.max(start, i - PHRASE_REACH) && !forms(ctx.tokens[h].text).some((f) => heads.has(f))) h--;
      if (h >= Math.max(start, i - PHRASE_REACH)) head = h;
      else c = c.plain ?? null;
      if (!c) continue;
    }
    const reading: Reading = { ctx, s, t, i, head, start, end, c };
    let found: Counted | "veto" | undefined;
    let rule: CountRule | undefined;
    for (rule of RULES_BY_ROLE.get(c.role)!) if ((found = COUNTERS[rule.id as keyof typeof COUNTERS](reading)) !== undefined) break;
    if (found === "veto") {
      ctx.trace?.push({ stage: "casualty", rule: rule!.id, effect: "veto", text: surfaceOf(ctx, head, i + 1) });
      continue;
    }
    const mention = { kind: c.kind, from: found?.from ?? (c.role === "event" ? head : i), to: i + 1, count: found?.count ?? null };
    out.push(mention);
    if (found) traced(rule!.id, mention);
    i = found?.next ?? i;
  }
  for (const c of out) {
    if (c.kind !== "killed" || c.count !== 1) continue;
    const more = companions(ctx, c.to, s.to);
    if (more === 0) continue;
    c.count += more;
    traced("companions", c);
  }
  // "قُتل أربعة مدنيين في X، وثلاثة في Y"، "قتل ستة في أريحا وخمسة في كفرنبل": a count with no noun after
  // a counted casualty, at another place (in a clause of its own or joined by و in the same clause).
  if (out.some((c) => c.count !== null)) {
    for (let a = s.from; a < s.to - 2; a++) {
      const t = ctx.tokens[a].text;
      // "و15 آخرين في حي الحيدرية": "others" may stand between the count and its place.
      const at = /^(اخرين|اخرون)$/.test(ctx.tokens[a + 1].text) ? a + 2 : a + 1;
      if (!t.startsWith("و") || at >= s.to || !/^[وف]?في$/.test(ctx.tokens[at].text) || out.some((c) => a >= c.from && a < c.to)) continue;
      const n = numberAt([{ ...ctx.tokens[a], text: t.slice(1), info: undefined }], 0);
      const prior = out.filter((c) => c.from < a && c.count !== null).at(-1);
      if (!n || n.approximate || n.length !== 1 || !prior) continue;
      const mention = { kind: prior.kind, from: a, to: a + 1, count: n.value };
      out.push(mention);
      traced("count-at-another-place", mention);
    }
    out.sort((x, y) => x.from - y.from);
  }
  breakDown(ctx, s, out, traced);
  return out;
}

/**
 * "وثق المرصد مقتل 14 شخصاً، هم: 3 مدنيين … في درعا، ومدنيان … في ريف حماة، و5 عناصر …": a toll broken down,
 * after a word that opens the parts, into counts that add up to it. Each part (a number or a dual noun
 * opening a clause, or right after the opener) becomes a count of its own; the total goes, since it is
 * the sum of events at several places. Parts that do not add up leave the toll as it was.
 */
function breakDown(ctx: ArticleContext, s: SentenceTokens, out: CasualtyMention[], traced: (rule: string, c: CasualtyMention) => void) {
  const total = out.find((c) => c.count !== null && c.count > 2 && c.kind !== "arrested");
  if (!total) return;
  let opener = -1;
  for (let b = total.to; b < Math.min(s.to - 1, total.to + 8); b++) {
    if (inSet(BREAKDOWN, ctx.tokens[b].text)) { opener = b; break; }
  }
  if (opener < 0) return;
  const starts = new Set([opener + 1, ...s.clauses.map(([a]) => a).filter((a) => a > opener)]);
  const parts: CasualtyMention[] = [];
  for (const a of [...starts].sort((x, y) => x - y)) {
    if (a >= s.to) continue;
    const t = ctx.tokens[a].text;
    const bare = t.replace(/^و/, "");
    const n = numberAt([{ ...ctx.tokens[a], text: bare, info: undefined }], 0) ?? (t !== bare || a === opener + 1 ? countAt(ctx, a, s.to) : null);
    const value = n && !n.approximate ? n.value : personCount(bare) === 2 ? 2 : null;
    if (value === null) continue;
    parts.push({ kind: total.kind, from: a, to: a + 1, count: value });
  }
  if (parts.length < 2 || parts.reduce((sum, p) => sum + p.count!, 0) !== total.count) return;
  // Counts read inside the parts ("بينهم طفل"، a part's own word of killing) are the parts' already.
  const first = parts[0].from;
  for (let i = out.length - 1; i >= 0; i--) if (out[i] === total || out[i].from >= first) out.splice(i, 1);
  for (const p of parts) {
    out.push(p);
    traced("breakdown", p);
  }
  out.sort((x, y) => x.from - y.from);
}

const surfaceOf = (ctx: ArticleContext, from: number, to: number) => ctx.text.slice(ctx.folded.offsets[ctx.tokens[from].start], ctx.folded.offsets[ctx.tokens[to - 1].end - 1] + 1);
