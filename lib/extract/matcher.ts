// Longest-match lookup of multi-word names in folded, tokenised text, aware of the clitics that
// attach to a name's first word (و ف ب ل ك, and ل + ال written لل). The word as written is always
// tried first, so a name that begins with one of those letters (بانياس، وادي بردى، كفرنبل) keeps it.
import { fold, type Token } from "./normalize";

let nextIndexId = 0;
/** How many indexes keep their starts in the word memo (the knowledge builds fewer than this). */
const MEMO_SLOTS = 16;

/** What is known of a word as written, kept across articles: its clitic forms and, per name index
 * (by its id), the forms that begin a name there. One look-up per token serves every index. */
interface WordInfo {
  clitics: readonly [string, number][];
  starts: (readonly Start[] | undefined)[];
  /** the facts of perWord, by slot */
  facts: unknown[];
}

const infoCache = new Map<string, WordInfo>();

function wordInfo(token: Token): WordInfo {
  let info = token.info as WordInfo | undefined;
  if (info) return info;
  info = infoCache.get(token.text);
  if (!info) {
    if (infoCache.size > 200_000) infoCache.clear();
    info = { clitics: cliticForms(token.text), starts: [], facts: [] };
    infoCache.set(token.text, info);
  }
  token.info = info;
  return info;
}

let nextFactSlot = 0;

/**
 * A fact about a word as written (`compute` of its folded text, never undefined), computed once per
 * distinct word and kept with the word's memo: a token then asks it with a property read instead of a
 * look-up by string in the fact's own cache. Made at module load, so the number of slots is fixed.
 */
export function perWord<T>(compute: (word: string) => T): (token: Token) => T {
  const slot = nextFactSlot++;
  return (token) => {
    const facts = wordInfo(token).facts;
    let fact = facts[slot] as T | undefined;
    if (fact === undefined) facts[slot] = fact = compute(token.text);
    return fact;
  };
}

/** The first of a word's clitic forms (as written first) that passes `test`, kept with the word. */
export function firstCliticForm(test: (form: string) => boolean): (token: Token) => readonly [string, number] | null {
  return perWord((word) => cliticForms(word).find(([f]) => test(f)) ?? null);
}

/** A token's clitic forms (cliticForms), kept on the token: the steps ask them of the same tokens. */
export const tokenClitics = (token: Token): readonly [string, number][] => wordInfo(token).clitics;

export class NameIndex<T> {
  readonly id = nextIndexId++;
  private readonly entries = new Map<string, T[]>();
  /** For each first word, the most words any name starting with it has. */
  private readonly spans = new Map<string, number>();
  /** Every proper prefix of a name of several words ("a", "a b" for "a b c"): findNames stops
   * reading words once its key is no longer one, instead of trying each length down from the longest. */
  private readonly prefixes = new Set<string>();

  add(name: string, value: T): void {
    const key = fold(name);
    if (key.length < 2) return;
    const list = this.entries.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.entries.set(key, [value]);
    const words = key.split(" ");
    this.spans.set(words[0], Math.max(this.spans.get(words[0]) ?? 0, words.length));
    for (let n = 1, prefix = words[0]; n < words.length; prefix += " " + words[n++]) this.prefixes.add(prefix);
  }

  /** Whether some name is longer than `key` and begins with all its words. */
  beginsLonger(key: string): boolean {
    return this.prefixes.has(key);
  }

  get(key: string): T[] | undefined {
    return this.entries.get(key);
  }

  maxSpan(firstWord: string): number {
    return this.spans.get(firstWord) ?? 0;
  }

