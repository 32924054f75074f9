// Place mentions: gazetteer names found by longest match, resolved among same-named places
// (Syria first, then the governorate the sentence or the article points to, then rank), and new
// places named after a cue word ("بلدة X جنوب إدلب") located at the region the sentence gives.
import { inQuotedName } from "./quoted-name";
import { adjacent, tokenSpan, type ArticleContext, type SentenceTokens } from "./context";
import { firstCliticForm, tokenClitics, findNames, type NameMatch } from "./matcher";
import { fold, foldSet } from "./normalize";
import { placeRank, type Knowledge } from "./knowledge";
import { ANAPHORS, COMPOUND_PREFIXES, CONSTRUCT_NOUNS, DIRECTIONS, LOCATIVE, LOCATORS, NAME_STOPS, NEW_PLACE_CUES, NOT_A_PLACE_AFTER, PLACE_CUES, PLURAL_CUES, TIME_OF_DAY } from "./lexicon/places";
import { isWeekday } from "./dates";
import { evidenceFor, wordSet } from "./evidence";
import { NOT_CONSTRUCT, REGION_CUES, type EvidenceTest } from "./lexicon/name-evidence";
import type { FoundPlace, PlaceEntry, Span } from "./types";

export interface PlaceMention {
  entry: PlaceEntry;
  from: number;
  to: number;
  span: Span;
  sentence: number;
  geoPrecision: 1 | 2 | 3;
  /** the index (in the mentions list) of the place this one locates ("X غرب إدلب": إدلب locates X) */
  qualifies: number | null;
  cue: string | null;
  /** "المدينة", "البلدة" standing for the place named before it */
  anaphor?: boolean;
  /** for a name that is also an ordinary word: the rules (lexicon/name-evidence.ts) that kept it */
  evidence?: string[];
}

const CUES = new Map(Object.entries(PLACE_CUES).map(([k, v]) => [fold(k), v]));
const NEW_CUES = new Set([...NEW_PLACE_CUES].map(fold));
const DIRS = new Set(Object.keys(DIRECTIONS).map(fold));
const STOPS = new Set([...NAME_STOPS].map(fold));
const BETWEEN = new Set(["بين"]);
const LOCATOR_WORDS = new Set(LOCATORS.map(fold));
// Words that describe a place, not name it: "حي سكني"، "قرية أخرى"، "بلدة مجاورة"، "قرية حدودية".
const NOT_NAMES = new Set(["عده", "عديده", "كثيره", "مجاوره", "متفرقه", "محيطه", "سكنيه", "اخري", "اخرى", "عدة",
  "سكني", "شعبي", "شعبيه", "تجاري", "تجاريه", "صناعي", "صناعيه", "زراعي", "زراعيه", "حدودي", "حدوديه", "مجاور", "اخر", "آخر",
  "صغير", "صغيره", "كبير", "كبيره", "قريب", "قريبه", "نائي", "نائيه", "ناييه", "واحد", "واحده", "جديد", "جديده", "مدمر", "مدمره"].map(fold));
const CUE_KEYS = new Set(CUES.keys());
const LINKS = new Set(["ريف", "مدينه", "محافظه", "بلده", "قريه", "منطقه", "ناحيه", "في", "قرب", "بالقرب", "من", ...LOCATORS].map(fold));
const CONSTRUCT = new Set(CONSTRUCT_NOUNS.map((c) => fold(c.name)));
const OPERATION = new Set(["عمليه", "عمليات", "معركه", "غرفه"].map(fold));
const LIST_CUES = new Set([...PLURAL_CUES].map(fold));
const COMPOUND = new Set(COMPOUND_PREFIXES.map(fold));
const ANAPHOR_KINDS = new Map(Object.entries(ANAPHORS).map(([k, v]) => [fold(k), v]));
// Asked of every token of every sentence: kept with the word.
const newPlaceCueOf = firstCliticForm((f) => NEW_CUES.has(f) || LIST_CUES.has(f));
const anaphorOf = firstCliticForm((f) => ANAPHOR_KINDS.has(f));
const LOCATIVE_WORDS = new Set(LOCATIVE.map(fold));

const PART_OF_NAME = NOT_A_PLACE_AFTER.map((r) => ({ rule: r, before: r.before.map((words) => foldSet(words)) }));

