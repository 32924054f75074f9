// Arabic folding for matching, with a map back to the original text so every match highlights the
// exact characters the article wrote. Folding never feeds what is stored or shown.

const DIACRITIC_OR_TATWEEL = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/;
const FOLD: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
  "ک": "ك", "ی": "ي", "ھ": "ه",
};

const charCache = new Map<string, string>();

/** A character folded; computed once per distinct character (NFKC is costly and runs on every letter). */
function foldChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    out = foldCharUncached(ch);
    if (charCache.size < 65_536) charCache.set(ch, out);
  }
  return out;
}

function foldCharUncached(ch: string): string {
  if (DIACRITIC_OR_TATWEEL.test(ch)) return "";
  const mapped = FOLD[ch];
  if (mapped) return mapped;
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code < 0x80) return ch.toLowerCase();
  const nfkc = ch.normalize("NFKC");
  if (nfkc === ch) return ch;
  // A presentation form (ﻻ, ﺇ…) becomes letters that may themselves need folding.
  return [...nfkc].map((c) => (c === ch ? c : foldCharUncached(c))).join("");
}

export interface Folded {
  text: string;
  /** offsets[i] is the index in the original of folded character i; offsets[text.length] = original length. */
  offsets: Int32Array;
}

export function foldWithOffsets(original: string): Folded {
  let text = "";
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    text += folded;
  }
  offsets.push(original.length);
  return { text, offsets: Int32Array.from(offsets) };
}

/** Folds a dictionary name: same rules as the text, plus collapsed white space. */
export function fold(s: string): string {
  let out = "";
  for (const ch of s) out += foldChar(ch);
  return out.replace(/\s+/g, " ").trim();
}

/** A word list folded into a set, for lookups of folded tokens. */
export const foldSet = (list: readonly string[]): Set<string> => new Set(list.map(fold));

/** Span in the original text for folded [start, end). */
export function originalSpan(f: Folded, start: number, end: number): [number, number] {
  const s = f.offsets[start];
  // The end is just after the last folded character's source character.
  const e = end > start ? f.offsets[end - 1] + 1 : s;
  return [s, e];
}

export interface Token {
  /** folded form */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\u0621-\u064A\u066E-\u06D3a-z0-9]+/g;

/** Word tokens of folded text, with their folded offsets. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(WORD)) tokens.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return tokens;
}
