// Actor mentions: the curated knowledge base (names, aliases, weak aliases such as "النظام", and
// states named through their adjective: "الحكومة التركية"), then people found by a title or a verb of
// attribution around a given name, and armed groups by the words that head their names (لواء، كتائب…).
import { adjacent, tokenSpan, type ArticleContext } from "./context";
import { cliticForms, findNames, firstCliticForm, inSet, NameIndex } from "./matcher";
import { fold, foldSet } from "./normalize";
import type { Knowledge } from "./knowledge";
import { ATTRIBUTION_VERBS, GIVEN_NAMES, NAME_PARTICLES, NOT_A_NAME, NOUN_MODIFIERS, ORGANISATION_HEADS, PERSON_TITLES, STATE_NOUNS, STATEMENT_VERBS } from "./lexicon/people";
import { PLACE_CUES } from "./lexicon/places";
import { evidenceFor, wordSet } from "./evidence";
import { SYRIA_CONTEXT } from "./lexicon/name-evidence";
import type { ActorEntry, Span, Statement } from "./types";

export interface ActorMention {
  entry: ActorEntry;
  from: number;
  to: number;
  span: Span;
  sentence: number;
  /** for a weak alias or an alias that is an ordinary word: the rules (lexicon/name-evidence.ts) that kept it */
  evidence?: string[];
  /** a state named by its adjective after a noun ("القصف التركي"): the adjective's token. The noun before it
   * is the state's act or arm, and may be an event's trigger. */
  adjectiveAt?: number;
}

const TITLES = foldSet(PERSON_TITLES);
const VERBS = foldSet(ATTRIBUTION_VERBS);
const SAYS = foldSet(STATEMENT_VERBS);
const GIVEN = foldSet(GIVEN_NAMES.filter((n) => !n.includes(" ")));
const PARTICLES = foldSet(NAME_PARTICLES);
const NOT_NAME = foldSet(NOT_A_NAME);
const STATE_NOUN_SET = foldSet(STATE_NOUNS);
const MODIFIER_SET = foldSet(NOUN_MODIFIERS);
/** How many adjectives may stand between an indefinite state noun and the state's adjective ("قصف مدفعي صاروخي تركي"). */
const MODIFIERS_MAX = 2;
const ORG_HEADS = foldSet(ORGANISATION_HEADS.filter((h) => !h.includes(" ")));
const orgHeadOf = firstCliticForm((f) => ORG_HEADS.has(f));

const has = (words: Set<string>, token: string) => cliticForms(token).some(([f]) => words.has(f));
const PLACE_CUE_WORDS = foldSet(Object.keys(PLACE_CUES));
const SYRIA_WORDS = foldSet(SYRIA_CONTEXT);
/** "حي الشيخ سعيد"، "قرية الشيخ مسكين": a title after a place cue begins the name of a place. */
const afterPlaceCue = (ctx: ArticleContext, title: number) => title > 0 && has(PLACE_CUE_WORDS, ctx.tokens[title - 1].text);

/** The states a token names as an adjective, as written or past its clitics (the first form that does).
 * Only the forms that begin a name there are tried (startsOf, memoised with the word: most begin none). */
function stateAdjectiveOf(ctx: ArticleContext, k: Knowledge, i: number): ActorEntry[] | undefined {
  for (const [form] of k.stateAdjectives.startsOf(ctx.tokens[i])) {
    const states = k.stateAdjectives.get(form);
    if (states) return states;
  }
  return undefined;
}

/**
 * "طائرات روسية"، "طائرة مسيرة تركية"، "ضربة جوية إسرائيلية": token i an indefinite state adjective after an
 * indefinite state noun, past up to MODIFIERS_MAX indefinite adjectives; the noun's index, or null. An
 * indefinite adjective agrees only with an indefinite noun, so "الطائرات روسية" ("the planes are Russian") is none.
 */