const QUOTE = /["«“”»']/;
const REGION_HEAD = "منطقه ";

/** A region whose name is "منطقة X" matched as a quoted bare "X" ("درع الفرات" for منطقة درع الفرات). */
function namedAfterOperation(ctx: ArticleContext, m: NameMatch<PlaceEntry>, entry: PlaceEntry): boolean {
  if (entry.kind !== "region" || !fold(entry.nameAr).startsWith(REGION_HEAD) || m.key.startsWith(REGION_HEAD)) return false;
  // "منذ بدء عملية غصن الزيتون": after «عملية» it is the operation, quoted or not.
  if (m.from > 0 && isWord(ctx, m.from - 1, OPERATION)) return true;
  // "قرى في "درع الفرات"": after a preposition of place it is the region.
  if (m.from > 0 && isWord(ctx, m.from - 1, LOCATIVE_WORDS)) return false;
  const before = ctx.folded.text.slice(Math.max(0, ctx.tokens[m.from].start - 2), ctx.tokens[m.from].start + m.prefix);
  const after = ctx.folded.text.slice(ctx.tokens[m.to - 1].end, ctx.tokens[m.to - 1].end + 2);
  return QUOTE.test(before) && QUOTE.test(after);
}

/** The NOT_A_PLACE_AFTER rule whose words stand right before token i, within the sentence from `floor`. */
function partOfName(ctx: ArticleContext, i: number, floor: number) {
  return PART_OF_NAME.find(({ before }) => before.length <= i - floor &&
    before.every((set, k) => isWord(ctx, i - before.length + k, set)))?.rule ?? null;
}

/** "في باريس", "بموسكو", "العاصمة البلجيكية بروكسل": the name is meant as a location. */
function locative(ctx: ArticleContext, m: NameMatch<PlaceEntry>, floor: number): boolean {
  if (/^[وف]?ب/.test(ctx.tokens[m.from].text.slice(0, m.prefix))) return true;
  for (let b = m.from - 1; b >= Math.max(floor, m.from - 3); b--) {
    if (tokenClitics(ctx.tokens[b]).some(([f]) => LOCATIVE_WORDS.has(f))) return true;
  }
  return false;
}

/** The cue word right before token i (as written or after a clitic: "وبلدة", "ببلدة"). */
function cueBefore(ctx: ArticleContext, i: number, floor: number): string | null {
  if (i - 1 < floor) return null;
  for (const [form] of tokenClitics(ctx.tokens[i - 1])) {
    const kind = CUES.get(form);
    if (kind) return form;
  }
  return null;
}

function isWord(ctx: ArticleContext, i: number, set: Set<string>): boolean {
  return tokenClitics(ctx.tokens[i]).some(([f]) => set.has(f));
}

function resolve(m: NameMatch<PlaceEntry>, hintGov: string | null, votes: Map<string, number>, cueKind: string | null): PlaceEntry {
  let best = m.values[0];
  let bestScore = -Infinity;
  for (const e of m.values) {
    let score = placeRank(e);
    if (hintGov && e.admin1 === hintGov) score += 600;
    if (e.admin1) score += (votes.get(e.admin1) ?? 0) * 40;
    if (cueKind && e.kind === cueKind) score += 40;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

export function findPlaceMentions(ctx: ArticleContext, k: Knowledge, blocked: (from: number, to: number) => boolean): PlaceMention[] {
  const raw: { m: NameMatch<PlaceEntry>; s: SentenceTokens }[] = [];
  for (const s of ctx.sentences) {
    for (const m of findNames(ctx.tokens, k.places, s.from, s.to, (i) => adjacent(ctx, i))) {
      if (!blocked(m.from, m.to)) raw.push({ m, s });
    }
  }
  // Governorates that unambiguous Syrian mentions point to: they settle the ambiguous ones.
  const votes = new Map<string, number>();
  for (const { m } of raw) {
    const sy = m.values.filter((v) => v.countryCode === "SY");
    const govs = new Set(sy.map((v) => v.admin1));
    if (govs.size === 1 && sy[0].admin1) votes.set(sy[0].admin1, (votes.get(sy[0].admin1) ?? 0) + 1);
  }

  const mentions: PlaceMention[] = [];
  // Common-word names with no evidence where they stand: kept if the article names the place elsewhere.
  const held = new Map<PlaceMention, string>();
  // The names accepted, and those names without their cue word: "مخيم الهول" names "الهول" too.
  const acceptedNames = new Set<string>();
  const accept = (mention: PlaceMention, key: string) => {
    mentions.push(mention);
    acceptedNames.add(key);
    const [first, ...rest] = key.split(" ");
    if (rest.length > 0 && CUE_HEADS.has(first)) acceptedNames.add(rest.join(" "));
  };
  for (let r = 0; r < raw.length; r++) {
    const { m, s } = raw[r];
    const cue = cueBefore(ctx, m.from, s.from) ?? (CUES.has(ctx.tokens[m.from].text) ? ctx.tokens[m.from].text : null);
    // The place that follows within two words (a direction, "ريف", "مدينة") locates this one.
    const next = raw[r + 1];
    let hint: string | null = null;
    if (next && next.s === s && next.m.from - m.to <= 2) {
      const between = ctx.tokens.slice(m.to, next.m.from).every((_, j) => isWord(ctx, m.to + j, DIRS) || isWord(ctx, m.to + j, LINKS));
      if (between) hint = resolve(next.m, null, votes, null).admin1;
    }
    const entry = resolve(m, hint, votes, cue ? CUES.get(cue) ?? null : null);
    if (s.sentence.byline) continue;
    // "عملية "غصن الزيتون"": a name in quotes after عملية/معركة names an operation, not a place.
    if (m.from > s.from && isWord(ctx, m.from - 1, OPERATION) && /["«“”»']/.test(ctx.folded.text.slice(ctx.tokens[m.from - 1].end, ctx.tokens[m.from].start))) continue;
    // "ثلاث عمليات: "درع الفرات" عام 2016، و"غصن الزيتون"": a region named after an operation ("منطقة درع الفرات"),
    // written in quotes without its head word, is the operation.
    if (namedAfterOperation(ctx, m, entry)) {
      ctx.trace?.push({ stage: "place", rule: "quoted-operation", effect: "not a place: the operation the region is named after", text: ctx.tokens[m.from].text });
      continue;
    }
    // "حماة الديار"، "حماة الطبيعة": the plural noun heading a construct, not the city.
    if (!cue && CONSTRUCT.has(m.key) && headsConstruct(ctx, m.to, raw[r + 1]?.m.from === m.to)) {
      ctx.trace?.push({ stage: "place", rule: "construct-noun", effect: "not a place: a noun of a construct", text: ctx.tokens[m.from].text });
      continue;
    }
    const partOf = partOfName(ctx, m.from, s.from);
    if (partOf) {
      ctx.trace?.push({ stage: "place", rule: partOf.id, effect: "not a place: part of another name", text: ctx.tokens[m.from].text });
      continue;
    }
    const prev = mentions[mentions.length - 1];
    const inList = prev && prev.sentence === s.index && m.prefix > 0 && ctx.tokens[m.from].text.startsWith("و") &&
      (prev.to === m.from || (prev.to === m.from - 1 && !!cueBefore(ctx, m.from, s.from)) || listGap(ctx, prev.to, m.from));
    // An entry with an ordinary word among its names (البادية) is ambiguous only by that one word:
    // a longer form of it ("البادية السورية") says which it is.
    // "مناطق في الفطيرة وسفوهن": joined by و to a place that is no ordinary word, it is one of a list of places too.
    const following = raw[r + 1]?.s === s ? raw[r + 1].m : null;
    const listAfter = !!following && following.from === m.to && following.prefix > 0 && ctx.tokens[following.from].text.startsWith("و") && !k.commonPlaceNames.has(following.key);
    if (m.values.every((v) => v.ambiguous) && !m.key.includes(" ") && !cue && !inList && !listAfter) continue;
    // Abroad, a country or a smaller city counts as a place where the sentence puts something there;
    // "روسيا ترفض" names an actor, "في روسيا" a place.
    const abroad = entry.countryCode !== "SY" || entry.kind === "country";
    if (abroad && !entry.major && !locative(ctx, m, s.from) && !(inList && prev.entry.countryCode === entry.countryCode)) {
      if (!(inList && (prev.entry.kind === "country") === (entry.kind === "country"))) continue;
    }
    const mention: PlaceMention = {
      entry, from: m.from, to: m.to, span: tokenSpan(ctx, m.from, m.to, m.prefix), sentence: s.index,
      geoPrecision: entry.precision, qualifies: null, cue,
    };
    if (k.commonPlaceNames.has(m.key)) {
      // "دوماً": a word written with tanwin is indefinite, never a name.
      if (TANWIN.test(ctx.text.slice(mention.span.start, ctx.folded.offsets[ctx.tokens[m.to - 1].end]))) continue;
      mention.evidence = commonNameEvidence(ctx, k, raw, r, entry, hint !== null, !!inList);
      if (mention.evidence.length > 0) accept(mention, m.key);
      else held.set(mention, m.key);
    } else accept(mention, m.key);
  }
  if (held.size === 0) return mentions;
  const named = new Set(mentions.map((m) => m.entry.key));
  const kept = [...held].filter(([m, key]) => {
    m.evidence = evidenceFor(scopeOf(m.entry), (t) => t.kind === "named-elsewhere" && (named.has(m.entry.key) || acceptedNames.has(key)));
    return m.evidence.length > 0;
  });
  return [...mentions, ...kept.map(([m]) => m)].sort((a, b) => a.from - b.from);
}

const TANWIN = /[\u064B-\u064D]/;
const NOT_CONSTRUCT_WORDS = foldSet(NOT_CONSTRUCT);
const CUE_HEADS = foldSet(REGION_CUES);
const scopeOf = (entry: PlaceEntry) => (entry.countryCode === "SY" && entry.kind !== "country" ? "syria" : "abroad");

/**
 * The evidence (lexicon/name-evidence.ts) that a name which is also an ordinary word ("كسب", "دوما",
 * "كيف") is meant as the place here; `qualified`: a governorate or a direction and a place follow it;
 * `inList`: "و" joins it to the place accepted before it ("بلدتي السوسة والشعفة").
 */
function commonNameEvidence(
  ctx: ArticleContext, k: Knowledge, raw: { m: NameMatch<PlaceEntry>; s: SentenceTokens }[], r: number, entry: PlaceEntry,
  qualified: boolean, inList: boolean,
): string[] {
  const { m, s } = raw[r];
  const definite = m.key.startsWith("ال");
  const wordBefore = (words: readonly string[], throughAdjective = false) => {
    const b = throughAdjective && m.from - 2 >= s.from && /^ال.+(ي|يه)$/.test(ctx.tokens[m.from - 1].text) ? m.from - 2 : m.from - 1;
    return b >= s.from && isWord(ctx, b, wordSet(words));
  };
  const clitic = ctx.tokens[m.from].text.slice(0, m.prefix);
  const prev = raw[r - 1]?.s === s ? raw[r - 1].m : null;
  const next = raw[r + 1]?.s === s ? raw[r + 1].m : null;
  const plain = (n: NameMatch<PlaceEntry> | null) => n !== null && !k.commonPlaceNames.has(n.key);
  /** "حرستا ودوما", "صيدا، الطيبة": b follows a with و or a comma. */
  const joined = (a: NameMatch<PlaceEntry>, b: NameMatch<PlaceEntry>) => b.from === a.to &&
    ((b.prefix > 0 && ctx.tokens[b.from].text.startsWith("و")) || /^\s*[،,]\s*$/.test(ctx.folded.text.slice(ctx.tokens[a.to - 1].end, ctx.tokens[b.from].start)));
  /**
   * Whether the name ends its phrase: punctuation or the end of the sentence after it, a word that ends
   * a place name (في، جنوب، التي، اليوم), a time word, an adjective (الشرقية), a word joined by و, or a
   * place. Otherwise it heads a construct or takes an adjective: "كسوة الكعبة", "كسب رزقهم", "كسب كبير".
   */
  const endsPhrase = () => {
    if (m.to >= s.to || !adjacent(ctx, m.to - 1) || next?.from === m.to) return true;
    const after = ctx.tokens[m.to].text;
    return STOPS.has(after) || NOT_CONSTRUCT_WORDS.has(after) || /^ال.+(ي|يه)$/.test(after) || after.startsWith("و") || isWord(ctx, m.to, DIRS);
  };
  const holds = (t: EvidenceTest): boolean => {
    switch (t.kind) {
      case "word-before": return (!t.indefinite || !definite) && (!t.kinds || t.kinds.includes(entry.kind)) && (!t.endsPhrase || endsPhrase()) &&
        (!t.countryInArticle || raw.some((o) => o.m.values.some((v) => v.kind === "country" && v.countryCode === entry.countryCode))) && wordBefore(t.words, t.throughAdjective);
      case "locative-clitic": return !definite && /^[وف]?ب$/.test(clitic) && endsPhrase();
      case "list": return inList || (plain(prev) && joined(prev!, m)) || (plain(next) && joined(m, next!));
      case "qualifier": return qualified && plain(next) && (next!.from > m.to || /^[وف]?ب/.test(ctx.tokens[next!.from].text.slice(0, next!.prefix)));
      case "known-neighbour": return (plain(prev) && prev!.to === m.from) || (plain(next) && next!.from === m.to);
      case "country-after": return raw.some((o) => o.s === s && o.m.from >= m.to && o.m.from - m.to < t.within &&
        o.m.values.some((v) => v.kind === "country" && v.countryCode === entry.countryCode));
      default: return false;
    }
  };
  return evidenceFor(scopeOf(entry), holds);
}

/** "تقاد وكفركرمين والأبزمو": between two places of a list, only names the gazetteer lacks (one or two "و" items). */
function listGap(ctx: ArticleContext, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i].text;
    if (!/^و[\u0621-\u064A]{3,}$/.test(t) || STOPS.has(t) || !adjacent(ctx, i - 1)) return false;
  }
  return true;
}

/**
 * "X غرب مدينة الرقة", "X بريف حماة", "X التابعة للرقة": the second place locates the first and is
 * not an event place itself; so does a place after a direction further on in the clause ("مركز مدينة
 * هجين آخر معاقل التنظيم شرق دير الزور") and the far end of a road ("الطريق بين X وY").
 * Runs on all mentions, known and new, in text order.
 */
export function markQualifiers(ctx: ArticleContext, mentions: PlaceMention[]) {
  const clauseOf = (m: PlaceMention) => ctx.sentences[m.sentence].clauses.findIndex(([a, b]) => m.from >= a && m.from < b);
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1];
    const cur = mentions[i];
    // "بين X وY"، "بين مدينة X وبلدة Y".
    const joined = prev.to === cur.from || (cur.from - prev.to === 1 && isWord(ctx, prev.to, CUE_KEYS));
    // "ريف المالكية (ديريك)"، "كوباني (عين العرب)": a second name in brackets is the same place, no event place of its own.
    if (prev.sentence === cur.sentence && prev.to === cur.from && /^\s*\(\s*$/.test(ctx.folded.text.slice(ctx.tokens[prev.to - 1].end, ctx.tokens[cur.from].start))) {
      cur.qualifies = prev.qualifies ?? i - 1;
      continue;
    }
    const between = [prev.from - 1, prev.from - 2].some((b) => b >= 0 && isWord(ctx, b, BETWEEN));
    // "طريق تدمر – دير الزور": the far end of a road written with a dash.
    const dashed = prev.sentence === cur.sentence && prev.to === cur.from && /^\s*[-–—]\s*$/.test(ctx.folded.text.slice(ctx.tokens[prev.to - 1].end, ctx.tokens[cur.from].start));
    if (dashed || (prev.sentence === cur.sentence && joined && ctx.tokens[prev.to].text.startsWith("و") && between && prev.qualifies === null)) {
      cur.qualifies = i - 1;
      continue;
    }
    const d = cur.from - 1;
    if (d >= 0 && !ctx.tokens[d].text.startsWith("و") && DIRS.has(ctx.tokens[d].text) && prev.sentence === cur.sentence) {
      const clause = clauseOf(cur);
      for (let j = i - 1; j >= 0 && mentions[j].sentence === cur.sentence && cur.from - mentions[j].to <= 10; j--) {
        if (mentions[j].qualifies === null && clauseOf(mentions[j]) === clause && mentions[j].to < d) {
          cur.qualifies = j;
          break;
        }
      }
      if (cur.qualifies !== null) continue;
    }
    if (prev.sentence !== cur.sentence || cur.from - prev.to > 3) continue;
    const gap = ctx.tokens.slice(prev.to, cur.from);
    const onlyLinks = gap.every((_, j) => isWord(ctx, prev.to + j, DIRS) || isWord(ctx, prev.to + j, LINKS));
    const viaPreposition = gap.length === 0 && /^(ب|في|فى)/.test(ctx.tokens[cur.from].text) && cur.entry.kind !== "village";
    // "بلدة البارة في جبل الزاوية": a mountain or a plain, like a region, locates the place in it.
    const larger = placeRank(cur.entry) >= placeRank(prev.entry) || ["governorate", "region", "mountain", "plain"].includes(cur.entry.kind);
    // "في حي الوعر وفي بلدة تلبيسة": a second place joined by "وفي" is another place, not the first's locator.
    const conjoined = gap.some((_, j) => /^و(في|فى)$/.test(ctx.tokens[prev.to + j].text));
    // "فصائل مدعومة من إيران قرب مدينة البوكمال": a place locates only a smaller place of its own country.
    const locatable = prev.entry.kind !== "country" && prev.entry.countryCode === cur.entry.countryCode;
    if (!conjoined && locatable && ((onlyLinks && gap.length > 0 && larger) || (viaPreposition && larger))) cur.qualifies = i - 1;
    if (gap.length > 0 && gap.some((_, j) => isWord(ctx, prev.to + j, DIRS)) && cur.qualifies !== null) {
      // "X جنوب إدلب": the direction says X is near the region, not in its centre.
      cur.geoPrecision = Math.max(cur.geoPrecision, 2) as 2 | 3;
    }
  }
}

/** Names after a cue word that the gazetteer lacks: a place of their own, located by the region named next to them. */
/** Time words end a new name: "تل أبيب فجر الخميس" is no place called «أبيب فجر الخميس». */
const TIME_WORDS = foldSet(TIME_OF_DAY);
/** A past or present verb of the plural (خرجوا، نزحوا، يطالبون): no word of a place name. */
const PLURAL_VERB = /^[^\s]{2,}وا$|^[يت][^\s]{2,}ون$/;

export function findNewPlaces(ctx: ArticleContext, known: PlaceMention[], blocked: (from: number, to: number) => boolean,
  isKnownName: (folded: string) => boolean = () => false): PlaceMention[] {
  const taken = new Set<number>();
  for (const m of known) for (let i = m.from; i < m.to; i++) taken.add(i);
  const knownAt = new Map(known.map((m) => [m.from, m]));
  const out: PlaceMention[] = [];
  const nameLike = (j: number) => j < ctx.tokens.length && !taken.has(j) && !STOPS.has(ctx.tokens[j].text) && !isWord(ctx, j, DIRS) && !LOCATOR_WORDS.has(ctx.tokens[j].text) &&
    !isWord(ctx, j, NEW_CUES) && !isWord(ctx, j, CUE_KEYS) && /^[\u0621-\u064A]{2,}$/.test(ctx.tokens[j].text);
  // A word after a plural cue that reads as a name: not an adjective ("أحياء سكنية"، "قرى مجاورة"), and
  // followed by "و" and another name.
  const listHead = (j: number) => {
    const t = ctx.tokens[j]?.text ?? "";
    const next = ctx.tokens[j + 1]?.text ?? "";
    const adjective = !t.startsWith("ال") && /يه$/.test(t);
    return nameLike(j) && !t.startsWith("و") && !adjective && !NOT_NAMES.has(t) && adjacent(ctx, j) &&
      next.startsWith("و") && next.length > 3 && (knownAt.has(j + 1) || nameLike(j + 1));
  };
  // The cue of a list as a place kind ("قرى" → قريه), else the plural cue itself.
  const listKind = (i: number, cueForm: string) => tokenClitics(ctx.tokens[i]).find(([f]) => CUES.has(f))?.[0] ?? cueForm;
  // An unknown village named twice is one place: the second mention, without a region of its own,
  // takes the entry (and point) of the first ("بلدة كويا بريف درعا" … "أهالي بلدة كويا").
  const madeByName = new Map<string, PlaceEntry>();
  for (const s of ctx.sentences) {
    const make = (cue: string, from: number, to: number, strip: number) => {
      const nameSpan = tokenSpan(ctx, from, to, strip);
      // Located by the next known place in the sentence within three words ("جنوب إدلب", "بريف حماة").
      const locator = known.find((m) => m.sentence === s.index && m.from >= to && m.from - to <= 3 && m.entry.countryCode === "SY");
      const fallback = known.find((m) => m.sentence === s.index && m.entry.countryCode === "SY" && (m.entry.kind === "governorate" || m.entry.kind === "city"));
      const base = locator?.entry ?? fallback?.entry ?? null;
      const precision: 2 | 3 = locator && locator.entry.kind !== "governorate" ? 2 : base?.kind === "governorate" ? 3 : 2;
      const name = nameSpan.surface.replace(/[\u064B-\u065F\u0640]/g, "");
      const earlier = madeByName.get(fold(name));
      if (earlier && (!locator || locator.entry.admin1 === earlier.admin1)) {
        out.push({ entry: earlier, from, to, span: nameSpan, sentence: s.index, geoPrecision: earlier.precision, qualifies: null, cue });
        for (let t = from; t < to; t++) taken.add(t);
        return;
      }
      const entry: PlaceEntry = {
        key: `new:${base?.admin1 ?? "xx"}:${fold(name).replace(/ /g, "-")}`, nameAr: name, nameEn: null, kind: PLACE_CUES[cue] ?? "village",
        lat: base?.lat ?? NaN, lon: base?.lon ?? NaN, countryCode: "SY", admin1: base?.admin1 ?? null, geonamesId: null, population: 0,
        origin: "inferred", precision, ambiguous: false, major: false, aliases: [],
      };
      out.push({ entry, from, to, span: nameSpan, sentence: s.index, geoPrecision: precision, qualifies: null, cue });
      for (let t = from; t < to; t++) taken.add(t);
      if (!madeByName.has(fold(name))) madeByName.set(fold(name), entry);
    };
    for (let i = s.from; i < s.to - 1; i++) {
      const cueForm = newPlaceCueOf(ctx.tokens[i])?.[0];
      if (!cueForm || !adjacent(ctx, i)) continue;
      const cue = NEW_CUES.has(cueForm) ? cueForm : null;
      let end = i + 1;
      // The first name after the cue never starts with و ("بلدة وقرية" is two cues).
      if (cue && nameLike(i + 1) && !ctx.tokens[i + 1].text.startsWith("و") && !NOT_NAMES.has(ctx.tokens[i + 1].text)) {
        let j = i + 1;
        while (j < s.to && j - i <= 3 && nameLike(j) && (j === i + 1 || adjacent(ctx, j - 1))) {
          if (j > i + 1 && ctx.tokens[j].text.startsWith("و") && !ctx.tokens[j].text.startsWith("وادي")) break;
          // A time word or a written tanwin ("قطاعاً كبيراً") is no part of a name.
          if (j > i + 1 && (TIME_WORDS.has(ctx.tokens[j].text) || isWeekday(ctx.tokens[j].text) || writtenTanwin(ctx, j))) break;
          // A verb of the plural ends the name: "أهالي بلدة كويا خرجوا من منازلهم".
          if (j > i + 1 && PLURAL_VERB.test(ctx.tokens[j].text)) break;
          j++;
        }
        // "تل أبيب": the cue is part of a known name (one the gazetteer has, kept or not for lack of evidence).
        const whole = isKnownName(`${ctx.tokens[i].text.replace(/^[وفبل]/, "")} ${ctx.tokens[i + 1].text}`);
        if (!whole && !blocked(i + 1, j)) make(cue, i + 1, j, 0);
        end = j;
      } else if (knownAt.has(i + 1)) end = knownAt.get(i + 1)!.to;
      else if (LIST_CUES.has(cueForm) && listHead(i + 1)) {
        // "قرى الصخر والجنابرة": after a plural cue, a name the gazetteer lacks when a list follows it.
        make(listKind(i, cueForm), i + 1, i + 2, 0);
        end = i + 2;
      } else continue;
      // "قرى البارة وكنصفرة وفليفل": after a plural cue, the names joined by و that the gazetteer lacks.
      if (!LIST_CUES.has(cueForm)) continue;
      const kind = listKind(i, cueForm);
      const max = /(تي|يي|تا)$/.test(cueForm) ? 2 : 12;
      for (let items = 1; items < max && end < s.to && adjacent(ctx, end - 1); items++) {
        const w = ctx.tokens[end].text;
        if (knownAt.has(end) && w.startsWith("و")) {
          end = knownAt.get(end)!.to;
          continue;
        }
        // "ومحيطها": a pronoun ends a word that refers back, never a name.
        if (!w.startsWith("و") || !nameLike(end) || w.length < 4 || /(ها|هم|هما)$/.test(w)) break;
        let to = end + 1;
        if (COMPOUND.has(w.slice(1)) && to < s.to && nameLike(to) && adjacent(ctx, end)) to++;
        const next = ctx.tokens[to]?.text;
        const closes = to >= s.to || !adjacent(ctx, to - 1) || next!.startsWith("و") || STOPS.has(next!) || isWord(ctx, to, DIRS) || isWord(ctx, to, LINKS);
        if (!closes || blocked(end, to)) break;
        make(CUES.has(kind) ? kind : "قريه", end, to, 1);
        end = to;
      }
    }
  }
  return out;
}

/** "وسط المدينة"، "سكان المخيم": the definite cue noun stands for the last place of that kind named before it. */
export function findAnaphors(ctx: ArticleContext, mentions: PlaceMention[], blocked: (from: number, to: number) => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  const taken = new Set<number>();
  for (const m of mentions) for (let i = m.from; i < m.to; i++) taken.add(i);
  let next = 0;
  for (const s of ctx.sentences) {
    if (s.sentence.byline || s.sentence.caption) continue;
    for (let i = s.from; i < s.to; i++) {
      if (taken.has(i)) continue;
      const form = anaphorOf(ctx.tokens[i])?.[0];
      if (!form || blocked(i, i + 1)) continue;
      // "المدينة الصناعية"، "البلدة القديمة": a name or a part of the place, not the place itself.
      const after = ctx.tokens[i + 1]?.text ?? "";
      // Not a direction, which says which side of it ("عند مدخل المدينة الجنوبي").
      if (i + 1 < s.to && adjacent(ctx, i) && /^ال.+(ي|يه)$/.test(after) && !isWord(ctx, i + 1, DIRS)) continue;
      while (next < mentions.length && mentions[next].from < i) next++;
      const kinds = ANAPHOR_KINDS.get(form)!;
      const cueWord = form.slice(2);
      let antecedent: PlaceMention | null = null;
      for (let j = next - 1; j >= 0 && !antecedent; j--) {
        const m = mentions[j];
        // "«مكتب توثيق الشهداء في درعا»": a place inside a quoted name is part of the name.
        if (m.entry.countryCode === "SY" && (kinds.includes(m.entry.kind) || (m.cue !== null && m.cue.replace(/^[وفبل]+/, "") === cueWord)) &&
          !inQuotedName(ctx, ctx.sentences[m.sentence], m)) antecedent = m;
      }
      if (!antecedent) continue;
      // "وأعلنت محافظة اللاذقية حظر تجول في المدينة": a governorate named in the sentence before the noun, of
      // which the last city is no part, makes that city a guess; no antecedent rather than a wrong one.
      let other = false;
      for (let j = next - 1; j >= 0 && !other && mentions[j].from > antecedent.from && mentions[j].sentence === s.index; j--) {
        const g = mentions[j].entry;
        other = g.kind === "governorate" && g.admin1 !== null && g.admin1 !== antecedent.entry.admin1;
      }
      if (other) continue;
      const span = tokenSpan(ctx, i, i + 1);
      out.push({ ...antecedent, from: i, to: i + 1, span, sentence: s.index, qualifies: null, cue: null, anaphor: true });
    }
  }
  return out;
}

/** A definite noun right after token `at - 1` that is neither an adjective, a time word nor a place. */
function headsConstruct(ctx: ArticleContext, at: number, placeNext: boolean): boolean {
  const w = ctx.tokens[at]?.text;
  if (!w || placeNext || !adjacent(ctx, at - 1) || !/^ال[\u0621-\u064A]{2,}$/.test(w)) return false;
  return !/(?:ي|يه|يين|يون|يات)$/.test(w) && !NOT_CONSTRUCT_WORDS.has(w) && !isWord(ctx, at, DIRS);
}

export function groupPlaces(mentions: PlaceMention[]): FoundPlace[] {
  const byKey = new Map<string, FoundPlace>();
  for (const m of [...mentions].sort((a, b) => a.span.start - b.span.start)) {
    const found = byKey.get(m.entry.key);
    if (found) {
      found.mentions.push(m.span);
      found.geoPrecision = Math.min(found.geoPrecision, m.geoPrecision) as 1 | 2 | 3;
    } else byKey.set(m.entry.key, { entry: m.entry, geoPrecision: m.geoPrecision, mentions: [m.span] });
  }
  return [...byKey.values()];
}

/** Whether token j is written with a tanwin in the original text (an indefinite noun or adjective). */
function writtenTanwin(ctx: ArticleContext, j: number): boolean {
  const t = ctx.tokens[j];
  const [a, b] = [ctx.folded.offsets[t.start], ctx.folded.offsets[t.end] ?? ctx.text.length];
  return /[\u064B-\u064D]/.test(ctx.text.slice(a, b + 1));
}
