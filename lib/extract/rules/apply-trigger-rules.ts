// Runs the trigger rules of rules/trigger-rules.ts: each rule's word lists become word classes once,
// and a trigger is tested against them within its own clause.
import type { ArticleContext } from "../context";
import type { EventType } from "../types";
import { TRIGGER_RULES, type TriggerRule } from "./trigger-rules";
import { isWordToken, wordClass, type WordClass } from "./word-class";

interface Compiled {
  rule: TriggerRule;
  types: ReadonlySet<EventType> | null;
  justBefore: WordClass[];
  near: { cls: WordClass; within: number; unlessBetween: WordClass | null } | null;
  justAfter: WordClass | null;
  inClause: WordClass | null;
  unlessInClause: WordClass | null;
  onWords: WordClass | null;
  sentenceHead: { cls: WordClass; within: number } | null;
}

const compiled: Compiled[] = TRIGGER_RULES.map((rule) => ({
  rule,
  types: rule.types ? new Set(rule.types) : null,
  justBefore: (rule.justBefore ?? []).map((words, i) => wordClass(`${rule.id}:before${i}`, words)),
  near: rule.near ? {
    cls: wordClass(`${rule.id}:near`, rule.near.words), within: rule.near.within,
    unlessBetween: rule.near.unlessBetween ? wordClass(`${rule.id}:unless`, rule.near.unlessBetween) : null,
  } : null,
  justAfter: rule.justAfter ? wordClass(`${rule.id}:after`, rule.justAfter) : null,
  inClause: rule.inClause ? wordClass(`${rule.id}:clause`, rule.inClause) : null,
  unlessInClause: rule.unlessInClause ? wordClass(`${rule.id}:unlessClause`, rule.unlessInClause) : null,
  onWords: rule.onWords ? wordClass(`${rule.id}:on`, rule.onWords) : null,
  sentenceHead: rule.sentenceHead ? { cls: wordClass(`${rule.id}:head`, rule.sentenceHead.words), within: rule.sentenceHead.within } : null,
}));

/** A trigger at tokens [from, to) of the clause [cs, ce). */
export interface TriggerSpot {
  from: number;
  to: number;
  cs: number;
  ce: number;
  /** the first token of the trigger's sentence */
  ss: number;
  type: EventType;
  strong: boolean;
  subType: string;
  /** the article's year, when known */
  year: number | null;
}

function fires(ctx: ArticleContext, c: Compiled, t: TriggerSpot): boolean {
  if (c.types && !c.types.has(t.type)) return false;
  if (c.rule.weakOnly && t.strong) return false;
  if (c.rule.subTypes && !c.rule.subTypes.includes(t.subType)) return false;
  if (c.onWords && !isWordToken(c.onWords, ctx.tokens[t.from])) return false;
  // Plain loops, no closures: this runs for every rule on every trigger.
  const n = c.justBefore.length;
  for (let k = 0; k < n; k++) {
    const i = t.from - n + k;
    if (i < t.cs || i >= t.ce || !isWordToken(c.justBefore[k], ctx.tokens[i])) return false;
  }
  if (c.justAfter && (t.to >= t.ce || !isWordToken(c.justAfter, ctx.tokens[t.to]))) return false;
  if (c.near) {
    const at = lastWord(ctx, c.near.cls, Math.max(t.cs, t.from - c.near.within), t.from);
    if (at < 0 || (c.near.unlessBetween && anyWord(ctx, c.near.unlessBetween, at + 1, t.from))) return false;
  }
  if (c.inClause && !anyWord(ctx, c.inClause, t.cs, t.ce)) return false;
  if (c.unlessInClause && anyWord(ctx, c.unlessInClause, t.cs, t.ce)) return false;
  if (c.sentenceHead && !anyWord(ctx, c.sentenceHead.cls, t.ss, Math.min(t.from, t.ss + c.sentenceHead.within))) return false;
  if (c.rule.pastYear && !namesEarlierYear(ctx, t)) return false;
  return true;
}

function lastWord(ctx: ArticleContext, cls: WordClass, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isWordToken(cls, ctx.tokens[i])) return i;
  return -1;
}

function anyWord(ctx: ArticleContext, cls: WordClass, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordToken(cls, ctx.tokens[i])) return true;
  return false;
}

/** The longest phrase of time that heads a sentence and dates it ("وفي أواخر عام 2016،"), and its first word. */
const FRONTED_TIME_MAX = 5;
const FRONTED_TIME = /^[وف]?(?:في|منذ|خلال)$/;
const PART_OF_YEAR = /^(?:صيف|شتاء|ربيع|خريف|مطلع|بدايه|اوائل|اواخر|اواسط|منتصف|نهايه|اواخر)$/;

/** "في العام 2015"، "عام 2012"، "في 2014": a year with no day or month before it, earlier than the article's. */
function namesEarlierYear(ctx: ArticleContext, t: TriggerSpot): boolean {
  if (t.year === null) return false;
  // "وفي عام 2016، قتلت غارات …، في هجوم …": a phrase of time heading the sentence dates all of it.
  if (t.cs > t.ss && FRONTED_TIME.test(ctx.tokens[t.ss].text) && earlierYearIn(ctx, t.year, t.ss, Math.min(t.cs, t.ss + FRONTED_TIME_MAX))) return true;
  return earlierYearIn(ctx, t.year, t.cs, t.ce);
}

function earlierYearIn(ctx: ArticleContext, year: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = ctx.tokens[i].text;
    if (!/^\d{4}$/.test(w) || Number(w) >= year || Number(w) < 1900) continue;
    const prev = ctx.tokens[i - 1]?.text ?? "";
    // "بين عامي 2014 و2017": the first year of a span counts too.
    if (/^[وف]?(?:في|عام|العام|سنه|السنه|لعام|منذ|عامي)$/.test(prev)) return true;
    // "منذ صيف 2012"، "في أواخر 2016": a season or a part of the year between.
    if (PART_OF_YEAR.test(prev) && /^[وف]?(?:في|منذ|خلال|حتي|مع)$/.test(ctx.tokens[i - 2]?.text ?? "")) return true;
  }
  return false;
}

/** The first veto rule that fires on the trigger, if any. */
export function vetoOf(ctx: ArticleContext, t: TriggerSpot): TriggerRule | null {
  for (const c of compiled) if ("veto" in c.rule.effect && fires(ctx, c, t)) return c.rule;
  return null;
}

/** The first retype rule that fires on the trigger, if any, with its new type. */
export function retypeOf(ctx: ArticleContext, t: TriggerSpot): { rule: TriggerRule; type: EventType; subType: string } | null {
  for (const c of compiled) {
    const e = c.rule.effect;
    if ("retype" in e && fires(ctx, c, t)) return { rule: c.rule, ...e.retype };
  }
  return null;
}
