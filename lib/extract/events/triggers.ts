// Stage 1: the triggers of a sentence that report an event, and the ACLED type each takes in its
// clause (the veto and retype rules are the table of rules/trigger-rules.ts).
import { findNames } from "../matcher";
import { retypeOf, vetoOf } from "../rules/apply-trigger-rules";
import { isWordToken } from "../rules/word-class";
import { foldSet } from "../normalize";
import { isCasualty, type CasualtyMention } from "../casualties";
import { numberAt } from "../numbers";
import { adjacent, type ArticleContext, type SentenceTokens } from "../context";
import { HABITUAL, HISTORICAL, TALLY_PERIOD, type Trigger } from "../lexicon/events";
import { DOCUMENTING_WORDS } from "../lexicon/scope";
import type { PlaceMention } from "../places";
import type { ActorMention } from "../actors";
import type { EventType } from "../types";
import { triggerIndex, BODY_W, CIVILIAN_W, CAUSAL_W, PROTEST_W, CROWD_W, REMOTE_W, AIRCRAFT_W, CESSATION_W, ANNOUNCE_W, STATIVE_W, TALLY_W, NEED, is, surfaceOf, FoundTrigger, clauseIndex, anyIn, anyInSet, VIOLENT } from "./shared";

/**
 * A crowd doing the act: "اقتحم محتجون"، "محتجين غاضبين أحرقوا" — not the crowd shot at, counted
 * or arrested ("النار على المحتجين"، "مقتل ثلاثة متظاهرين"، "اعتقال محتجين").
 */
function crowdActs(ctx: ArticleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isWordToken(CROWD_W, ctx.tokens[i])) continue;
    const before = [i - 1, i - 2].filter((b) => b >= from);
    const object = before.some((b) => /^(علي|ضد|بحق|لتفريق|تفريق|استهداف)$/.test(ctx.tokens[b].text.replace(/^[وف]/, "")) || numberAt(ctx.tokens, b) !== null);
    if (!object && !before.some((b) => isCasualty(ctx.tokens[b].text))) return true;
  }
  return false;
}

/** The ACLED type a trigger at [at, atEnd) takes in its clause [from, to) of the sentence s. */
function refineType(ctx: ArticleContext, s: SentenceTokens, t: Trigger, at: number, atEnd: number, from: number, to: number, crowd: boolean): { type: EventType; subType: string } {
  if (t.crowd) return crowd ? { type: "Riots", subType: t.subType } : { type: "Strategic developments", subType: "Looting/property destruction" };
  if (t.type === "Battles" && t.subType === "Armed clash" && crowd) return { type: "Riots", subType: "Violent demonstration" };
  const civilians = anyIn(ctx, CIVILIAN_W, from, to);
  // Shooting to break up a protest ("لتفريق مظاهرة"، "النار على المحتجين") is excessive force against
  // protesters (ACLED); at civilians, violence against civilians. In the clause or just after it.
  if (t.shooting && anyIn(ctx, PROTEST_W, from, Math.min(s.to, to + 12))) return { type: "Protests", subType: "Excessive force against protesters" };
  if (t.shooting && (civilians || anyIn(ctx, CIVILIAN_W, to, Math.min(s.to, to + 12)))) return { type: "Violence against civilians", subType: "Attack" };
  const aircraft = anyIn(ctx, AIRCRAFT_W, from, to);
  // "يشن النظام بمشاركة طائرات روسية هجمة": the weapon is named next to the attack.
  if (t.type === "Battles" && !t.strong && anyIn(ctx, REMOTE_W, Math.max(from, at - 4), Math.min(to, atEnd + 4))) {
    return { type: "Explosions/Remote violence", subType: aircraft ? "Air/drone strike" : "Shelling/artillery/missile attack" };
  }
  if (t.type === "Explosions/Remote violence" && !t.strong && aircraft) return { type: t.type, subType: "Air/drone strike" };
  if (t.type === "Battles" && !t.strong && civilians) return { type: "Violence against civilians", subType: "Attack" };
  if (t.type === "Violence against civilians" && !t.strong && !civilians) return { type: "Battles", subType: "Armed clash" };
  return { type: t.type, subType: t.subType };
}

