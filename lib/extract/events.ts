// Sentence-level events in ACLED's terms. A trigger gives the type; each Syrian place it governs
// gives one event. A place is governed by the nearest trigger before it in its own clause, else by a
// strong trigger after it there ("X التي تشهد اشتباكات" gets both); a clause without a trigger
// borrows one only where the syntax carries it over: a fronted "وفي X،", a list of places, "شهدت X
// … مظاهرات", a clause of casualties ("ما أدى لمقتل … في X") or a prepositional adjunct ("…، على
// محاور في محيط X"). Triggers that are denied, stopped, expected, pointed back to ("هذه الهجمات"),
// stative ("تحت سيطرة") or about another year report no event; a word of killing takes the type of
// the weapon named with it ("مقتل مدنيين جراء قصف").
// Places that only locate another ("بريف حماة"), that people move to or from ("نزوح … إلى X"), or
// that contain a more precise event place of the same type are not event places. Counts of the
// killed, injured and arrested go to the event nearest the words that report them.
import { findNames, inSet, NameIndex } from "./matcher";
import { isWord, wordClass, type WordClass } from "./rules/word-class";
import { retypeOf, vetoOf } from "./rules/apply-trigger-rules";
import { notSiteRule } from "./rules/apply-site-rules";
import { STATIONED } from "./rules/site-rules";
import { fold, foldSet, originalSpan } from "./normalize";
import { eventDateIn, isWeekday } from "./dates";
import { findCasualties, isCasualty, type CasualtyMention } from "./casualties";
import { numberAt } from "./numbers";
import { adjacent, tokenSpan, type ArticleContext, type SentenceTokens } from "./context";
import {
  AIRCRAFT_WORDS, ANNOUNCE, CAUSAL, CESSATION, CIVILIAN_WORDS, CROWD_WORDS, HABITUAL, HISTORICAL, REMOTE_WEAPONS, STATIVE_BEFORE, TALLY_NOUNS, TALLY_PERIOD, TRIGGERS, type Trigger,
} from "./lexicon/events";
import { DIRECTIONS, LOCATORS, PLACE_CUES } from "./lexicon/places";
import { GOVERNORATE_BY_CODE } from "./lexicon/governorates";
import {
  CAUSE_WORDS, CLAUSE_MARKERS, CLAUSE_PREPOSITIONS, DOCUMENTING_WORDS, FIRED_FROM, FIRING_POSITIONS, LIST_LINKS, MOVEMENT, NAME_HEADS, SETTLEMENT_WORDS, SPEAKERS, WITNESS_VERBS,
} from "./lexicon/scope";
import type { PlaceMention } from "./places";
import type { ActorMention } from "./actors";
import type { EventType, ExtractedEvent, PlaceEntry } from "./types";

/** Forms a trigger is also written in: with the accusative alif (هجوماً بريّاً) or a pronoun (عملياتها). */
function variants(phrase: string): string[] {
  const parts = fold(phrase).split(" ");
  let out = [""];
  for (const w of parts) {
    const forms = /[اهيء]$/.test(w) ? [w] : [w, w + "ا"];
    out = out.flatMap((o) => forms.map((f) => (o ? o + " " : "") + f));
  }
  if (parts.length === 1) {
    const w = parts[0];
    const stem = w.endsWith("ه") ? w.slice(0, -1) + "ت" : w;
    out.push(stem + "ها", stem + "ه", stem + "هم");
  }
  return out;
}

const triggerIndex = new NameIndex<Trigger>();
for (const t of TRIGGERS) {
  for (const w of t.words) {
    for (const v of variants(w)) {
      triggerIndex.add(v, t);
      if (!v.startsWith("ال")) triggerIndex.add("ال" + v, t);
    }
  }
}

// Word classes: lib/extract/rules/word-class.ts.
const CIVILIAN_W = wordClass("CIVILIAN_W", CIVILIAN_WORDS);
const CAUSAL_W = wordClass("CAUSAL_W", CAUSAL);
// With the words of its phrases ("وقفة احتجاجية"), which a single token can show; not "إضراب عام"'s عام.
const PROTEST_W = wordClass("PROTEST_W", TRIGGERS.filter((t) => t.type === "Protests").flatMap((t) => t.words).flatMap((w) => [w, ...w.split(" ").filter((x) => x !== w && x !== "عام")]));
const CROWD_W = wordClass("CROWD_W", CROWD_WORDS);
const REMOTE_W = wordClass("REMOTE_W", REMOTE_WEAPONS);
const AIRCRAFT_W = wordClass("AIRCRAFT_W", AIRCRAFT_WORDS);
const CESSATION_W = wordClass("CESSATION_W", CESSATION);
const ANNOUNCE_W = wordClass("ANNOUNCE_W", ANNOUNCE);
const STATIVE_W = wordClass("STATIVE_W", STATIVE_BEFORE);
const TALLY_W = wordClass("TALLY_W", TALLY_NOUNS);
const MARKER_W = wordClass("MARKER_W", CLAUSE_MARKERS);
const MOVEMENT_W = wordClass("MOVEMENT_W", MOVEMENT);
const WITNESS_W = wordClass("WITNESS_W", WITNESS_VERBS);
const CUE_W = wordClass("CUE_W", Object.keys(PLACE_CUES));
const DIRECTION_W = wordClass("DIRECTION_W", Object.keys(DIRECTIONS));
// "…، إضافة إلى قرية X": a list of places goes on past "in addition to".
const LINK_W = wordClass("LINK_W", LIST_LINKS);
const PREPOSITIONS = wordClass("PREPOSITIONS", CLAUSE_PREPOSITIONS);
const IN_W = wordClass("IN_W", ["في"]);
const BETWEEN_W = wordClass("BETWEEN_W", ["بين"]);
const LOCATOR_W = wordClass("LOCATOR_W", LOCATORS);
const NAME_HEAD_W = wordClass("NAME_HEAD_W", NAME_HEADS);
const SPEAKER_W = wordClass("SPEAKER_W", SPEAKERS);
/** A cause, not a place of the event, follows these: "على خلفية خلاف على إدارة معبر X"، "بتهمة". */
const CAUSE_W = wordClass("CAUSE_W", CAUSE_WORDS);
const STATIONED_W = wordClass("STATIONED_W", STATIONED);
const POSITION_WORDS = foldSet(FIRING_POSITIONS);
const FIRED_WORDS = foldSet(FIRED_FROM);
const NEED = new Map(TRIGGERS.map((t) => [t, { after: foldSet(t.needsAfter ?? []), before: foldSet(t.needsBefore ?? []) }]));

