// What every extraction step shares about one article: the original text, its folded form, the
// tokens and the sentences mapped onto token ranges. Built once per article.
import { foldWithOffsets, originalSpan, tokenize, type Folded, type Token } from "./normalize";
import { segment, type Segmented, type Sentence } from "./segment";
import type { Span } from "./types";
import type { Trace } from "./rules/trace";

export interface SentenceTokens {
  sentence: Sentence;
  index: number;
  from: number;
  to: number;
  /** token index ranges of the clauses */
  clauses: [number, number][];
}

export interface ArticleContext {
  text: string;
  folded: Folded;
  tokens: Token[];
  segmented: Segmented;
  sentences: SentenceTokens[];
  /** joined[i] is 1 when only white space separates tokens i and i+1 (see adjacent) */
  joined: Uint8Array;
  /** set when the caller asks why (npm run extract -- --explain): each rule that fired */
  trace?: Trace;
}

function lowerBound(tokens: Token[], foldedPos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < foldedPos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function foldedPos(folded: Folded, originalPos: number): number {
  let lo = 0;
  let hi = folded.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.offsets[mid] < originalPos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildContext(text: string): ArticleContext {
  const folded = foldWithOffsets(text);
  const tokens = tokenize(folded.text);
  const segmented = segment(text);
  const range = (a: number, b: number): [number, number] => [lowerBound(tokens, foldedPos(folded, a)), lowerBound(tokens, foldedPos(folded, b))];
  const sentences = segmented.sentences.map((sentence, index) => {
    const [from, to] = range(sentence.start, sentence.end);
    return { sentence, index, from, to, clauses: sentence.clauses.map(([a, b]) => range(a, b)) };
  });
  return { text, folded, tokens, segmented, sentences, joined: joinedTokens(folded.text, tokens) };
}

const SPACE_ONLY = /^[\s\u0640]*$/;

/** Computed once per article: the matchers ask it of every pair of tokens, for every name list. */
function joinedTokens(folded: string, tokens: Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i].end;
    const b = tokens[i + 1].start;
    // One plain space is by far the commonest gap.
    out[i] = (b - a === 1 && folded.charCodeAt(a) === 32) || SPACE_ONLY.test(folded.slice(a, b)) ? 1 : 0;
  }
  return out;
}

/** The original-text span of tokens [from, to), skipping `prefix` folded clitic letters. */
export function tokenSpan(ctx: ArticleContext, from: number, to: number, prefix = 0): Span {
  const [start, end] = originalSpan(ctx.folded, ctx.tokens[from].start + prefix, ctx.tokens[to - 1].end);
  return { start, end, surface: ctx.text.slice(start, end) };
}

/** True when only white space (and tatweel) separates tokens i and i+1 in the original text. */
export function adjacent(ctx: ArticleContext, i: number): boolean {
  return ctx.joined[i] === 1;
}
