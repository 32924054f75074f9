// What every stage of event reading shares: the trigger index, the word classes the stages test,
// and small helpers over token ranges.
import { inSet, NameIndex, tokenInSet } from "../matcher";
import { isWord, isWordToken, wordClass, type WordClass } from "../rules/word-class";
import { STATIONED } from "../rules/site-rules";
import { fold, foldSet } from "../normalize";
import { tokenSpan, type ArticleContext, type SentenceTokens } from "../context";
import { AIRCRAFT_WORDS, ANNOUNCE, BODY_WORDS, CAUSAL, UNKNOWN_PERPETRATORS, CESSATION, CIVILIAN_WORDS, CROWD_WORDS, REMOTE_WEAPONS, STATIVE_BEFORE, TALLY_NOUNS, TRIGGERS, type Trigger } from "../lexicon/events";
import { BANK_WORDS, DIRECTIONS, LOCATORS, PLACE_CUES } from "../lexicon/places";
import { GOVERNORATE_BY_CODE } from "../lexicon/governorates";
import { ANOTHER_WORDS, CAUSE_WORDS, CLAUSE_MARKERS, CLAUSE_PREPOSITIONS, FIRED_FROM, FIRING_POSITIONS, LIST_LINKS, MOVEMENT, NAME_HEADS, SETTLEMENT_WORDS, SPEAKERS, WITNESS_VERBS } from "../lexicon/scope";
import type { PlaceMention } from "../places";
import type { EventType, PlaceEntry } from "../types";

/** Forms a trigger is also written in: with the accusative alif (هجوماً بريّاً) or a pronoun (عملياتها). */
export function variants(phrase: string, withPronouns = true): string[] {
  const parts = fold(phrase).split(" ");
  let out = [""];
  for (const w of parts) {
    const forms = /[اهيء]$/.test(w) ? [w] : [w, w + "ا"];
    out = out.flatMap((o) => forms.map((f) => (o ? o + " " : "") + f));
  }
  if (parts.length === 1 && withPronouns) {
    const w = parts[0];
    const stem = w.endsWith("ه") ? w.slice(0, -1) + "ت" : w;
    out.push(stem + "ها", stem + "ه", stem + "هم");
  }
  return out;
}

export const triggerIndex = new NameIndex<Trigger>();
for (const t of TRIGGERS) {
  for (const w of t.words) {
    for (const v of variants(w, !t.noPronoun)) {
      triggerIndex.add(v, t);
      if (!v.startsWith("ال")) triggerIndex.add("ال" + v, t);
    }
  }
}

// Word classes: lib/extract/rules/word-class.ts.
export const CIVILIAN_W = wordClass("CIVILIAN_W", CIVILIAN_WORDS);
export const CAUSAL_W = wordClass("CAUSAL_W", CAUSAL);
export const BODY_W = wordClass("BODY_W", BODY_WORDS);
export const UNKNOWN_W = wordClass("UNKNOWN_W", UNKNOWN_PERPETRATORS);
// With the words of its phrases ("وقفة احتجاجية"), which a single token can show; not "إضراب عام"'s عام.
export const PROTEST_W = wordClass("PROTEST_W", TRIGGERS.filter((t) => t.type === "Protests").flatMap((t) => t.words).flatMap((w) => [w, ...w.split(" ").filter((x) => x !== w && x !== "عام")]));
export const CROWD_W = wordClass("CROWD_W", CROWD_WORDS);
export const REMOTE_W = wordClass("REMOTE_W", REMOTE_WEAPONS);
export const AIRCRAFT_W = wordClass("AIRCRAFT_W", AIRCRAFT_WORDS);
export const CESSATION_W = wordClass("CESSATION_W", CESSATION);
export const ANNOUNCE_W = wordClass("ANNOUNCE_W", ANNOUNCE);
export const STATIVE_W = wordClass("STATIVE_W", STATIVE_BEFORE);
export const TALLY_W = wordClass("TALLY_W", TALLY_NOUNS);
export const MARKER_W = wordClass("MARKER_W", CLAUSE_MARKERS);
export const MOVEMENT_W = wordClass("MOVEMENT_W", MOVEMENT);
export const WITNESS_W = wordClass("WITNESS_W", WITNESS_VERBS);
export const CUE_W = wordClass("CUE_W", Object.keys(PLACE_CUES));
export const DIRECTION_W = wordClass("DIRECTION_W", Object.keys(DIRECTIONS));
export const BANK_W = wordClass("BANK_W", BANK_WORDS);
// "…، إضافة إلى قرية X": a list of places goes on past "in addition to".
export const LINK_W = wordClass("LINK_W", LIST_LINKS);
export const ANOTHER_W = wordClass("ANOTHER_W", ANOTHER_WORDS);
export const PREPOSITIONS = wordClass("PREPOSITIONS", CLAUSE_PREPOSITIONS);
export const IN_W = wordClass("IN_W", ["في"]);
/** Relative pronouns: "البلدة التي قُتل فيها"، "الحي الذي شهد". */
export const RELATIVE_W = wordClass("RELATIVE_W", ["التي", "الذي", "اللتين", "اللذين", "اللتان", "اللذان"]);
export const BETWEEN_W = wordClass("BETWEEN_W", ["بين"]);
export const LOCATOR_W = wordClass("LOCATOR_W", LOCATORS);
export const NAME_HEAD_W = wordClass("NAME_HEAD_W", NAME_HEADS);
export const SPEAKER_W = wordClass("SPEAKER_W", SPEAKERS);
/** A cause, not a place of the event, follows these: "على خلفية خلاف على إدارة معبر X"، "بتهمة". */
export const CAUSE_W = wordClass("CAUSE_W", CAUSE_WORDS);
export const STATIONED_W = wordClass("STATIONED_W", STATIONED);
export const POSITION_WORDS = foldSet(FIRING_POSITIONS);
export const FIRED_WORDS = foldSet(FIRED_FROM);
export const NEED = new Map(TRIGGERS.map((t) => [t, { after: foldSet(t.needsAfter ?? []), before: foldSet(t.needsBefore ?? []) }]));