const is = isWord;
const surfaceOf = (ctx: ArticleContext, from: number, to: number) => tokenSpan(ctx, from, to).surface;

interface FoundTrigger {
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

interface ClauseView {
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

function clauseIndex(s: SentenceTokens, token: number): number {
  const i = s.clauses.findIndex(([a, b]) => token >= a && token < b);
  return i < 0 ? 0 : i;
}

const anyIn = (ctx: ArticleContext, cls: WordClass, from: number, to: number) => {
  for (let i = from; i < to; i++) if (isWord(cls, ctx.tokens[i].text)) return true;
  return false;
};
const anyInSet = (ctx: ArticleContext, set: Set<string>, from: number, to: number) => {
  for (let i = from; i < to; i++) if (inSet(set, ctx.tokens[i].text)) return true;
  return false;
};

/**
 * A crowd doing the act: "اقتحم محتجون"، "محتجين غاضبين أحرقوا" — not the crowd shot at, counted
 * or arrested ("النار على المحتجين"، "مقتل ثلاثة متظاهرين"، "اعتقال محتجين").
 */
function crowdActs(ctx: ArticleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!is(CROWD_W, ctx.tokens[i].text)) continue;
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
function isTally(ctx: ArticleContext, s: SentenceTokens, folded: string, casualties: CasualtyMention[]): boolean {
  if (!TALLY_PERIOD.test(folded)) return false;
  for (let i = s.from + 1; i < s.to; i++) {
    if (/^\d+$/.test(ctx.tokens[i - 1].text) && Number(ctx.tokens[i - 1].text) > 2 && is(TALLY_W, ctx.tokens[i].text)) return true;
  }
  // "وثق المكتب مقتل 27 شخصاً في محافظة درعا خلال النصف الأول من الشهر": a toll documented over a period.
  return casualties.some((c) => c.count !== null && c.count > 2) && anyInSet(ctx, DOCUMENTING, s.from, s.to);
}
const SETTLEMENT = foldSet(SETTLEMENT_WORDS);
const DOCUMENTING = foldSet(DOCUMENTING_WORDS);
/**
 * A sentence that begins "ومنذ سقوط النظام …"، "منذ بدء التصعيد …"، "منذ الثامن من كانون الأول" sums what
 * has happened since another event or a date: background. Not "منذ فجر اليوم"، "منذ ما بعد منتصف الليل".
 */
const SINCE_BACKGROUND = /^[وف]?منذ\s+(?:(?:سقوط|بدء|بدايه|مطلع|انطلاق|اندلاع|توقيع|اعلان|دخول|سيطره|انتهاء|اتفاق|مقتل|اغتيال)(?:\s|$)|(?:\S+\s+){1,3}(?:كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)(?:\s|$))/;

/** The triggers of a sentence that report an event: not negated, stopped, expected, pointed back to or stative. */
function sentenceTriggers(ctx: ArticleContext, s: SentenceTokens, actors: ActorMention[], mentions: PlaceMention[], clauseTexts: string[], year: number | null): FoundTrigger[] {
  const out: FoundTrigger[] = [];
  const matches = findNames(ctx.tokens, triggerIndex, s.from, s.to, (i) => adjacent(ctx, i))
    // A trigger inside a name ("كتيبة مدفعية سجيل") is part of the name.
    .filter((m) => !actors.some((a) => a.from < m.to && m.from < a.to));
  let crowd: boolean | undefined;
  const pattern: (boolean | undefined)[] = [];
  const since = SINCE_BACKGROUND.test(clauseTexts[0] ?? "");
  for (const m of matches) {
    const trigger = m.values[0];
    const clause = clauseIndex(s, m.from);
    const [cs, ce] = s.clauses[clause] ?? [s.from, s.to];
    const tok = (i: number) => (i >= cs && i < ce ? ctx.tokens[i].text : undefined);
    pattern[clause] ??= since || HISTORICAL.test(clauseTexts[clause] ?? "") || HABITUAL.test(clauseTexts[clause] ?? "");
    if (pattern[clause]) continue;
    // Negated, pointed back to, expected, demanded, figurative…: the table of rules/trigger-rules.ts.
    const spot = { from: m.from, to: m.to, cs, ce, type: trigger.type, strong: trigger.strong, subType: trigger.subType, year };
    const veto = vetoOf(ctx, spot);
    if (veto) {
      ctx.trace?.push({ stage: "trigger", rule: veto.id, effect: "veto", text: surfaceOf(ctx, m.from, m.to) });
      continue;
    }
    const need = NEED.get(trigger)!;
    const win = trigger.window ?? 3;
    if (need.after.size && !anyInSet(ctx, need.after, m.to, Math.min(ce, m.to + win))) continue;
    if (need.before.size && !anyInSet(ctx, need.before, Math.max(cs, m.from - win), m.from)) continue;
    if (trigger.needsPlace && !mentions.some((p) => p.from >= m.to && p.from - m.to <= 4)) continue;
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
  // "مقتل مدنيين جراء قصف": a word of killing takes the type of the weapon that caused it.
  const causes = out.filter((t) => t.strong && !t.trigger.outcome && VIOLENT.has(t.type));
  for (const t of out) {
    if (!t.trigger.outcome || causes.length === 0) continue;
    const caused = (c: FoundTrigger) => is(CAUSAL_W, ctx.tokens[c.from - 1]?.text) || /^[وف]?ب/.test(ctx.tokens[c.from].text);
    const cause = causes.find(caused) ?? [...causes].sort((a, b) => Math.abs(a.from - t.from) - Math.abs(b.from - t.from))[0];
    t.type = cause.type;
    t.subType = cause.subType;
    t.caused = true;
  }
  return out;
}

const VIOLENT = new Set<EventType>(["Explosions/Remote violence", "Battles", "Violence against civilians"]);

/** Whether a place is where something happens, not where people move to or from, or a border. */
function isSite(ctx: ArticleContext, s: SentenceTokens, p: PlaceMention, triggerStarts: Set<number>): boolean {
  const clause = clauseIndex(s, p.from);
  const [cs, clauseEnd] = s.clauses[clause] ?? [s.from, s.to];
  // The word that governs the name, past cue words and links: "إلى محافظة إدلب"، "عبر معبر".
  let b = p.from - 1;
  // "النزوح من قرى ريف X": ريف heads a place as a cue word does.
  while (b >= s.from && b >= p.from - 3 && (is(CUE_W, ctx.tokens[b].text) || is(DIRECTION_W, ctx.tokens[b].text) || ctx.tokens[b].text === "ريف")) b--;
  // The governing word without a conjunction: "وإلى" → إلى, but "في" stays "في".
  const written = b >= s.from ? ctx.tokens[b].text : "";
  const governor = /^[وف]..+/.test(written) && written !== "في" ? written.slice(1) : written;
  const siteRule = notSiteRule(ctx, b, cs, s.from);
  if (siteRule) {
    ctx.trace?.push({ stage: "site", rule: siteRule.id, effect: "not a site", text: p.span.surface });
    return false;
  }
  if ((governor === "في" || governor === "من") && b > s.from && anyIn(ctx, SPEAKER_W, Math.max(cs, b - 4), b)) {
    // "قال مراسل عنب بلدي في منبج إن…": where the reporter is, unless a trigger stands between.
    let trigger = false;
    for (let i = Math.max(cs, b - 4); i < b; i++) trigger ||= triggerStarts.has(i);
    if (!trigger) return false;
  }
  // "شبكة درعا 24"، "مجلس منبج العسكري": a place in the name of an organisation or an outlet.
  // The name is written with a clitic ("ودرعا"): its span starts past the token's start (as in buildViews).
  const prefixed = p.span.start > ctx.folded.offsets[ctx.tokens[p.from].start];
  if (b >= s.from && b === p.from - 1 && !prefixed && !p.anaphor && is(NAME_HEAD_W, ctx.tokens[b].text)) return false;
  // "ثلاثة شبان من أبناء مدينة طفس": where people come from, not where they were taken.
  // A protest or a settlement is where its people live: "خرج العشرات من أهالي مدينة X في وقفة احتجاجية"،
  // "تسوية لأوضاع 200 شاب من أبناء بلدة X".
  if (/^(ابناء|اهالي|اهل)$/.test(governor) && b > s.from && /^[وف]?من$/.test(ctx.tokens[b - 1].text) && !anyIn(ctx, PROTEST_W, cs, clauseEnd) && !anyInSet(ctx, SETTLEMENT, cs, clauseEnd)) return false;
  if (governor === "في" || governor === "من") {
    for (let k = 1; k <= 4 && b - k >= cs; k++) {
      const w = ctx.tokens[b - k].text;
      // "قصف مصدره مواقع قوات النظام في ريف حماة"، "التنظيمات المنتشرة في الغوطة": where the shooters are.
      if (is(STATIONED_W, w)) return false;
      // "قذائف أطلقتها قوات النظام من مواقعها في X": where the fire came from, not where it fell.
      if (inSet(POSITION_WORDS, w) && /^[وف]?من$/.test(ctx.tokens[b - k - 1]?.text ?? "") && (anyIn(ctx, REMOTE_W, cs, b - k) || anyInSet(ctx, FIRED_WORDS, cs, b - k))) return false;
      // "نقل المصاب إلى مشفى في مدينة الحسكة": a destination.
      if ((w === "الي" || w === "نحو") && anyIn(ctx, MOVEMENT_W, Math.max(cs, b - k - 8), b - k)) return false;
    }
  }
  return true;
}

function buildViews(ctx: ArticleContext, s: SentenceTokens, triggers: FoundTrigger[], sites: PlaceMention[], all: PlaceMention[], casualties: CasualtyMention[]): ClauseView[] {
  const inMention = new Set<number>();
  for (const p of all) if (p.sentence === s.index) for (let i = p.from; i < p.to; i++) inMention.add(i);
  return s.clauses.map(([from, to], k) => {
    let listOnly = to > from;
    for (let i = from; i < to && listOnly; i++) {
      const t = ctx.tokens[i].text;
      const nisba = /^[وف]?ال.+(ي|يه)$/.test(t) && (inMention.has(i - 1) || /^[وف]?ال.+(ي|يه)$/.test(ctx.tokens[i - 1]?.text ?? ""));
      listOnly = inMention.has(i) || is(CUE_W, t) || is(DIRECTION_W, t) || is(LINK_W, t) || is(LOCATOR_W, t) || nisba;
    }
    const first = ctx.tokens[from]?.text ?? "";
    const second = ctx.tokens[from + 1]?.text ?? "";
    let opener: ClauseView["opener"] = null;
    if (is(MARKER_W, first) || (is(IN_W, first) && second === "حين")) opener = "marker";
    else if (is(PREPOSITIONS, first) || (/^[وف]?ب/.test(first) && all.some((p) => p.from === from && p.span.start > ctx.folded.offsets[ctx.tokens[from].start]))) {
      opener = k === 0 ? "fronted" : "adjunct";
    } else if (k > 0 && (is(BETWEEN_W, first) || is(CUE_W, first) || all.some((p) => p.from === from))) {
      // "…، بين فصيلي X وY في مدينة اعزاز"، "قصفت الطائرات، فجر اليوم، بلدة X": the clause goes on the one before.
      opener = "adjunct";
    }
    return {
      from, to, opener, listOnly,
      triggers: triggers.filter((t) => t.clause === k),
      places: sites.filter((p) => p.from >= from && p.from < to),
      casualty: casualties.some((c) => c.from >= from && c.from < to && c.kind !== "arrested"),
    };
  });
}

/** The triggers that govern a place: its own clause first, then what the syntax carries over. */
function governing(ctx: ArticleContext, views: ClauseView[], c: number, p: PlaceMention): FoundTrigger[] {
  const v = views[c];
  // A trigger does not reach a place in a phrase of cause after it ("اندلعت على خلفية خلاف على إدارة معبر X").
  // A weak trigger governs only where no strong one does: "الهجمات جاءت رداً على قصف صاروخي … استهدفها في
  // الجولان" is the shelling's place, not a clash.
  const preceding = v.triggers.filter((t) => t.to <= p.from);
  const last = preceding.at(-1);
  const stronger = last && !last.strong && !last.trigger.outcome && !last.trigger.neutral ? preceding.filter((t) => t.strong && VIOLENT.has(t.type)).at(-1) : undefined;
  const before = stronger ?? last;
  if (before && anyIn(ctx, CAUSE_W, before.to, p.from)) return [];
  const strongAfter = v.triggers.find((t) => t.strong && t.from >= p.to);
  // "وفي حي درعا البلد نفذت وحدات من الجيش عمليات": a fronted place is where the whole clause happens.
  const fronted = c === 0 && v.opener === "fronted";
  const after = fronted ? v.triggers.find((t) => t.from >= p.to) : strongAfter;
  if (before) {
    // "رأس العين التي تشهد اشتباكات": what the place witnesses is an event there too.
    const witnessed = strongAfter && strongAfter.type !== before.type && anyIn(ctx, WITNESS_W, p.to, Math.min(strongAfter.from, p.to + 3));
    return witnessed ? [before, strongAfter] : [before];
  }
  if (after) return [after];
  if (v.triggers.length) return [];

  const best = (k: number, last: boolean) => {
    const ts = views[k].triggers;
    const strong = ts.filter((t) => t.strong);
    const pool = strong.length ? strong : ts;
    return last ? pool.at(-1)! : pool[0];
  };
  // A list of places runs on from the clause that names the first of them ("غارات على بلدات X، Y، Z").
  let head = c;
  while (head > 0 && views[head].listOnly) head--;
  for (let k = c - 1; k >= head && v.listOnly; k--) if (views[k].triggers.length) return [best(k, true)];
  // "وفي X، قُتل …"، "شهدت X، Y، مظاهرات": the rest of the sentence says what happened there.
  const witness = anyIn(ctx, WITNESS_W, views[head].from, p.from);
  if (views[head].opener === "fronted" || witness) {
    for (let k = c + 1; k < views.length; k++) {
      if (views[k].triggers.length) return [best(k, false)];
      if (views[k].listOnly || (views[head].opener === "fronted" && views[k].places.length === 0)) continue;
      break;
    }
  }
  // "نفذت قسد عملية إنزال في بلدة X، قُتل خلالها شخص واعتُقل ستة": the next clause's trigger, pointing back
  // with خلالها/فيها/إثرها, says what happened at the place.
  const next = views[c + 1];
  if (next?.triggers.length) {
    const t = next.triggers[0];
    const back = ctx.tokens.slice(t.to, Math.min(next.to, t.to + 2)).some((x) => RESUMPTIVE.test(x.text));
    if (back && t.from - next.from <= 1) return next.triggers.filter((x) => x.strong || x === t).slice(0, 2);
  }
  // "…، ما أدى إلى مقتل مدنيين في X": the casualties of the event before.
  if (v.casualty) {
    for (let k = c - 1; k >= 0; k--) if (views[k].triggers.length) return [best(k, true)];
    for (let k = c + 1; k < views.length; k++) if (views[k].triggers.length) return [best(k, false)];
  }
  // "تتواصل الاشتباكات …، على محاور في محيط بلدة X": a prepositional adjunct of the clause before.
  // Past any number of clauses that name neither a place nor an event: the time, the sides ("بين قوات
  // النظام … من جهة، وهيئة تحرير الشام … من جهة ثانية"), a source.
  // "…، على أطراف مدينة X، وفي محيط مدينة Y": an adjunct joined by و goes on the adjunct before it.
  if (v.opener === "adjunct") {
    const joined = /^و./.test(ctx.tokens[v.from]?.text ?? "");
    for (let k = c - 1; k >= 0; k--) {
      if (views[k].triggers.length) return [best(k, true)];
      // A marker begins another statement, unless it is a short adverbial of time ("منذ فجر اليوم الجمعة").
      if ((views[k].places.length && !(joined && views[k].opener === "adjunct")) || (views[k].opener === "marker" && views[k].to - views[k].from > 5)) break;
    }
  }
  // "اعتقلت، أمس، خمسة شبان في مدينة X": a short adverbial between commas interrupts the clause, not the sentence.
  if (v.opener !== "marker") {
    let k = c - 1;
    while (k >= 0 && views[k].to - views[k].from <= 4 && !views[k].triggers.length && !views[k].places.length) k--;
    if (k < c - 1 && k >= 0 && views[k].triggers.length) return [best(k, true)];
  }
  return [];
}

const CAPITAL_BY_CODE = new Map([...GOVERNORATE_BY_CODE].map(([code, g]) => [code, fold(g.capitalAr)]));
const isCapital = new WeakMap<PlaceEntry, boolean>();

/** A governorate's capital named without a cue word ("وفي درعا،"): in news, as often the governorate. */
function namesGovernorate(p: PlaceMention): boolean {
  if (p.cue !== null || !p.entry.admin1) return false;
  let yes = isCapital.get(p.entry);
  if (yes === undefined) {
    yes = (CAPITAL_BY_CODE.get(p.entry.admin1) ?? "") === fold(p.entry.nameAr);
    isCapital.set(p.entry, yes);
  }
  return yes;
}

/** A place that contains another event place of the same type in the sentence: the event is there, not in the region. */
function contains(outer: PlaceMention, inner: PlaceMention): boolean {
  if (outer.entry.key === inner.entry.key) return false;
  if (outer.entry.kind === "governorate" || namesGovernorate(outer)) {
    return !!outer.entry.admin1 && inner.entry.admin1 === outer.entry.admin1;
  }
  if (outer.entry.kind === "city" && (inner.entry.kind === "neighbourhood" || inner.cue === "حي" || inner.cue === "احياء")) {
    return Math.abs(outer.entry.lat - inner.entry.lat) < 0.15 && Math.abs(outer.entry.lon - inner.entry.lon) < 0.15;
  }
  return false;
}

export function findEvents(
  ctx: ArticleContext,
  places: PlaceMention[],
  actors: ActorMention[],
  published: string | null,
): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const uncounted = new Set<ExtractedEvent>();
  const fromTitle = new Set<ExtractedEvent>();
  const placeOf = new Map<ExtractedEvent, PlaceMention>();
  /** events of a sentence that only counts the dead or wounded, naming no attack */
  const countOnly = new Set<ExtractedEvent>();
  let previous: { sentence: number; events: ExtractedEvent[] } | null = null;
  let lastSentence = -1;
  const placesBySentence = bySentence(places);
  const actorsBySentence = bySentence(actors);
  const year = published ? Number(published.slice(0, 4)) : null;

  for (const s of ctx.sentences) {
    if (s.sentence.caption || s.to <= s.from) continue;
    const follows = previous !== null && previous.sentence === lastSentence;
    lastSentence = s.index;
    const sentenceFolded = ctx.folded.text.slice(ctx.tokens[s.from].start, ctx.tokens[s.to - 1].end);
    const clauseTexts = s.clauses.map(([a, b]) => (b > a ? ctx.folded.text.slice(ctx.tokens[a].start, ctx.tokens[b - 1].end) : ""));
    const mentions = placesBySentence.get(s.index) ?? [];
    const casualties = findCasualties(ctx, s);
    const triggers = isTally(ctx, s, sentenceFolded, casualties) ? [] : sentenceTriggers(ctx, s, actorsBySentence.get(s.index) ?? [], mentions, clauseTexts, year);
    const triggerStarts = new Set(triggers.map((t) => t.from));
    const sites = mentions.filter((p) => p.entry.countryCode === "SY" && p.entry.kind !== "country" && p.qualifies === null && isSite(ctx, s, p, triggerStarts));
    const views = buildViews(ctx, s, triggers, sites, mentions, casualties);

    const placed: { p: PlaceMention; t: FoundTrigger; clause: number }[] = [];
    for (const p of sites) {
      const c = clauseIndex(s, p.from);
      for (const t of governing(ctx, views, c, p)) placed.push({ p, t, clause: c });
    }
    // "قذائف على مدينة حلب، … حي الحمدانية … حي حلب الجديدة": the city only contains the events.
    const kept = placed.filter((x) => !placed.some((y) => y.t.type === x.t.type && contains(x.p, y.p)));

    if (kept.length === 0) {
      // "أسفرت عن مقتل 40 إرهابياً" after the sentence that named the places: the count belongs to that event.
      const named = mentions.some((p) => p.entry.countryCode === "SY" && !p.anaphor);
      const killed = casualties.find((c) => c.kind === "killed" && c.count !== null);
      // Only a sentence that speaks of the same event: its triggers, if any, are definite ("المعارك أسفرت
      // عن…"), and it sums no period ("منذ مطلع العام هجمات متكررة أسفرت عن مقتل 200").
      // Only the clauses up to the count speak of it: "القصف أسفر عن مقتل 4، في حين اكتفى المرصد بذكر
      // أن المحافظة تعرضت لقصف جوي" — the clause after في حين is another source's wording.
      const contrast = s.clauses.findIndex((_, k) => killed && k > clauseIndex(s, killed.from) && contrasts(ctx, s, k));
      const upTo = contrast > 0 ? s.clauses[contrast][0] : s.to;
      const anaphoric = triggers.every((t) => t.from > upTo || t.trigger.outcome || /^[وف]?(ال|لل)/.test(ctx.tokens[t.from].text)) && !TALLY_PERIOD.test(sentenceFolded);
      if (!named && follows && previous && killed && anaphoric) {
        const first = previous.events[0];
        // "مقتل خمسة من عناصر النظام، في حين قُتل ثلاثة من مقاتلي الفصائل": the other side's dead add up.
        const total = casualties.filter((c) => c.kind === "killed" && c.count !== null && (c === killed || contrasts(ctx, s, clauseIndex(s, c.from))))
          .reduce((n, c) => n + c.count!, 0);
        // A toll given after a vague one ("قُتل عدد من العناصر" … "بلغ عدد القتلى 18") is the count.
        if (first.fatalities === null || first.fatalities < total) {
          if (first.fatalities !== null) ctx.trace?.push({ stage: "event", rule: "later-toll", effect: `fatalities ${first.fatalities} → ${total}`, text: ctx.text.slice(s.sentence.start, s.sentence.end) });
          first.fatalities = total;
        }
        const injured = casualties.find((c) => c.kind === "injured" && c.count !== null);
        if (first.injured === null && injured) first.injured = injured.count;
        uncounted.delete(first);
      }
      continue;
    }

    const sentenceActors = (actorsBySentence.get(s.index) ?? []).filter((a) => a.entry.kind !== "media");
    const roles = assignRoles(sentenceActors);
    const date = s.sentence.ticker ? null : eventDateIn(sentenceFolded, published) ?? (published ? { iso: published, precision: 2 as const } : null);
    const made: { e: ExtractedEvent; p: PlaceMention; clause: number }[] = [];
    for (const { p, t, clause } of kept) {
      if (made.some((m) => m.p.entry.key === p.entry.key && m.e.type === t.type)) continue;
      const regime = roles.find((r) => r.role === "actor1")?.kind;
      const e: ExtractedEvent = {
        type: t.type,
        subType: t.type === "Battles" && t.subType === "Government regains territory" && regime !== "government_forces" && regime !== "state" ? "Non-state actor overtakes territory" : t.subType,
        date: date?.iso ?? null,
        datePrecision: date?.precision ?? null,
        placeKey: p.entry.key,
        placeSurface: p.span.surface,
        placeQualified: qualifiedSurface(ctx, p),
        geoPrecision: p.geoPrecision,
        fatalities: null,
        injured: null,
        arrested: null,
        actors: roles.map(({ key, role }) => ({ key, role })),
        evidence: { start: s.sentence.start, end: s.sentence.end, surface: ctx.text.slice(s.sentence.start, s.sentence.end) },
        confidence: Math.max(0.3, (t.strong ? 0.8 : 0.5) - (p.entry.origin === "inferred" ? 0.1 : 0) - (s.sentence.ticker ? 0.1 : 0) - (p.anaphor ? 0.1 : 0)),
        fromTicker: s.sentence.ticker,
      };
      made.push({ e, p, clause });
      if (t.trigger.outcome && !t.caused) countOnly.add(e);
    }
    distributeCasualties(ctx, s, casualties, made);
    splitByDay(ctx, s, made, published);
    if (casualties.some((c) => c.kind === "killed" && c.count === null)) for (const m of made) if (m.e.fatalities === null) uncounted.add(m.e);
    for (const m of made) placeOf.set(m.e, m.p);
    const list = made.map((m) => m.e);
    if (s.sentence.title || s.sentence.heading) for (const e of list) fromTitle.add(e);
    else previous = { sentence: s.index, events: list };
    events.push(...list);
  }

  // A headline's events are reported again in the body; they are kept only where the body says
  // nothing: at the place itself (or the same settlement under another entry), or, for an event of the
  // same type, in the region it names — a governorate, or its capital's name standing for it in a
  // headline ("مقتل شاب في درعا" over "قُتل شاب في بلدة الحراك").
  const body = events.filter((e) => !fromTitle.has(e));
  const told = (e: ExtractedEvent) => {
    const p = placeOf.get(e)!;
    const region = p.entry.kind === "governorate" || namesGovernorate(p);
    return body.some((b) => {
      const q = placeOf.get(b)!.entry;
      // Places the text itself locates borrow their locator's point: not the same settlement for that.
      const located = p.entry.origin !== "inferred" && q.origin !== "inferred";
      const same = b.placeKey === e.placeKey || (located && Math.abs(p.entry.lat - q.lat) < 0.03 && Math.abs(p.entry.lon - q.lon) < 0.03);
      // A headline sums up the body: the same kind of event reported nearby ("اشتباكات في ريف منبج" over
      // clashes at a bridge in that countryside) is the one it means.
      const near = Math.abs(p.entry.lat - q.lat) < 0.3 && Math.abs(p.entry.lon - q.lon) < 0.3;
      return same || (b.type === e.type && ((region && p.entry.admin1 === q.admin1) || near));
    });
  };
  // "قُتل أربعة مدنيين في X" after "استهدفت الطائرات X": the toll of the attack already reported there that day.
  const tolls = new Set<ExtractedEvent>();
  for (const e of countOnly) {
    if (fromTitle.has(e)) continue;
    const i = events.indexOf(e);
    const attack = events.slice(0, i).find((b) => !countOnly.has(b) && !fromTitle.has(b) && VIOLENT.has(b.type) && b.placeKey === e.placeKey && b.date === e.date);
    if (!attack) continue;
    if (e.fatalities !== null) {
      attack.fatalities = Math.max(attack.fatalities ?? 0, e.fatalities);
      uncounted.delete(attack);
    }
    if (e.injured !== null) attack.injured = Math.max(attack.injured ?? 0, e.injured);
    tolls.add(e);
  }
  const told_ = events.filter((e) => fromTitle.has(e) && told(e));
  for (const e of told_) {
    ctx.trace?.push({ stage: "event", rule: "headline-told", effect: "dropped: the body reports it", text: `${e.type} @ ${e.placeSurface}` });
    // "الخوذ البيضاء: 4 قتلى بقصف روسي على إدلب" over a body that gives no count: the headline's toll is the event's.
    const body_ = events.find((b) => !fromTitle.has(b) && b.type === e.type && (b.placeKey === e.placeKey || placeOf.get(b)?.entry.admin1 === placeOf.get(e)?.entry.admin1));
    if (body_ && body_.fatalities === null && e.fatalities !== null) {
      body_.fatalities = e.fatalities;
      uncounted.delete(body_);
      ctx.trace?.push({ stage: "event", rule: "headline-toll", effect: `fatalities ${e.fatalities} from the headline`, text: `${body_.type} @ ${body_.placeSurface}` });
    }
    if (body_ && body_.injured === null && e.injured !== null) body_.injured = e.injured;
  }
  const regional = inRegionOfAnother(events.filter((e) => !tolls.has(e) && !told_.includes(e)), placeOf, ctx);
  const result = dedupe(events.filter((e) => !tolls.has(e) && !told_.includes(e) && !regional.has(e)), uncounted);
  for (const e of result) ctx.trace?.push({ stage: "event", rule: "made", effect: `${e.type}/${e.subType} @ ${e.placeSurface}, fatalities ${e.fatalities ?? "?"}`, text: e.evidence.surface });
  // ACLED records 0 where a report gives no deaths; null where it reports deaths it does not count.
  for (const e of result) if (e.fatalities === null && !uncounted.has(e)) e.fatalities = 0;
  return result;
}

/**
 * An event placed only at a governorate ("في محافظة درعا"، or its capital's name standing for it) when
 * the article reports the same type of event, the same day, at a place inside that governorate: the
 * same event counted twice. The precise one keeps it, with the region's count if it has none.
 */
function inRegionOfAnother(events: ExtractedEvent[], placeOf: Map<ExtractedEvent, PlaceMention>, ctx: ArticleContext): Set<ExtractedEvent> {
  const out = new Set<ExtractedEvent>();
  for (const e of events) {
    const p = placeOf.get(e);
    if (!p || !(p.entry.kind === "governorate" || (namesGovernorate(p) && p.cue === null && p.geoPrecision >= 2)) || !p.entry.admin1) continue;
    const inner = events.find((b) => {
      const q = placeOf.get(b);
      return b !== e && !out.has(b) && q && b.type === e.type && b.date === e.date && q.entry.admin1 === p.entry.admin1 && q.entry.kind !== "governorate" && q.entry.key !== p.entry.key;
    });
    if (!inner) continue;
    // A region's toll larger than the place's sums several places ("سبعة قتلى في ريف إدلب": 4 here, 3 there): its own event.
    if (e.fatalities !== null && inner.fatalities !== null && e.fatalities > inner.fatalities) continue;
    if (inner.fatalities === null && e.fatalities !== null) inner.fatalities = e.fatalities;
    if (inner.injured === null && e.injured !== null) inner.injured = e.injured;
    out.add(e);
    ctx.trace?.push({ stage: "event", rule: "region-contains-site", effect: `dropped: the same ${e.type} is reported at ${inner.placeSurface}`, text: e.placeSurface });
  }
  return out;
}

const DIRECTION_ADJECTIVE = /^(?:ال)?(?:شمالي|جنوبي|شرقي|غربي|اوسط|شماليه|جنوبيه|شرقيه|غربيه)$/;

/** "ريف درعا الجنوبي الغربي": the place as written with the direction adjectives after it. */
function qualifiedSurface(ctx: ArticleContext, p: PlaceMention): string | undefined {
  let to = p.to;
  while (to < ctx.tokens.length && to < p.to + 2 && DIRECTION_ADJECTIVE.test(ctx.tokens[to].text) && adjacent(ctx, to - 1)) to++;
  if (to === p.to) return undefined;
  const [, end] = originalSpan(ctx.folded, ctx.tokens[to - 1].start, ctx.tokens[to - 1].end);
  return ctx.text.slice(p.span.start, end);
}

/** Mentions grouped by sentence, in their order. */
function bySentence<T extends { sentence: number }>(mentions: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

function assignRoles(mentions: ActorMention[]) {
  const out: { key: string; role: "actor1" | "actor2" | "associated"; kind: string }[] = [];
  for (const m of mentions) {
    if (out.some((o) => o.key === m.entry.key)) continue;
    const party = m.entry.kind !== "person" && m.entry.kind !== "international_org" && m.entry.kind !== "civil_society";
    const parties = out.filter((o) => o.role !== "associated").length;
    const role = party && parties === 0 ? "actor1" : party && parties === 1 ? "actor2" : "associated";
    out.push({ key: m.entry.key, role, kind: m.entry.kind });
  }
  return out;
}

/**
 * Each count goes to the event of its own clause (the place after it: "مقتل مدني في X"), else to the
 * event of the nearest clause, the one before first ("…، ما أدى إلى مقتل مدني"). ACLED divides a count
 * reported for several places evenly among them; here only when the sentence ties the victims to
 * those places ("مقتل مواطنتين من بلدتي X وY").
 */
function distributeCasualties(ctx: ArticleContext, s: SentenceTokens, casualties: CasualtyMention[], made: { e: ExtractedEvent; p: PlaceMention; clause: number }[]) {
  if (!made.length) return;
  // "قُتل عنصر من الأمن …، فيما قُتل مسلحان": a count after فيما/بينما is of other victims of the same event.
  const given = new Map<string, number>();
  let contrast = false;
  const put = (e: ExtractedEvent, kind: CasualtyMention["kind"], n: number) => {
    const field = kind === "killed" ? "fatalities" : kind;
    const id = `${made.findIndex((m) => m.e === e)}|${kind}`;
    const before = given.get(id);
    e[field] = contrast && before !== undefined ? (e[field] ?? 0) + n : Math.max(e[field] ?? 0, n);
    given.set(id, n);
  };
  for (const c of casualties) {
    if (c.count === null) continue;
    const clause = clauseIndex(s, c.from);
    contrast = contrasts(ctx, s, clause);
    const here = made.filter((m) => m.clause === clause);
    if (here.length) {
      const tied = here.filter((m) => m.p.from > c.from && m.p.from - c.from <= 8);
      const distinct = [...new Map(tied.map((m) => [m.p.entry.key, m])).values()];
      const origin = distinct.length > 1 && ctx.tokens.slice(c.from, distinct[0].p.from).some((t) => t.text === "من");
      if (origin && c.count % distinct.length === 0) {
        for (const m of distinct) put(m.e, c.kind, c.count / distinct.length);
        continue;
      }
      const target = tied[0] ?? [...here].sort((a, b) => Math.abs(a.p.from - c.from) - Math.abs(b.p.from - c.from))[0];
      put(target.e, c.kind, c.count);
      continue;
    }
    let target: ExtractedEvent | null = null;
    for (let d = 1; d < s.clauses.length && !target; d++) {
      target = made.find((m) => m.clause === clause - d)?.e ?? made.find((m) => m.clause === clause + d)?.e ?? null;
    }
    put(target ?? made[0].e, c.kind, c.count);
  }
}

/**
 * "قُتل 40 شخصاً يوم الجمعة و30 يوم السبت في غارات على X": a toll per day is an event per day (ACLED
 * codes one event per place and day). With two counts or more each followed by its own weekday, each
 * event of the sentence becomes one per day, with that day's count.
 */
function splitByDay(ctx: ArticleContext, s: SentenceTokens, made: { e: ExtractedEvent; p: PlaceMention; clause: number }[], published: string | null) {
  if (!made.length || !published) return;
  const days: { count: number; weekday: string }[] = [];
  for (let i = s.from; i < s.to; i++) {
    const t = ctx.tokens[i].text;
    const n = numberAt(ctx.tokens, i) ?? (/^و\d+$/.test(t) ? { value: Number(t.slice(1)), length: 1, approximate: false } : null);
    if (!n || n.approximate) continue;
    for (let k = i + n.length; k < Math.min(s.to, i + n.length + 3); k++) {
      if (!isWeekday(ctx.tokens[k].text)) continue;
      days.push({ count: n.value, weekday: ctx.tokens[k].text.replace(/^[وف]/, "") });
      i = k;
      break;
    }
  }
  if (days.length < 2 || new Set(days.map((d) => d.weekday)).size < days.length) return;
  const copies: typeof made = [];
  for (const m of made) {
    days.forEach((d, j) => {
      const date = eventDateIn(`يوم ${d.weekday}`, published);
      const e = j === 0 ? m.e : { ...m.e, actors: [...m.e.actors] };
      e.fatalities = d.count;
      e.date = date?.iso ?? e.date;
      e.datePrecision = date ? 1 : e.datePrecision;
      if (j > 0) copies.push({ ...m, e });
    });
    ctx.trace?.push({ stage: "event", rule: "toll-per-day", effect: `one event per day: ${days.map((d) => `${d.count} ${d.weekday}`).join("، ")}`, text: m.e.placeSurface });
  }
  made.push(...copies);
}

/** A pronoun that points back to the event of the clause before: "قُتل خلالها"، "اعتُقل فيها"، "أُصيب إثرها". */
const RESUMPTIVE = /^(خلالها|خلاله|خلالهما|فيها|فيه|اثرها|اثره|بعدها|اثناءها|جراءها|جراءه)$/;

/** A clause that sets other victims against those before it: "فيما قُتل …"، "بينما …"، "في حين …". */
function contrasts(ctx: ArticleContext, s: SentenceTokens, clause: number): boolean {
  const start = s.clauses[clause]?.[0];
  if (start === undefined || clause === 0) return false;
  const opener = ctx.tokens[start]?.text ?? "";
  return /^(فيما|بينما)$/.test(opener) || (opener === "في" && ctx.tokens[start + 1]?.text === "حين");
}

/** The same type at the same place on the same day, said twice in one article, is one event. */
function dedupe(events: ExtractedEvent[], uncounted: Set<ExtractedEvent>): ExtractedEvent[] {
  const byKey = new Map<string, ExtractedEvent>();
  for (const e of events) {
    const key = `${e.type}|${e.placeKey}|${e.date ?? "?"}`;
    const kept = byKey.get(key);
    if (!kept) byKey.set(key, e);
    else {
      if (e.fatalities !== null) {
        kept.fatalities = Math.max(kept.fatalities ?? 0, e.fatalities);
        uncounted.delete(kept);
      }
      if (e.injured !== null) kept.injured = Math.max(kept.injured ?? 0, e.injured);
      if (e.arrested !== null) kept.arrested = Math.max(kept.arrested ?? 0, e.arrested);
      kept.confidence = Math.max(kept.confidence, e.confidence);
    }
  }
  return [...byKey.values()];
}
