// A place inside a quoted name that starts with an organisation's head word ("قال «مكتب توثيق الشهداء في
// درعا» إن…"): part of the name, neither an event's place nor the antecedent of "المدينة".
import { isWord, wordClass } from "./rules/word-class";
import { NAME_HEADS } from "./lexicon/scope";
import type { ArticleContext, SentenceTokens } from "./context";
import type { PlaceMention } from "./places";

const NAME_HEAD = wordClass("NAME_HEAD_QUOTED", NAME_HEADS);
const OPENING_QUOTES = new Set(['"', "«", "“", "„"]);
const CLOSING_QUOTES = new Set(['"', "»", "”"]);

/** "قال «مكتب توثيق الشهداء في درعا» إن…": a place inside a quoted name that starts with an organisation's head word. */
export function inQuotedName(ctx: ArticleContext, s: SentenceTokens, p: PlaceMention): boolean {
  const sentenceStart = ctx.folded.offsets[ctx.tokens[s.from].start];
  let open = -1;
  for (let i = p.span.start - 1; i >= sentenceStart && i >= p.span.start - 60; i--) {
    const c = ctx.text[i];
    // A straight quote both opens and closes: the nearer one opens only if an even number stand before it.
    if (OPENING_QUOTES.has(c) && (c !== '"' || countQuotes(ctx.text, sentenceStart, i) % 2 === 0)) { open = i; break; }
    if (CLOSING_QUOTES.has(c)) return false;
  }
  if (open < 0) return false;
  // The quoted name's first word, and the name must close after the place.
  let head = s.from;
  while (head < p.from && ctx.folded.offsets[ctx.tokens[head].start] <= open) head++;
  if (head >= p.from || !isWord(NAME_HEAD, ctx.tokens[head].text)) return false;
  const rest = ctx.text.slice(p.span.end, p.span.end + 40);
  return [...rest].some((c) => CLOSING_QUOTES.has(c));
}

function countQuotes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === '"') n++;
  return n;
}
