// Place mentions: gazetteer names found by longest match, resolved among same-named places
// (Syria first, then the governorate the sentence or the article points to, then rank), and new
// places named after a cue word ("بلدة X جنوب إدلب") located at the region the sentence gives.
import { adjacent, tokenSpan, type ArticleContext, type SentenceTokens } from "./context";
import { cliticForms, findNames, type NameMatch } from "./matcher";
import { fold } from "./normalize";
import { placeRank, type Knowledge } from "./knowledge";
import { DIRECTIONS, LOCATIVE, NAME_STOPS, NEW_PLACE_CUES, PLACE_CUES } from "./lexicon/places";
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
}

const CUES = new Map(Object.entries(PLACE_CUES).map(([k, v]) => [fold(k), v]));
const NEW_CUES = new Set([...NEW_PLACE_CUES].map(fold));
const DIRS = new Set(Object.keys(DIRECTIONS).map(fold));
const STOPS = new Set([...NAME_STOPS].map(fold));
const LINKS = new Set(["ريف", "مدينه", "محافظه", "بلده", "قريه", "منطقه", "ناحيه", "في", "قرب", "بالقرب", "من"].map(fold));
const LOCATIVE_WORDS = new Set(LOCATIVE.map(fold));

/** "في باريس", "بموسكو", "العاصمة البلجيكية بروكسل": the name is meant as a location. */
function locative(ctx: ArticleContext, m: NameMatch<PlaceEntry>, floor: number): boolean {
  if (/^[وف]?ب/.test(ctx.tokens[m.from].text.slice(0, m.prefix))) return true;
  for (let b = m.from - 1; b >= Math.max(floor, m.from - 3); b--) {
    if (cliticForms(ctx.tokens[b].text).some(([f]) => LOCATIVE_WORDS.has(f))) return true;
  }
  return false;
}

/** The cue word right before token i (as written or after a clitic: "وبلدة", "ببلدة"). */
function cueBefore(ctx: ArticleContext, i: number, floor: number): string | null {
  if (i - 1 < floor) return null;
  for (const [form] of cliticForms(ctx.tokens[i - 1].text)) {
    const kind = CUES.get(form);
    if (kind) return form;
  }
  return null;
}

function isWord(ctx: ArticleContext, i: number, set: Set<string>): boolean {
  return cliticForms(ctx.tokens[i].text).some(([f]) => set.has(f));
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
    const prev = mentions[mentions.length - 1];
    const inList = prev && prev.sentence === s.index && m.prefix > 0 && ctx.tokens[m.from].text.startsWith("و") &&
      (prev.to === m.from || (prev.to === m.from - 1 && !!cueBefore(ctx, m.from, s.from)));
    if (m.values.every((v) => v.ambiguous) && !cue && !inList) continue;
    // Abroad, a country or a smaller city counts as a place where the sentence puts something there;
    // "روسيا ترفض" names an actor, "في روسيا" a place.
    const abroad = entry.countryCode !== "SY" || entry.kind === "country";
    if (abroad && !entry.major && !locative(ctx, m, s.from) && !(inList && prev.entry.countryCode === entry.countryCode)) {
      if (!(inList && (prev.entry.kind === "country") === (entry.kind === "country"))) continue;
    }
    mentions.push({
      entry, from: m.from, to: m.to, span: tokenSpan(ctx, m.from, m.to, m.prefix), sentence: s.index,
      geoPrecision: entry.precision, qualifies: null, cue,
    });
  }
  markQualifiers(ctx, mentions);
  return mentions;
}

/** "X غرب مدينة الرقة", "X بريف حماة": the second place locates the first and is not an event place itself. */
function markQualifiers(ctx: ArticleContext, mentions: PlaceMention[]) {
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1];
    const cur = mentions[i];
    if (prev.sentence !== cur.sentence || cur.from - prev.to > 2) continue;
    const gap = ctx.tokens.slice(prev.to, cur.from);
    const onlyLinks = gap.every((_, j) => isWord(ctx, prev.to + j, DIRS) || isWord(ctx, prev.to + j, LINKS));
    const viaPreposition = gap.length === 0 && /^(ب|في|فى)/.test(ctx.tokens[cur.from].text) && cur.entry.kind !== "village";
    const larger = placeRank(cur.entry) >= placeRank(prev.entry) || cur.entry.kind === "governorate" || cur.entry.kind === "region";
    if ((onlyLinks && gap.length > 0 && larger) || (viaPreposition && larger)) cur.qualifies = i - 1;
    if (gap.length > 0 && gap.some((_, j) => isWord(ctx, prev.to + j, DIRS)) && cur.qualifies !== null) {
      // "X جنوب إدلب": the direction says X is near the region, not in its centre.
      cur.geoPrecision = Math.max(cur.geoPrecision, 2) as 2 | 3;
    }
  }
}

/** Names after a cue word that the gazetteer lacks: a place of their own, located by the region named next to them. */
export function findNewPlaces(ctx: ArticleContext, known: PlaceMention[], blocked: (from: number, to: number) => boolean): PlaceMention[] {
  const taken = new Set<number>();
  for (const m of known) for (let i = m.from; i < m.to; i++) taken.add(i);
  const out: PlaceMention[] = [];
  for (const s of ctx.sentences) {
    for (let i = s.from; i < s.to - 1; i++) {
      const cue = cliticForms(ctx.tokens[i].text).find(([f]) => NEW_CUES.has(f))?.[0];
      if (!cue || taken.has(i + 1) || !adjacent(ctx, i)) continue;
      let j = i + 1;
      while (j < s.to && j - i <= 3 && !taken.has(j) && !STOPS.has(ctx.tokens[j].text) && !isWord(ctx, j, DIRS) &&
        /^[\u0621-\u064A]{2,}$/.test(ctx.tokens[j].text) && (j === i + 1 || adjacent(ctx, j - 1))) {
        if (j > i + 1 && ctx.tokens[j].text.startsWith("و") && !ctx.tokens[j].text.startsWith("وادي")) break;
        j++;
      }
      if (j === i + 1 || blocked(i + 1, j)) continue;
      const nameSpan = tokenSpan(ctx, i + 1, j);
      // Located by the next known place in the sentence within three words ("جنوب إدلب", "بريف حماة").
      const locator = known.find((m) => m.sentence === s.index && m.from >= j && m.from - j <= 3 && m.entry.countryCode === "SY");
      const fallback = known.find((m) => m.sentence === s.index && m.entry.countryCode === "SY" && (m.entry.kind === "governorate" || m.entry.kind === "city"));
      const base = locator?.entry ?? fallback?.entry ?? null;
      const precision: 2 | 3 = locator && locator.entry.kind !== "governorate" ? 2 : base?.kind === "governorate" ? 3 : 2;
      const name = nameSpan.surface.replace(/[\u064B-\u065F\u0640]/g, "");
      const entry: PlaceEntry = {
        key: `new:${base?.admin1 ?? "xx"}:${fold(name).replace(/ /g, "-")}`, nameAr: name, nameEn: null, kind: PLACE_CUES[cue] ?? "village",
        lat: base?.lat ?? NaN, lon: base?.lon ?? NaN, countryCode: "SY", admin1: base?.admin1 ?? null, geonamesId: null, population: 0,
        origin: "inferred", precision, ambiguous: false, major: false, aliases: [],
      };
      out.push({ entry, from: i + 1, to: j, span: nameSpan, sentence: s.index, geoPrecision: precision, qualifies: null, cue });
      for (let t = i + 1; t < j; t++) taken.add(t);
    }
  }
  return out;
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
