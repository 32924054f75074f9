// Incident cards: a report that opens with lines of "field: value" (lexicon/scope.ts CARD_*). An attack
// field with no place of its own ("الهجمات: خمسة ضربات جوية") happened at the card's location field
// ("الموقع: إدلب: دير شرقي", its last Syrian place the most precise) on the card's date field.
import { fold } from "../normalize";
import type { ArticleContext, SentenceTokens } from "../context";
import type { PlaceMention } from "../places";
import { numberAt } from "../numbers";
import { CARD_DATE_FIELDS, CARD_INJURED_FIELDS, CARD_KILLED_FIELDS, CARD_LOCATION_FIELDS, CARD_REACH } from "../lexicon/scope";

const LOCATION = new Set(CARD_LOCATION_FIELDS.map(fold));
const DATE = new Set(CARD_DATE_FIELDS.map(fold));
const KILLED = new Set(CARD_KILLED_FIELDS.map(fold));
const INJURED = new Set(CARD_INJURED_FIELDS.map(fold));
/** A field's name is short: "عدد المستفيدين من خدمات المستشفى" is one, a sentence with a colon is not. */
const FIELD_WORDS = 6;

/** The field name of a card line ("_الموقع: …" → "الموقع"), folded, or null for a line of prose. */
function fieldOf(ctx: ArticleContext, s: SentenceTokens): string | null {
  const line = ctx.folded.text.slice(ctx.tokens[s.from]?.start ?? 0, ctx.tokens[s.to - 1]?.end ?? 0);
  const m = /^[_*\s]*([^:\n]{2,45}?)\s*:/.exec(line);
  return m && m[1].split(/\s+/).length <= FIELD_WORDS ? m[1].replace(/[_*]/g, "").trim() : null;
}

export interface CardContext {
  place: PlaceMention;
  /** the folded text of the card's date line, if it has one */
  dateLine: string | null;
  /** the card's toll fields, where they give a number ("غير متوفر" gives none) */
  killed: number | null;
  injured: number | null;
}

/** The first number in a field's value: "74 على الأقل" and "أكثر من 550" give their number, as prose tolls do; "عشرات" gives none. */
function countIn(ctx: ArticleContext, s: SentenceTokens): number | null {
  const colon = ctx.tokens.findIndex((t, i) => i >= s.from && i < s.to && ctx.folded.text.slice(t.end, t.end + 3).includes(":"));
  for (let i = colon < 0 ? s.from : colon + 1; i < s.to; i++) {
    const n = numberAt(ctx.tokens, i);
    if (n) return n.approximate ? null : n.value;
  }
  return null;
}

/** For a card line s: the card's location (and its date line), from the card lines around it. */
export function cardOf(ctx: ArticleContext, s: SentenceTokens, placesOf: (sentence: number) => readonly PlaceMention[]): CardContext | null {
  const own = fieldOf(ctx, s);
  if (own === null || LOCATION.has(own)) return null;
  let place: PlaceMention | null = null;
  let dateLine: string | null = null;
  let killed: number | null = null;
  let injured: number | null = null;
  const sentences = ctx.sentences;
  const at = sentences.indexOf(s);
  for (const step of [-1, 1]) {
    for (let k = at + step; k >= 0 && k < sentences.length && Math.abs(k - at) <= CARD_REACH; k += step) {
      const field = fieldOf(ctx, sentences[k]);
      if (field === null) break;
      if (LOCATION.has(field) && !place) place = placesOf(sentences[k].index).filter((p) => p.entry.countryCode === "SY" && p.entry.kind !== "country").at(-1) ?? null;
      if (DATE.has(field) && !dateLine) dateLine = ctx.folded.text.slice(ctx.tokens[sentences[k].from].start, ctx.tokens[sentences[k].to - 1].end);
      if (KILLED.has(field) && killed === null) killed = countIn(ctx, sentences[k]);
      if (INJURED.has(field) && injured === null) injured = countIn(ctx, sentences[k]);
    }
  }
  return place ? { place, dateLine, killed, injured } : null;
}
