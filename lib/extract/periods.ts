// Period-aware aliases. Some names mean a different actor after the fall of the Assad government on
// 8 December 2024: «الجيش السوري» in a 2015 report is Assad's army, in a 2025 report the army of the
// new Ministry of Defence; «فلول النظام» before that date is the regime itself, after it the loyalist
// insurgents. The readings are data (the `periods` of an entry in seeds/knowledge/actors.json, on the
// entry that owns the alias); this file indexes them and re-reads each mention by the article's
// publication date once that date is known (lib/extract/index.ts).
import type { ArticleContext } from "./context";
import { tokenClitics, inSet } from "./matcher";
import { fold, foldSet } from "./normalize";
import type { ActorEntry } from "./types";

/** One reading of an alias in a period, as written in actors.json. An alias's readings are tried in
 * the order written and the first whose period holds the date wins, so a last reading without dates
 * catches every other day (the gaps while a post changed hands). */
export interface AliasPeriod {
  alias: string;
  /** ISO dates, both inclusive; an open end is unbounded. */
  from?: string;
  to?: string;
  /** The reading for an article without a date (a title such as «وزير الدفاع السوري» names no one then). */
  undated?: boolean;
  /** The id of the actor the alias names in that period; null: in that period it names no actor. */
  actor: string | null;
  /** "full-name": a weak alias (الشرع) counts only when the article also names that actor in full. */
  evidence?: "full-name";
  /** Words right before which the alias is the ordinary phrase, not the actor (حفظ «الأمن العام»). */
  notAfter?: string[];
  why: string;
}

/**
 * An article with no publication date is read as of the last day of the old order: the bulk of the
 * archive is 2011–2024 text, so an undated «الجيش السوري» is Assad's army.
 */
export const UNDATED_READING = "2024-12-07";

interface PeriodRule {
  undated: boolean;
  from: string;
  to: string;
  actorKey: string | null;
  fullName: boolean;
  notAfter: Set<string>;
}

/** Owner actor key + folded alias → the readings of that alias, by period. */
export type PeriodIndex = Map<string, PeriodRule[]>;

const ruleKey = (ownerKey: string, alias: string) => `${ownerKey}\u0000${alias}`;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

interface PeriodRow {
  id: string;
  name: string;
  aliases?: string[];
  weakAliases?: string[];
  periods?: AliasPeriod[];
}

/** Checks the data as it indexes it: a reading of an alias the entry does not have could never fire. */
export function buildPeriodIndex(rows: readonly PeriodRow[]): PeriodIndex {
  const ids = new Set(rows.map((r) => r.id));
  const index: PeriodIndex = new Map();
  for (const row of rows) {
    const names = new Set([row.name, ...(row.aliases ?? []), ...(row.weakAliases ?? [])].map(fold));
    for (const p of row.periods ?? []) {
      const where = `actors.json ${row.id}: period of «${p.alias}»`;
      if (!names.has(fold(p.alias))) throw new Error(`${where}: not a name of the entry`);
      if (p.actor !== null && !ids.has(p.actor)) throw new Error(`${where}: unknown actor ${p.actor}`);
      if ((p.from && !ISO.test(p.from)) || (p.to && !ISO.test(p.to))) throw new Error(`${where}: dates must be YYYY-MM-DD`);
      if (!p.why) throw new Error(`${where}: no reason given`);
      if (p.undated && (p.from || p.to)) throw new Error(`${where}: an undated reading has no dates`);
      const key = ruleKey(`kb:${row.id}`, fold(p.alias));
      const rules = index.get(key) ?? [];
      rules.push({ undated: p.undated === true, from: p.from ?? "0000-01-01", to: p.to ?? "9999-12-31", actorKey: p.actor ? `kb:${p.actor}` : null, fullName: p.evidence === "full-name",
        notAfter: foldSet(p.notAfter ?? []) });
      index.set(key, rules);
    }
  }
  return index;
}

interface Mention {
  entry: ActorEntry;
  from: number;
  to: number;
}

/** The folded alias a mention was matched by, in each clitic reading of its first word («للجيش السوري»). */
function aliasForms(ctx: ArticleContext, m: Mention): string[] {
  const rest = ctx.tokens.slice(m.from + 1, m.to).map((t) => t.text);
  return tokenClitics(ctx.tokens[m.from]).map(([first]) => [first, ...rest].join(" "));
}

/**
 * Each mention re-read by the period its article was published in: kept, given the actor the alias
 * names then, or dropped when the alias names no actor then. Mentions without period data pass as they are.
 */
export function resolvePeriods<M extends Mention>(ctx: ArticleContext, mentions: readonly M[], index: PeriodIndex,
  actorByKey: ReadonlyMap<string, ActorEntry>, publishedAt: string | null): M[] {
  if (index.size === 0) return [...mentions];
  const dated = publishedAt && ISO.test(publishedAt) ? publishedAt : null;
  const date = dated ?? UNDATED_READING;
  const readings = mentions.map((m) => {
    const rules = aliasForms(ctx, m).map((a) => index.get(ruleKey(m.entry.key, a))).find(Boolean);
    return (!dated && rules?.find((r) => r.undated)) || rules?.find((r) => !r.undated && r.from <= date && date <= r.to);
  });
  // The actor each mention names in this period, before the full-name check (undefined: dropped).
  const keys = mentions.map((m, i) => {
    const rule = readings[i];
    if (!rule) return m.entry.key;
    const before = ctx.tokens[m.from - 1];
    if (!rule.actorKey || (before && inSet(rule.notAfter, before.text))) return undefined;
    return rule.actorKey;
  });
  // Actors the article names other than by a weak alias: the evidence a "full-name" reading needs.
  const named = new Set(keys.filter((key, i) => key && !readings[i]?.fullName));
  const out: M[] = [];
  mentions.forEach((m, i) => {
    const key = keys[i];
    if (!key || (readings[i]?.fullName && !named.has(key))) return;
    const entry = key === m.entry.key ? m.entry : actorByKey.get(key);
    if (entry) out.push(entry === m.entry ? m : { ...m, entry });
  });
  return out;
}
