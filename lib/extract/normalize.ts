// Arabic folding for matching, with a map back to the original text so every match highlights the
// exact characters the article wrote. Folding never feeds what is stored or shown.

const DIACRITIC_OR_TATWEEL = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/;
const FOLD: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
  "ک": "ك", "ی": "ي", "ھ": "ه",
};

// Folded form of each UTF-16 code unit, filled on first sight: an array read by char code costs
// neither a one-letter string per character nor a hash lookup (folding runs on every letter of every
// article, and NFKC is costly).
const charTable: (string | undefined)[] = new Array(0x10000);

function foldCode(code: number): string {
  let out = charTable[code];
  if (out === undefined) out = charTable[code] = foldCharUncached(String.fromCharCode(code));
  return out;
}

/** A character folded (one UTF-16 code unit). */
const foldChar = (ch: string): string => foldCode(ch.charCodeAt(0));

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

// Scratch buffers, grown as needed and reused from article to article: a pair of fresh buffers per
// article is memory the collector returns late (the peak grew from 180 to 380 MB over 10,000 articles).
let units = new Uint16Array(1 << 16);
let scratch = new Int32Array(1 << 16);

export function foldWithOffsets(original: string): Folded {
  // Most characters fold to one (or none); a presentation form may fold to several, so the buffers grow.
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const folded = foldCode(original.charCodeAt(i));
    if (n + folded.length + 1 >= units.length) {
      const size = Math.max(units.length * 2, n + folded.length + 2);
      const u = new Uint16Array(size);
      u.set(units.subarray(0, n));
      units = u;
      const o = new Int32Array(size);
      o.set(scratch.subarray(0, n));
      scratch = o;
    }
    for (let k = 0; k < folded.length; k++) {
      units[n] = folded.charCodeAt(k);
      scratch[n++] = i;
    }
  }
  scratch[n] = original.length;
  return { text: fromUnits(units, n), offsets: scratch.slice(0, n + 1) };
}

/** The string of the first n code units (in chunks: apply() takes a bounded number of arguments). */
function fromUnits(units: Uint16Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

/** Folds a dictionary name: same rules as the text, plus collapsed white space. */
export function fold(s: string): string {
  let out = "";
  // By code point: a character outside the BMP (two code units) is folded whole.
  for (const ch of s) out += ch.length === 1 ? foldChar(ch) : foldCharUncached(ch);
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
  /** what the matcher knows of the word (matcher.ts), attached on first use; opaque here */
  info?: unknown;
}

/** A word character: Arabic letters (U+0621–U+064A, U+066E–U+06D3), a–z, 0–9 (folded text has no A–Z). */
const isWordCode = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Word tokens of folded text (runs of word characters), with their folded offsets. A scan by char
 * code: no match array per word. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(folded.charCodeAt(i))) i++;
    tokens.push({ text: folded.slice(start, i), start, end: i, info: undefined });
  }
  return tokens;
}
