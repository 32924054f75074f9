// Counts written as digits (Arabic-Indic digits are folded to ASCII first) or as words, including
// compounds ("مئة وخمسين", "خمسة وعشرين", "أحد عشر") and approximate quantities (عشرات → 10).
import { cliticForms } from "./matcher";
import { fold } from "./normalize";
import { APPROXIMATE, HUNDREDS, MULTIPLIERS, TENS, THOUSANDS, UNITS } from "./lexicon/numbers";
import type { Token } from "./normalize";

const table = (t: Record<string, number>) => new Map(Object.entries(t).map(([k, v]) => [fold(k), v]));
const U = table(UNITS);
const T = table(TENS);
const H = table(HUNDREDS);
const K = table(THOUSANDS);
const A = table(APPROXIMATE);
const M = table(MULTIPLIERS);

const valueCache = new Map<string, { value: number; approx: boolean } | null>();

/** A token's value as a number word, looked up once per distinct token. */
function wordValue(token: string): { value: number; approx: boolean } | null {
  let v = valueCache.get(token);
  if (v === undefined) {
    if (valueCache.size > 100_000) valueCache.clear();
    v = wordValueUncached(token);
    valueCache.set(token, v);
  }
  return v;
}

function wordValueUncached(token: string): { value: number; approx: boolean } | null {
  for (const [f] of cliticForms(token)) {
    const bare = f.replace(/^ال/, "");
    for (const w of [f, bare]) {
      const v = U.get(w) ?? T.get(w) ?? H.get(w) ?? K.get(w);
      if (v !== undefined) return { value: v, approx: false };
    }
    const a = A.get(f);
    if (a !== undefined) return { value: a, approx: true };
  }
  return null;
}

export interface ParsedNumber {
  value: number;
  /** tokens used */
  length: number;
  approximate: boolean;
}

/** The number that starts at token i, if any. */
export function numberAt(tokens: Token[], i: number): ParsedNumber | null {
  const t = tokens[i]?.text;
  if (!t) return null;
  if (/^\d+$/.test(t)) {
    // "3 آلاف": digits with a word of thousands after them.
    const times = Number(t) < 1000 ? M.get(tokens[i + 1]?.text ?? "") : undefined;
    return times !== undefined && times >= 1000 ? { value: Number(t) * times, length: 2, approximate: false } : { value: Number(t), length: 1, approximate: false };
  }
  const first = wordValue(t);
  if (!first) return null;
  if (first.approx) {
    // "عدد من العناصر" is a few; "عدد القتلى"، "عدد ضحايا" is the number of them, not a count.
    if (/^[وفب]?(?:ال)?عدد[اه]?$/.test(t) && !/^(من.*|كبير|كبيرا|قليل|محدود|غير)$/.test(tokens[i + 1]?.text ?? "")) return null;
    return { value: first.value, length: 1, approximate: true };
  }
  let value = first.value;
  let length = 1;
  // "أحد عشر", "خمسة عشر"
  if (value < 10 && tokens[i + 1] && /^عشر[ه]?$/.test(tokens[i + 1].text)) {
    value += 10;
    length++;
  }
  // "مئة وخمسين", "خمسة وعشرين"
  const compounds = () => {
    while (tokens[i + length]?.text.startsWith("و")) {
      const next = wordValue(tokens[i + length].text.slice(1));
      if (!next || next.approx) break;
      value += next.value;
      length++;
    }
  };
  compounds();
  // "ثلاثة آلاف وخمسمئة", "خمسة عشر ألفاً": a count of thousands or hundreds, then what is added to it.
  const times = value < 1000 ? M.get(tokens[i + length]?.text ?? "") : undefined;
  if (times !== undefined && times > value) {
    value *= times;
    length++;
    compounds();
  }
  return { value, length, approximate: false };
}