/** A sentence that sums many events over a period ("38 عملية خلال الشهر الماضي") reports none of them. */
export function isTally(ctx: ArticleContext, s: SentenceTokens, folded: string, casualties: CasualtyMention[]): boolean {
  if (!TALLY_PERIOD.test(folded)) return false;
  for (let i = s.from + 1; i < s.to; i++) {
    if (/^\d+$/.test(ctx.tokens[i - 1].text) && Number(ctx.tokens[i - 1].text) > 2 && isWordToken(TALLY_W, ctx.tokens[i])) return true;
  }
  // "وثق المكتب مقتل 27 شخصاً في محافظة درعا خلال النصف الأول من الشهر": a toll documented over a period.
  return casualties.some((c) => c.count !== null && c.count > 2) && anyInSet(ctx, DOCUMENTING, s.from, s.to);
}
const DOCUMENTING = foldSet(DOCUMENTING_WORDS);
/** Words of a beginning (folded): what "منذ" counts from in a sum. */
const BEGINNINGS = "بدء|بدايه|مطلع|انطلاق|اندلاع";
/** "منذ بدء الحملة"، "منذ اندلاع النزاع"، "منذ مطلع الهجوم" (folded): since something began. */
const SINCE_START = new RegExp(`(?:^|\\s)[وف]?منذ\\s+(?:${BEGINNINGS})\\s`);
/** "منذ 18 فبراير"، "منذ الثامن من كانون الأول" (folded): since a day of a month. */
const MONTHS = "كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر";
const SINCE_DAY = new RegExp(`(?:^|\\s)[وف]?منذ\\s+(?:\\S+\\s+){0,2}(?:${MONTHS})(?:\\s|$)`);

/**
 * "وقُتل فيها أكثر من 1600 مدني منذ بدء الهجوم الأخير": a toll summed since something began, told by a word
 * of killing alone, is no event of its own (with a word of fighting, "اشتباكات … أسفرت منذ مطلع الشهر عن
 * مقتل 100", the fighting is the event and the sum its toll).
 */
export function isSumSince(ctx: ArticleContext, folded: string, triggers: FoundTrigger[], casualties: CasualtyMention[]): boolean {
  // The attack that began the period ("منذ بدء الهجوم") is what the sum counts from, not another event.
  const begins = (t: FoundTrigger) => t.from >= 2 && SINCE_WORD.test(ctx.tokens[t.from - 2].text) && BEGIN_WORD.test(ctx.tokens[t.from - 1].text);
  // "وأسفرت الغارات على الغوطة الشرقية منذ 18 فبراير عن مقتل أكثر من 500 مدني": the definite attacks of a
  // campaign summed since a day are its toll so far, no event of the day.
  const campaign = (t: FoundTrigger) => SINCE_DAY.test(folded) && /^[وف]?(?:ال|بال|لل)/.test(ctx.tokens[t.from].text);
  return triggers.length > 0 && triggers.every((t) => t.trigger.outcome || begins(t) || campaign(t)) && (SINCE_START.test(folded) || SINCE_DAY.test(folded)) &&
    casualties.some((c) => c.kind === "killed" && c.count !== null && c.count > 2);
}
const SINCE_WORD = /^[وف]?منذ$/;
const BEGIN_WORD = new RegExp(`^(?:${BEGINNINGS})$`);
/**
 * A sentence that begins "ومنذ سقوط النظام …"، "منذ بدء التصعيد …"، "منذ الثامن من كانون الأول" sums what
 * has happened since another event or a date: background. Not "منذ فجر اليوم"، "منذ ما بعد منتصف الليل".
 */