function indefiniteNounBefore(ctx: ArticleContext, k: Knowledge, floor: number, i: number): number | null {
  if (!k.indefiniteStateAdjectives.get(ctx.tokens[i].text)) return null;
  const isNoun = (w: string) => cliticForms(w).some(([f]) => STATE_NOUN_SET.has(f) && !f.startsWith("ال"));
  // "دورية روسية": a noun that looks like a nisba (دورية) is the noun, not a modifier to walk past.
  let j = i - 1;
  for (let n = 0; n < MODIFIERS_MAX && j > floor && adjacent(ctx, j) && !isNoun(ctx.tokens[j].text) && isIndefiniteModifier(ctx.tokens[j].text); n++) j--;
  const noun = ctx.tokens[j]?.text;
  if (j < floor || !noun || !adjacent(ctx, j) || !isNoun(noun)) return null;
  return j;
}
const isIndefiniteModifier = (w: string) => MODIFIER_SET.has(w) || (!w.startsWith("ال") && /..(ي|يه)$/.test(w));

function inferredActor(name: string, kind: ActorEntry["kind"]): ActorEntry {
  return {
    key: `${kind === "person" ? "person" : "group"}:${fold(name).replace(/ /g, "-")}`, nameAr: name, nameEn: null, kind,
    aliases: [], weakAliases: [], adjectives: [], affiliation: null, description: null, origin: "inferred",
  };
}

