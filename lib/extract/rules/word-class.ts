// One mechanism for "is this word of that class": a class is a set of folded words, and a token is
// in it as written or without its clitics and article (wordForms). Each token's classes are looked
// up once and kept, so testing a class is one set lookup whatever the number of classes.
import { perWord, wordForms } from "../matcher";
import type { Token } from "../normalize";
import { fold } from "../normalize";

export interface WordClass {
  readonly name: string;
  readonly id: number;
}

const classesByWord = new Map<string, number[]>();
let nextId = 0;

/** Declares a class from its words (as written: they are folded here). */
export function wordClass(name: string, words: readonly string[]): WordClass {
  const cls = { name, id: nextId++ };
  for (const w of words) {
    const f = fold(w);
    const list = classesByWord.get(f);
    if (list) list.push(cls.id);
    else classesByWord.set(f, [cls.id]);
  }
  return cls;
}

const tokenCache = new Map<string, ReadonlySet<number>>();
const NONE: ReadonlySet<number> = new Set();

/** The classes of a (folded) token, in any of its forms. */
export function classesOf(token: string): ReadonlySet<number> {
  let found = tokenCache.get(token);
  if (found === undefined) {
    if (tokenCache.size > 100_000) tokenCache.clear();
    let set: Set<number> | null = null;
    for (const f of wordForms(token)) {
      const ids = classesByWord.get(f);
      if (ids) for (const id of ids) (set ??= new Set()).add(id);
    }
    found = set ?? NONE;
    tokenCache.set(token, found);
  }
  return found;
}

export const isWord = (cls: WordClass, token: string | undefined): boolean => !!token && classesOf(token).has(cls.id);

const tokenClasses = perWord(classesOf);

/** isWord of a token, its classes kept with the word (the scans over token ranges ask every token). */
export const isWordToken = (cls: WordClass, token: Token | undefined): boolean => !!token && tokenClasses(token).has(cls.id);