export const is = isWord;
export const surfaceOf = (ctx: ArticleContext, from: number, to: number) => tokenSpan(ctx, from, to).surface;

export interface FoundTrigger {
  trigger: Trigger;
  type: EventType;
  subType: string;
  strong: boolean;
  from: number;
  to: number;
  clause: number;
  /** a word of killing that took the type of the weapon named with it */
  caused?: boolean;
}

export interface ClauseView {
  from: number;
  to: number;
  triggers: FoundTrigger[];
  /** event places (site mentions) of the clause */
  places: PlaceMention[];
  /** only place names, cue words and links: a continuation of a list of places */
  listOnly: boolean;
  opener: "fronted" | "adjunct" | "marker" | null;
  casualty: boolean;
}

export function clauseIndex(s: SentenceTokens, token: number): number {
  const i = s.clauses.findIndex(([a, b]) => token >= a && token < b);
  return i < 0 ? 0 : i;
}

export const anyIn = (ctx: ArticleContext, cls: WordClass, from: number, to: number) => {
  for (let i = from; i < to; i++) if (isWordToken(cls, ctx.tokens[i])) return true;
  return false;
};
export const anyInSet = (ctx: ArticleContext, set: Set<string>, from: number, to: number) => {
  for (let i = from; i < to; i++) if (tokenInSet(set, ctx.tokens[i])) return true;
  return false;
};


export const VIOLENT = new Set<EventType>(["Explosions/Remote violence", "Battles", "Violence against civilians"]);

export const SETTLEMENT = foldSet(SETTLEMENT_WORDS);

export const CAPITAL_BY_CODE = new Map([...GOVERNORATE_BY_CODE].map(([code, g]) => [code, fold(g.capitalAr)]));
export const isCapital = new WeakMap<PlaceEntry, boolean>();

/** A governorate's capital named without a cue word ("وفي درعا،"): in news, as often the governorate. */
export function namesGovernorate(p: PlaceMention): boolean {
  if (p.cue !== null || !p.entry.admin1) return false;
  let yes = isCapital.get(p.entry);
  if (yes === undefined) {
    yes = (CAPITAL_BY_CODE.get(p.entry.admin1) ?? "") === fold(p.entry.nameAr);
    isCapital.set(p.entry, yes);
  }
  return yes;
}

/** A pronoun that points back to the event of the clause before: "قُتل خلالها"، "اعتُقل فيها"، "أُصيب إثرها". */
export const RESUMPTIVE = /^(خلالها|خلاله|خلالهما|فيها|فيه|اثرها|اثره|بعدها|اثناءها|جراءها|جراءه)$/;

/** A clause that sets other victims against those before it: "فيما قُتل …"، "بينما …"، "في حين …". */
export function contrasts(ctx: ArticleContext, s: SentenceTokens, clause: number): boolean {
  const start = s.clauses[clause]?.[0];
  if (start === undefined || clause === 0) return false;
  const opener = ctx.tokens[start]?.text ?? "";
  return /^(فيما|بينما)$/.test(opener) || (opener === "في" && ctx.tokens[start + 1]?.text === "حين");
}