const cleanName = (s: string) => s.replace(/[\u064B-\u065F\u0640"«»“”]/g, "").replace(/\s+/g, " ").trim();

export function findActorMentions(ctx: ArticleContext, k: Knowledge): ActorMention[] {
  const out: ActorMention[] = [];
  const taken = new Set<number>();
  const take = (entry: ActorEntry, from: number, to: number, sentence: number, prefix = 0) => {
    out.push({ entry, from, to, span: tokenSpan(ctx, from, to, prefix), sentence });
    for (let i = from; i < to; i++) taken.add(i);
  };
  const free = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (taken.has(i)) return false;
    return true;
  };
  const join = (i: number) => adjacent(ctx, i);
  // Weak aliases and aliases that are ordinary words: kept at the end only with evidence.
  const weak = new Set<ActorMention>();

  for (const s of ctx.sentences) {
    for (const m of findNames(ctx.tokens, k.actors, s.from, s.to, join)) {
      take(m.values[0], m.from, m.to, s.index, m.prefix);
      if (k.commonActorNames.has(m.key)) weak.add(out[out.length - 1]);
    }

    // A state through its adjective after a governing noun: "الحكومة التركية", "طائرات روسية", "الأتراك".
    for (let i = s.from; i < s.to; i++) {
      if (taken.has(i)) continue;
      const adj = stateAdjectiveOf(ctx, k, i);
      if (!adj) {
        const from = indefiniteNounBefore(ctx, k, s.from, i);
        if (from !== null && free(from, i)) {
          take(k.indefiniteStateAdjectives.get(ctx.tokens[i].text)![0], from, i + 1, s.index);
          out[out.length - 1].adjectiveAt = i;
        } else if (from !== null && taken.has(i - 1) && out.at(-1)?.to === i) {
          // "دورية مشتركة روسية تركية": a second state's adjective right after the first's shares its noun.
          take(k.indefiniteStateAdjectives.get(ctx.tokens[i].text)![0], i, i + 1, s.index);
          out[out.length - 1].adjectiveAt = i;
        }
        continue;
      }
      const nounBefore = i > s.from && join(i - 1) && has(STATE_NOUN_SET, ctx.tokens[i - 1].text);
      // "الطائرات الحربية الروسية"، "القوات البرية التركية": past another adjective of the noun.
      const pastAdjective = !nounBefore && i - 1 > s.from && join(i - 1) && join(i - 2) && /^ال.+(ي|يه)$/.test(ctx.tokens[i - 1].text) &&
        !k.stateAdjectives.get(ctx.tokens[i - 1].text) && has(STATE_NOUN_SET, ctx.tokens[i - 2].text);
      const people = !/(ي|يه)$/.test(ctx.tokens[i].text);
      if (pastAdjective) take(adj[0], i, i + 1, s.index);
      else if (nounBefore && free(i - 1, i)) {
        take(adj[0], i - 1, i + 1, s.index);
        out[out.length - 1].adjectiveAt = i;
      }
      else if (people) take(adj[0], i, i + 1, s.index);
    }

    // Weak aliases ("النظام", "الجيش", "التنظيم") where no longer name or adjective took the words.
    for (const m of findNames(ctx.tokens, k.weakActors, s.from, s.to, join)) {
      if (!free(m.from, m.to)) continue;
      const next = ctx.tokens[m.to];
      if (next && join(m.to - 1) && k.stateAdjectives.get(next.text)) continue;
      take(m.values[0], m.from, m.to, s.index, m.prefix);
      weak.add(out[out.length - 1]);
    }
  }

  findPeople(ctx, taken, take);
  findGroups(ctx, taken, take);
  addSurnameMentions(ctx, out, taken, take);
  const strong = out.filter((m) => !weak.has(m));
  const named = new Set(strong.map((m) => m.entry.key));
  const affiliates = new Set(strong.flatMap((m) => (m.entry.affiliation ? [m.entry.affiliation] : [])));
  const aboutSyria = weak.size > 0 && ctx.tokens.some((t) => inSet(SYRIA_WORDS, t.text));
  for (const m of weak) m.evidence = weakAliasEvidence(ctx, m, named, affiliates, aboutSyria);
  return out.filter((m) => !m.evidence || m.evidence.length > 0).sort((a, b) => a.from - b.from);
}

/**
 * The evidence (lexicon/name-evidence.ts) for a weak alias: the actor named in full in the article, one
 * of its members or its own body named (`affiliates`: the affiliations of the actors named), a
 * person's title or verb of saying before it, or, for a body, an article about Syria.
 */
function weakAliasEvidence(
  ctx: ArticleContext, m: ActorMention, named: ReadonlySet<string>, affiliates: ReadonlySet<string>, aboutSyria: boolean,
): string[] {
  const s = ctx.sentences[m.sentence];
  const before = m.from > s.from ? ctx.tokens[m.from - 1].text : null;
  return evidenceFor("actor", (t) => {
    switch (t.kind) {
      case "named-elsewhere": return named.has(m.entry.key);
      case "affiliate-named": return affiliates.has(m.entry.key) || (m.entry.affiliation !== null && named.has(m.entry.affiliation));
      case "person-cue": return before !== null && ((m.entry.kind === "person" && has(TITLES, before)) || (["person", "media"].includes(m.entry.kind) && has(VERBS, before)));
      case "syria-context": return aboutSyria && inSet(wordSet(t.aliases), fold(m.span.surface));
      default: return false;
    }
  });
}

type Take = (entry: ActorEntry, from: number, to: number, sentence: number, prefix?: number) => void;

/** The tokens of a name starting at i: given name (or "عبد X"), then up to two name words. */
function nameEnd(ctx: ArticleContext, i: number, to: number, taken: Set<number>): number {
  let j = i + 1;
  if ((ctx.tokens[i].text === "عبد" || PARTICLES.has(ctx.tokens[i].text)) && j < to && adjacent(ctx, i)) j++;
  let words = 0;
  while (j < to && words < 2 && adjacent(ctx, j - 1) && !taken.has(j)) {
    const t = ctx.tokens[j].text;
    if (t.length < 2 || NOT_NAME.has(t) || VERBS.has(t) || TITLES.has(t) || /^\d/.test(t)) break;
    if (t.startsWith("و") && !GIVEN.has(t) && cliticForms(t).some(([f, n]) => n > 0 && f.length > 2)) break;
    j++;
    if (PARTICLES.has(t)) continue;
    words++;
  }
  return j;
}

function findPeople(ctx: ArticleContext, taken: Set<number>, take: Take) {
  for (const s of ctx.sentences) {
    if (s.sentence.byline) continue;
    for (let i = s.from; i < s.to; i++) {
      if (taken.has(i) || !GIVEN.has(ctx.tokens[i].text)) continue;
      // "على" (on) folds to "علي" (Ali).
      if (/^[وفبل]?على$/.test(tokenSpan(ctx, i, i + 1).surface)) continue;
      const end = nameEnd(ctx, i, s.to, taken);
      if (end - i < 2) continue;
      // A title or a verb of attribution within a few words before, or a verb right after.
      let cued = false;
      for (let b = i - 1; b >= Math.max(s.from, i - 6) && !cued; b--) cued = has(TITLES, ctx.tokens[b].text) || (i - b <= 2 && has(VERBS, ctx.tokens[b].text));
      if (!cued && end < s.to) cued = has(VERBS, ctx.tokens[end].text) || /^[،,]\s*(رئيس|وزير|المبعوث|القيادي|قائد|الناطق|المتحدث)/.test(ctx.text.slice(tokenSpan(ctx, i, end).end).trimStart().slice(0, 12));
      if (!cued || (i > s.from && has(TITLES, ctx.tokens[i - 1].text) && afterPlaceCue(ctx, i - 1))) continue;
      const span = tokenSpan(ctx, i, end);
      take(inferredActor(cleanName(span.surface), "person"), i, end, s.index);
      i = end - 1;
    }
  }
}

function findGroups(ctx: ArticleContext, taken: Set<number>, take: Take) {
  for (const s of ctx.sentences) {
    for (let i = s.from; i < s.to - 1; i++) {
      if (taken.has(i)) continue;
      const head = orgHeadOf(ctx.tokens[i]);
      if (!head || !adjacent(ctx, i)) continue;
      // "فرقه باتت عاجزة" (its teams): a head written with the pronoun ه, not the ة of a name.
      if (head[0].endsWith("ه") && /ه$/.test(tokenSpan(ctx, i, i + 1).surface)) continue;
      let j = i + 1;
      while (j < s.to && j - i <= 3 && !taken.has(j) && (j === i + 1 || adjacent(ctx, j - 1))) {
        const t = ctx.tokens[j].text;
        if (NOT_NAME.has(t) || VERBS.has(t) || t.length < 2 || (j > i + 1 && t.startsWith("و") && t.length > 3)) break;
        j++;
      }
      if (j - i < 2) continue;
      const span = tokenSpan(ctx, i, j, head[1]);
      take(inferredActor(cleanName(span.surface), "armed_group"), i, j, s.index, head[1]);
      i = j - 1;
    }
  }
}

/** After "مصطفى سيجري", a later "سيجري" (or "وأردف "سيجري"") is the same person. */
function addSurnameMentions(ctx: ArticleContext, found: ActorMention[], taken: Set<number>, take: Take) {
  const surnames = new NameIndex<ActorEntry>();
  for (const m of found) {
    if (m.entry.kind !== "person" || m.to - m.from < 2) continue;
    const last = ctx.tokens[m.to - 1].text;
    if (last.length >= 3 && !NOT_NAME.has(last) && !GIVEN.has(last)) surnames.add(last, m.entry);
  }
  if (surnames.size === 0) return;
  for (const s of ctx.sentences) {
    for (const m of findNames(ctx.tokens, surnames, s.from, s.to)) {
      if (taken.has(m.from)) continue;
      take(m.values[0], m.from, m.to, s.index, m.prefix);
    }
  }
}

/** Sentences in which an actor speaks: a verb of saying with the actor as its subject right after it. */
export function findStatements(ctx: ArticleContext, mentions: ActorMention[]): Statement[] {
  const out: Statement[] = [];
  for (const m of mentions) {
    if (m.entry.kind === "media") continue;
    const s = ctx.sentences[m.sentence];
    const before = [m.from - 1, m.from - 2].filter((b) => b >= s.from);
    const after = [m.to, m.to + 1].filter((a) => a < s.to);
    const speaks = before.some((b) => has(SAYS, ctx.tokens[b].text)) || (m.from === s.from && after.some((a) => has(SAYS, ctx.tokens[a].text)));
    if (!speaks) continue;
    if (out.some((st) => st.actorKey === m.entry.key && st.sentence.start === s.sentence.start)) continue;
    out.push({ actorKey: m.entry.key, sentence: { start: s.sentence.start, end: s.sentence.end, surface: ctx.text.slice(s.sentence.start, s.sentence.end) } });
  }
  return out;
}