  /**
   * The forms of a token that can begin a name of this index, memoised with the word (most words
   * begin none): this replaces a look-up per clitic form for every token of every article.
   */
  startsOf(token: Token): readonly Start[] {
    const info = wordInfo(token);
    // Only the first indexes made (the knowledge's, built once) keep a slot in every word's memo: an
    // index made per article (an article's surnames) would give each word an ever longer array.
    const memo = this.id < MEMO_SLOTS;
    let out = memo ? info.starts[this.id] : undefined;
    if (out === undefined) {
      const found: Start[] = [];
      for (const [form, prefix] of info.clitics) {
        const span = this.spans.get(form);
        if (span) found.push([form, prefix, span, this.entries.get(form)]);
      }
      out = found.length ? found : NO_START;
      if (memo) info.starts[this.id] = out;
    }
    return out;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** [form, clitic letters removed, most words of a name that begins with the form, the values of the
 * form as a name of one word]: findNames' first step, memoised with the word. */
type Start = readonly [string, number, number, readonly unknown[] | undefined];
const NO_START: readonly Start[] = [];

export interface NameMatch<T> {
  /** index of the first and one past the last token */
  from: number;
  to: number;
  /** folded characters of clitics before the name (not part of the mention span) */
  prefix: number;
  key: string;
  values: T[];
}

const CONJ = ["", "و", "ف"];
const PREP = ["", "ب", "ل", "ك"];

const cliticCache = new Map<string, readonly [string, number][]>();

/**
 * The first word with each possible clitic removed, as-written first; [form, letters removed].
 * Memoised (the same words recur from article to article); the result must not be modified.
 */
export function cliticForms(word: string): readonly [string, number][] {
  let forms = cliticCache.get(word);
  if (!forms) {
    if (cliticCache.size > 100_000) cliticCache.clear();
    forms = computeCliticForms(word);
    cliticCache.set(word, forms);
  }
  return forms;
}

function computeCliticForms(word: string): [string, number][] {
  const forms: [string, number][] = [[word, 0]];
  for (const c of CONJ) {
    for (const p of PREP) {
      const prefix = c + p;
      if (!prefix || !word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      if (rest.length < 2) continue;
      forms.push([rest, prefix.length]);
      // ل + ال: "للرقة" is ل + "الرقة" with the alef dropped.
      // The span keeps the ل: the name's own article is written inside it.
      if (p === "ل" && rest.startsWith("ل")) forms.push(["ا" + rest, c.length]);
    }
  }
  return forms;
}

const formCache = new Map<string, string[]>();

/**
 * The forms a word can stand for once its clitics and article are set aside ("والقصف" → والقصف،
 * القصف، قصف…). Memoised: the same words recur from article to article.
 */
export function wordForms(word: string): string[] {
  let out = formCache.get(word);
  if (!out) {
    if (formCache.size > 100_000) formCache.clear();
    out = cliticForms(word).flatMap(([f]) => (f.startsWith("ال") ? [f, f.slice(2)] : [f]));
    formCache.set(word, out);
  }
  return out;
}

/** Whether a word, in any of its forms (wordForms), is in the set of folded words. */
export function inSet(set: ReadonlySet<string>, word: string): boolean {
  return wordForms(word).some((f) => set.has(f));
}

const tokenForms = perWord(wordForms);

/** inSet of a token, its forms kept with the word. */
export function tokenInSet(set: ReadonlySet<string>, token: Token): boolean {
  for (const f of tokenForms(token)) if (set.has(f)) return true;
  return false;
}

/** Non-overlapping longest matches, left to right; on equal length, the form with fewer clitic letters removed. */
export function findNames<T>(
  tokens: Token[],
  index: NameIndex<T>,
  from = 0,
  to = tokens.length,
  joinable: (i: number) => boolean = () => true,
): NameMatch<T>[] {
  const out: NameMatch<T>[] = [];
  let i = from;
  while (i < to) {
    let best: NameMatch<T> | null = null;
    for (const [form, prefix, longest, single] of index.startsOf(tokens[i])) {
      const span = Math.min(longest, to - i);
      // Read words forward while the key still begins a longer name: the last key that is a name is
      // this form's longest match.
      let found = single as T[] | undefined;
      let foundKey = form;
      let foundLength = found ? 1 : 0;
      if (span > 1 && joinable(i)) {
        let key = form;
        for (let n = 2; ; n++) {
          key += " " + tokens[i + n - 1].text;
          const values = index.get(key);
          if (values) {
            found = values;
            foundKey = key;
            foundLength = n;
          }
          if (n >= span || !joinable(i + n - 1) || !index.beginsLonger(key)) break;
        }
      }
      if (found && (!best || foundLength > best.to - best.from || (foundLength === best.to - best.from && prefix < best.prefix))) {
        best = { from: i, to: i + foundLength, prefix, key: foundKey, values: found };
      }
    }
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}
