// Sentence-level events in ACLED's terms: a trigger gives the type, each Syrian place the sentence
// reports gives one event (a place that only locates another, "بريف حماة", does not), actors take
// their roles in order of mention, and casualty counts go to the place they are tied to.
import { cliticForms, findNames, NameIndex } from "./matcher";
import { fold } from "./normalize";
import { numberAt } from "./numbers";
import { eventDateIn } from "./dates";
import { adjacent, type ArticleContext, type SentenceTokens } from "./context";
import { CIVILIAN_WORDS, INJURED, KILLED, ARRESTED, PERSON_NOUNS, TRIGGERS, type Trigger } from "./lexicon/events";
import type { PlaceMention } from "./places";
import type { ActorMention } from "./actors";
import type { EventType, ExtractedEvent } from "./types";

const triggerIndex = new NameIndex<Trigger>();
for (const t of TRIGGERS) {
  for (const w of t.words) {
    triggerIndex.add(w, t);
    if (!fold(w).startsWith("ال")) triggerIndex.add("ال" + w, t);
  }
}
const words = (list: string[]) => new Set(list.map(fold));
const KILLED_W = words(KILLED);
const INJURED_W = words(INJURED);
const ARRESTED_W = words(ARRESTED);
const PERSON_W = words(PERSON_NOUNS);
const CIVILIAN_W = words(CIVILIAN_WORDS);
const is = (set: Set<string>, token: string) => cliticForms(token).some(([f]) => set.has(f) || set.has(f.replace(/^ال/, "")));

interface FoundTrigger { trigger: Trigger; from: number; to: number }

function clauseOf(s: SentenceTokens, token: number): number {
  return s.clauses.findIndex(([a, b]) => token >= a && token < b);
}

/** The count a casualty word at token i introduces: "مقتل 40", "40 قتيلا", "مقتل طفل", "مقتل مقاتلين". */
function countAt(ctx: ArticleContext, i: number, end: number, start: number): number | null {
  const after = numberAt(ctx.tokens, i + 1);
  if (after && i + 1 < end) return after.value;
  for (let back = 1; back <= 2; back++) {
    const before = numberAt(ctx.tokens, i - back);
    if (before && i - back >= start && before.length === back) return before.value;
  }
  const next = ctx.tokens[i + 1]?.text;
  if (!next || i + 1 >= end) return null;
  const bare = next.replace(/^ال/, "");
  if (PERSON_W.has(bare)) return 1;
  const stem = bare.replace(/(تين|تان|ين|ان)$/, "");
  if (stem !== bare && (PERSON_W.has(stem) || PERSON_W.has(stem + "ه"))) return 2;
  return null;
}

interface Casualties { killed: number | null; injured: number | null; arrested: number | null; killedAt: number }

function casualtiesIn(ctx: ArticleContext, s: SentenceTokens): Casualties {
  const c: Casualties = { killed: null, injured: null, arrested: null, killedAt: -1 };
  for (let i = s.from; i < s.to; i++) {
    const t = ctx.tokens[i].text;
    // "مقتل وجرح المئات": one count for both, too loose to call fatalities.
    if (is(KILLED_W, t) && ctx.tokens[i + 1] && is(INJURED_W, ctx.tokens[i + 1].text) && ctx.tokens[i + 1].text.startsWith("و")) {
      i++;
      continue;
    }
    if (c.killed === null && is(KILLED_W, t)) {
      const n = countAt(ctx, i, s.to, s.from);
      if (n !== null) {
        c.killed = n;
        c.killedAt = i;
      }
    } else if (c.injured === null && is(INJURED_W, t)) c.injured = countAt(ctx, i, s.to, s.from);
    else if (c.arrested === null && is(ARRESTED_W, t)) c.arrested = countAt(ctx, i, s.to, s.from);
  }
  return c;
}

function refineType(ctx: ArticleContext, s: SentenceTokens, t: Trigger): { type: EventType; subType: string } {
  const sentence = ctx.tokens.slice(s.from, s.to).map((x) => x.text);
  const civilians = sentence.some((w) => is(CIVILIAN_W, w));
  const aircraft = sentence.some((w) => /^(ال)?(طائرات|طيران|الطيران|طائره|مقاتلات|حربيه)/.test(w.replace(/^[وفب]/, "")));
  if (t.type === "Explosions/Remote violence" && !t.strong && aircraft) return { type: t.type, subType: "Air/drone strike" };
  if (t.type === "Battles" && !t.strong && civilians) return { type: "Violence against civilians", subType: "Attack" };
  if (t.type === "Violence against civilians" && !t.strong && !civilians) return { type: "Battles", subType: "Armed clash" };
  return { type: t.type, subType: t.subType };
}

