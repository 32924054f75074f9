// A state's name is both a place and an actor ("من تركيا"، "قالت تركيا"). Where the text only locates
// something in it (rules/actor-rules.ts) or files the report from it (a dateline), the mention names
// no actor; the place is kept either way.
import type { ActorMention } from "./actors";
import type { ArticleContext } from "./context";
import { DATELINE_AFTER, STATE_AS_PLACE_RULES } from "./rules/actor-rules";
import { isWordToken, wordClass } from "./rules/word-class";

const compiled = STATE_AS_PLACE_RULES.map((rule) => ({ rule, cls: wordClass(`${rule.id}:before`, rule.before) }));

export function dropStatesNamedAsPlaces(ctx: ArticleContext, mentions: ActorMention[]): ActorMention[] {
  const asPlace = new Set<ActorMention>();
  for (const m of mentions) {
    if (m.entry.kind !== "state") continue;
    const s = ctx.sentences[m.sentence];
    const rule = compiled.find((c) => [m.from - 1, m.from - 2].some((i) => i >= (s?.from ?? 0) && isWordToken(c.cls, ctx.tokens[i])))?.rule;
    // "تركيا والأردن" after a country named as a place: the second one too.
    const joined = mentions.some((o) => asPlace.has(o) && o.to === m.from) && ctx.tokens[m.from].text.startsWith("و");
    const dateline = s !== undefined && m.from - s.from <= 3 && DATELINE_AFTER.test(ctx.text.slice(m.span.end, m.span.end + 4));
    if (!rule && !joined && !dateline) continue;
    asPlace.add(m);
    ctx.trace?.push({ stage: "actor", rule: rule?.id ?? (dateline ? "dateline" : "joined-place"), effect: "a place here, not an actor", text: m.span.surface });
  }
  return asPlace.size ? mentions.filter((m) => !asPlace.has(m)) : mentions;
}