const SINCE_BACKGROUND = /^[وف]?منذ\s+(?:(?:عام\s+|العام\s+)?\d{4}(?:\s|$)|(?:سقوط|بدء|بدايه|مطلع|انطلاق|اندلاع|توقيع|اعلان|دخول|سيطره|انتهاء|اتفاق|مقتل|اغتيال)(?:\s|$)|(?:\S+\s+){1,3}(?:كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)(?:\s|$))/;

/** The triggers of a sentence that report an event: not negated, stopped, expected, pointed back to or stative. */
export function sentenceTriggers(ctx: ArticleContext, s: SentenceTokens, actors: ActorMention[], mentions: PlaceMention[], clauseTexts: string[], year: number | null,
  /** filled with where the triggers of vetoed unreal events end */
  unreal: number[]): FoundTrigger[] {
  const out: FoundTrigger[] = [];
  const matches = findNames(ctx.tokens, triggerIndex, s.from, s.to, (i) => adjacent(ctx, i))
    // A trigger inside a name ("كتيبة مدفعية سجيل") is part of the name; the noun a state's adjective
    // qualifies ("القصف التركي") is not.
    .filter((m) => !actors.some((a) => (a.adjectiveAt ?? a.from) < m.to && m.from < a.to));
  let crowd: boolean | undefined;
  const pattern: (boolean | undefined)[] = [];
  const since = SINCE_BACKGROUND.test(clauseTexts[0] ?? "");
  for (const m of matches) {
    const clause = clauseIndex(s, m.from);
    const [cs, ce] = s.clauses[clause] ?? [s.from, s.to];
    // A word of several entries ("فتح النار" / "فتح معبر"، "دخلت قوات" / "وحدات الجيش دخلت") is the first whose
    // neighbours it needs are there.
    const fits = (t: Trigger) => {
      const need = NEED.get(t)!;
      const win = t.window ?? 3;
      if (need.after.size && !anyInSet(ctx, need.after, m.to, Math.min(ce, m.to + win))) return false;
      // Across a short adverbial set off by commas too ("بدأت وحدات من الجيش، الأحد، الانتشار"): the window is the sentence's.
      if (need.before.size && !anyInSet(ctx, need.before, Math.max(s.from, m.from - win), m.from)) return false;
      return !t.needsPlace || mentions.some((p) => p.from >= m.to && p.from - m.to <= 4);
    };
    const trigger = m.values.find(fits);
    if (!trigger) continue;
    const tok = (i: number) => (i >= cs && i < ce ? ctx.tokens[i].text : undefined);
    pattern[clause] ??= since || HISTORICAL.test(clauseTexts[clause] ?? "") || HABITUAL.test(clauseTexts[clause] ?? "");
    if (pattern[clause]) continue;
    // Negated, pointed back to, expected, demanded, figurative…: the table of rules/trigger-rules.ts.
    const spot = { from: m.from, to: m.to, cs, ce, ss: s.from, type: trigger.type, strong: trigger.strong, subType: trigger.subType, year };
    const veto = vetoOf(ctx, spot);
    if (veto) {
      ctx.trace?.push({ stage: "trigger", rule: veto.id, effect: "veto", text: surfaceOf(ctx, m.from, m.to) });
      if (veto.unreal) unreal.push(m.to);
      continue;
    }
    if (trigger.control) {
      // "تحت سيطرة"، "مناطق سيطرته"، "الخاضعة لسيطرة"، "لاستعادة السيطرة": a state or an aim, not a seizure.
      const written = ctx.tokens[m.from].text;
      const purpose = /^[وف]?ل/.test(written) && !m.key.startsWith("ل");
      if (purpose || is(STATIVE_W, tok(m.from - 1))) continue;
    }
    let type = trigger.type;
    let subType = trigger.subType;
    let strong = trigger.strong;
    if (is(CESSATION_W, tok(m.from - 1))) {
      // "وقف إطلاق النار" is no shooting; "أعلنت قسد تعليق عملياتها" is a change of activity.
      if (!anyIn(ctx, ANNOUNCE_W, Math.max(cs, m.from - 4), m.from - 1)) continue;
      type = "Strategic developments";
      subType = "Change to group/activity";
      strong = true;
    } else {
      // The crowd is often the subject of an earlier clause ("محتجين غاضبين أحرقوا …، ثم هاجموا مقراً").
      crowd ??= crowdActs(ctx, s.from, s.to);
      ({ type, subType } = refineType(ctx, s, trigger, m.from, m.to, cs, ce, crowd));
      const retype = retypeOf(ctx, { ...spot, type });
      if (retype) {
        ({ type, subType } = retype);
        ctx.trace?.push({ stage: "trigger", rule: retype.rule.id, effect: `retype → ${type}/${subType}`, text: surfaceOf(ctx, m.from, m.to) });
      }
    }
    out.push({ trigger, type, subType, strong, from: m.from, to: m.to, clause });
    ctx.trace?.push({ stage: "trigger", rule: `lexicon:${trigger.subType}`, effect: `${type}/${subType}${strong ? "" : " (weak)"}`, text: surfaceOf(ctx, m.from, m.to) });
  }
  // "بهجوم … استهدف حافلة": a word of targeting takes the type of the attack named with it.
  for (const t of out) {
    if (!t.trigger.neutral) continue;
    // The nearest strong trigger first: "رداً على قصف صاروخي … من الهجوم استهدفها" is the shelling's target.
    const other = out.filter((o) => o !== t && o.clause === t.clause && !o.trigger.neutral && !o.trigger.outcome)
      .sort((a, b) => Number(b.strong) - Number(a.strong) || Math.abs(a.from - t.from) - Math.abs(b.from - t.from))[0];
    if (other) {
      t.type = other.type;
      t.subType = other.subType;
    }
  }
  // "اغتال مسلحون قيادياً بإطلاق النار عليه": shooting written with ب is how the act before it in the
  // clause was done (an assassination, a kidnapping), not a clash of its own: it takes that act's type.
  for (const t of out) {
    if (!t.trigger.shooting || !/^[وف]?ب/.test(ctx.tokens[t.from].text)) continue;
    const act = out.filter((o) => o.clause === t.clause && o.from < t.from && o.strong && !o.trigger.shooting && !o.trigger.neutral && !o.trigger.outcome && VIOLENT.has(o.type))
      .sort((a, b) => b.from - a.from)[0];
    if (!act || act.type === t.type) continue;
    ctx.trace?.push({ stage: "trigger", rule: "shooting-as-means", effect: `retype → ${act.type}/${act.subType}`, text: surfaceOf(ctx, t.from, t.to) });
    t.type = act.type;
    t.subType = act.subType;
  }
  // "انتشال جثث 9 ضحايا من تحت الأنقاض بعد قصف جوي": bodies a strike of the same clause left take its type.
  for (const t of out) {
    if (t.type !== "Violence against civilians" || !isWordToken(BODY_W, ctx.tokens[t.from])) continue;
    const strike = out.find((o) => o.clause === t.clause && o.strong && o.type === "Explosions/Remote violence");
    if (!strike) continue;
    ctx.trace?.push({ stage: "trigger", rule: "bodies-of-a-strike", effect: `retype → ${strike.type}/${strike.subType}`, text: surfaceOf(ctx, t.from, t.to) });
    t.type = strike.type;
    t.subType = strike.subType;
  }
  // "مقتل مدنيين جراء قصف": a word of killing takes the type of the weapon that caused it.
  const causes = out.filter((t) => t.strong && !t.trigger.outcome && VIOLENT.has(t.type));
  for (const t of out) {
    if (!t.trigger.outcome || causes.length === 0) continue;
    const caused = (c: FoundTrigger) => isWordToken(CAUSAL_W, ctx.tokens[c.from - 1]) || /^[وف]?ب/.test(ctx.tokens[c.from].text);
    const cause = causes.find(caused) ?? [...causes].sort((a, b) => Math.abs(a.from - t.from) - Math.abs(b.from - t.from))[0];
    t.type = cause.type;
    t.subType = cause.subType;
    t.caused = true;
  }
  return out;
}