export function findEvents(
  ctx: ArticleContext,
  places: PlaceMention[],
  actors: ActorMention[],
  published: string | null,
): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  let previous: { sentence: number; events: ExtractedEvent[] } | null = null;

  for (const s of ctx.sentences) {
    const sentenceFolded = ctx.folded.text.slice(ctx.tokens[s.from]?.start ?? 0, ctx.tokens[s.to - 1]?.end ?? 0);
    // A trigger inside a name ("كتيبة مدفعية سجيل") is part of the name.
    const triggers: FoundTrigger[] = findNames(ctx.tokens, triggerIndex, s.from, s.to, (i) => adjacent(ctx, i))
      .filter((m) => !actors.some((a) => a.from < m.to && m.from < a.to))
      .map((m) => ({ trigger: m.values[0], from: m.from, to: m.to }));
    const sitePlaces = places.filter((p) => p.sentence === s.index && p.entry.countryCode === "SY" && p.entry.kind !== "country" && p.qualifies === null);
    const casualties = casualtiesIn(ctx, s);

    if (sitePlaces.length === 0 || triggers.length === 0) {
      // "أسفرت عن مقتل 40 إرهابيا" after the sentence that named the places: the count belongs to that event.
      const syrianHere = places.some((p) => p.sentence === s.index && p.entry.countryCode === "SY");
      if (!syrianHere && previous && previous.sentence === s.index - 1 && casualties.killed !== null) {
        const first = previous.events[0];
        if (first.fatalities === null) first.fatalities = casualties.killed;
        if (first.injured === null) first.injured = casualties.injured;
      }
      continue;
    }

    const strong = triggers.filter((t) => t.trigger.strong);
    const sentenceActors = actors.filter((a) => a.sentence === s.index && a.entry.kind !== "media");
    const roles = assignRoles(sentenceActors);
    const date = s.sentence.ticker ? null : eventDateIn(sentenceFolded, published) ?? (published ? { iso: published, precision: 2 as const } : null);
    const made: ExtractedEvent[] = [];

    for (const p of sitePlaces) {
      const clause = clauseOf(s, p.from);
      const local = strong.filter((t) => clauseOf(s, t.from) === clause);
      const chosen = local.length ? local : strong.length ? strong : [triggers[0]];
      const seen = new Set<EventType>();
      for (const t of chosen) {
        const { type, subType } = refineType(ctx, s, t.trigger);
        if (seen.has(type)) continue;
        seen.add(type);
        const regime = roles.find((r) => r.role === "actor1")?.kind;
        made.push({
          type,
          subType: type === "Battles" && subType === "Government regains territory" && regime !== "government_forces" && regime !== "state" ? "Non-state actor overtakes territory" : subType,
          date: date?.iso ?? null,
          datePrecision: date?.precision ?? null,
          placeKey: p.entry.key,
          placeSurface: p.span.surface,
          geoPrecision: p.geoPrecision,
          fatalities: null,
          injured: null,
          arrested: null,
          actors: roles.map(({ key, role }) => ({ key, role })),
          evidence: { start: s.sentence.start, end: s.sentence.end, surface: ctx.text.slice(s.sentence.start, s.sentence.end) },
          confidence: Math.max(0.3, (t.trigger.strong ? 0.8 : 0.5) - (p.entry.origin === "inferred" ? 0.1 : 0) - (s.sentence.ticker ? 0.1 : 0)),
          fromTicker: s.sentence.ticker,
        });
      }
    }
    distributeCasualties(ctx, s, casualties, sitePlaces, made);
    events.push(...made);
    previous = made.length ? { sentence: s.index, events: made } : previous;
  }
  return dedupe(events);
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
 * ACLED divides a count reported for several places evenly among them; here only when the sentence
 * ties the victims to those places ("مقتل مواطنتين من بلدتي X وY"). Otherwise the count goes to the
 * event in the clause that reports it, or the sentence's first event.
 */
function distributeCasualties(ctx: ArticleContext, s: SentenceTokens, c: Casualties, sites: PlaceMention[], made: ExtractedEvent[]) {
  if (!made.length) return;
  const firstFor = (key: string) => made.find((e) => e.placeKey === key);
  if (c.killed !== null) {
    const clause = clauseOf(s, c.killedAt);
    const tied = sites.filter((p) => clauseOf(s, p.from) === clause && p.from > c.killedAt && p.from - c.killedAt <= 8);
    const origin = tied.length > 1 && ctx.tokens.slice(c.killedAt, tied[0].from).some((t) => t.text === "من");
    if (origin && c.killed % tied.length === 0) {
      for (const p of tied) firstFor(p.entry.key)!.fatalities = c.killed / tied.length;
    } else {
      const target = (tied[0] && firstFor(tied[0].entry.key)) ?? made[0];
      target.fatalities = c.killed;
    }
  }
  made[0].injured = c.injured;
  made[0].arrested = c.arrested;
}

/** The same type at the same place on the same day, said twice in one article, is one event. */
function dedupe(events: ExtractedEvent[]): ExtractedEvent[] {
  const byKey = new Map<string, ExtractedEvent>();
  for (const e of events) {
    const key = `${e.type}|${e.placeKey}|${e.date ?? "?"}`;
    const kept = byKey.get(key);
    if (!kept) byKey.set(key, e);
    else {
      if (e.fatalities !== null) kept.fatalities = Math.max(kept.fatalities ?? 0, e.fatalities);
      if (e.injured !== null) kept.injured = Math.max(kept.injured ?? 0, e.injured);
      kept.confidence = Math.max(kept.confidence, e.confidence);
    }
  }
  return [...byKey.values()];
}
