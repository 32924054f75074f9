// Runs the site rules of rules/site-rules.ts on a place's governing word.
import type { ArticleContext } from "../context";
import { SITE_RULES, type SiteRule } from "./site-rules";
import { isWord, isWordToken, wordClass, type WordClass } from "./word-class";

const compiled = SITE_RULES.map((rule) => ({
  rule,
  governor: wordClass(`${rule.id}:governor`, rule.governor),
  near: rule.near ? { cls: wordClass(`${rule.id}:near`, rule.near.words), within: rule.near.within } : null,
}));

/**
 * The rule that makes the place governed by token `b` (in the clause starting at `cs`, the sentence
 * starting at `sentenceFrom`) no site, if any.
 */
export function notSiteRule(ctx: ArticleContext, b: number, cs: number, sentenceFrom: number): SiteRule | null {
  const governor = ctx.tokens[b]?.text;
  if (b < sentenceFrom || !governor) return null;
  for (const c of compiled) {
    if (!isWord(c.governor, governor)) continue;
    if (!c.near) return c.rule;
    const from = b === cs ? Math.max(sentenceFrom, b - Math.min(8, c.near.within)) : Math.max(cs, b - c.near.within);
    for (let i = from; i < b; i++) if (isWordToken(c.near.cls, ctx.tokens[i])) return c.rule;
  }
  return null;
}
