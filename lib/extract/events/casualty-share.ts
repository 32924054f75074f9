// Stage 4: the counts of killed, injured and arrested given to the events of their sentence, and a
// toll per day made into an event per day.
import { eventDateIn, isWeekday } from "../dates";
import type { CasualtyMention } from "../casualties";
import { numberAt } from "../numbers";
import type { ArticleContext, SentenceTokens } from "../context";
import type { PlaceMention } from "../places";
import type { ExtractedEvent } from "../types";
import { clauseIndex, contrasts, VIOLENT, type FoundTrigger } from "./shared";

/**
 * Each count goes to the event of its own clause (the place after it: "مقتل مدني في X"), else to the
 * event of the nearest clause, the one before first ("…، ما أدى إلى مقتل مدني"). ACLED divides a count
 * reported for several places evenly among them; here only when the sentence ties the victims to
 * those places ("مقتل مواطنتين من بلدتي X وY").
 */
export function distributeCasualties(ctx: ArticleContext, s: SentenceTokens, casualties: CasualtyMention[], made: { e: ExtractedEvent; p: PlaceMention; clause: number }[],
  triggers: readonly FoundTrigger[], sites: readonly PlaceMention[] = []) {
  if (!made.length) return;
  // "قُتل عنصر من الأمن …، فيما قُتل مسلحان": a count after فيما/بينما is of other victims of the same event.
  const given = new Map<string, number>();
  let contrast = false;
  const put = (e: ExtractedEvent, kind: CasualtyMention["kind"], n: number) => {
    const field = kind === "killed" ? "fatalities" : kind;
    const id = `${made.findIndex((m) => m.e === e)}|${kind}`;
    const before = given.get(id);
    e[field] = contrast && before !== undefined ? (e[field] ?? 0) + n : Math.max(e[field] ?? 0, n);
    given.set(id, n);
  };
  for (const c of casualties) {
    if (c.count === null) continue;
    const clause = clauseIndex(s, c.from);
    contrast = contrasts(ctx, s, clause);
    const here = made.filter((m) => m.clause === clause);
    if (here.length) {
      const tied = here.filter((m) => m.p.from > c.from && m.p.from - c.from <= 8);
      const distinct = [...new Map(tied.map((m) => [m.p.entry.key, m])).values()];
      const origin = distinct.length > 1 && ctx.tokens.slice(c.from, distinct[0].p.from).some((t) => t.text === "من");
      if (origin && c.count % distinct.length === 0) {
        for (const m of distinct) put(m.e, c.kind, c.count / distinct.length);
        continue;
      }
      const target = tied[0] ?? [...here].sort((a, b) => Math.abs(a.p.from - c.from) - Math.abs(b.p.from - c.from))[0];
      put(target.e, c.kind, c.count);
      continue;
    }
    // "تعرضت بلدات X وY وZ لقصف …، ما أدى إلى مقتل مدني في Y": a toll that names one of the places the
    // event was made at, right after it, is that place's.
    const named = sites.find((p) => clauseIndex(s, p.from) === clause && p.from > c.from && p.from - c.from <= 8);
    let target: ExtractedEvent | null = named ? made.find((m) => m.p.entry.key === named.entry.key)?.e ?? null : null;
    for (let d = 1; d < s.clauses.length && !target; d++) {
      target = made.find((m) => m.clause === clause - d)?.e ?? made.find((m) => m.clause === clause + d)?.e ?? null;
    }
    target ??= made[0].e;
    // "قتل 12 بغارة على الباب، فيما قتل ثمانية مقاتلين في اشتباكات على جبهة …": a contrasting clause whose
    // count is followed by an event of another type, at a place not resolved, counts that event's dead.
    const own = contrast ? triggers.find((t) => t.strong && !t.trigger.outcome && VIOLENT.has(t.type) && t.from > c.from && clauseIndex(s, t.from) === clause) : undefined;
    if (own && own.type !== target.type) {
      ctx.trace?.push({ stage: "casualty", rule: "own-event-count", effect: `${c.kind} ${c.count} kept from ${target.type}`, text: ctx.tokens[c.from].text });
      continue;
    }
    put(target, c.kind, c.count);
  }
}

/**
 * "قُتل 40 شخصاً يوم الجمعة و30 يوم السبت في غارات على X": a toll per day is an event per day (ACLED
 * codes one event per place and day). With two counts or more each followed by its own weekday, each
 * event of the sentence becomes one per day, with that day's count.
 */
export function splitByDay(ctx: ArticleContext, s: SentenceTokens, made: { e: ExtractedEvent; p: PlaceMention; clause: number }[], published: string | null) {
  if (!made.length || !published) return;
  const days: { count: number; weekday: string }[] = [];
  for (let i = s.from; i < s.to; i++) {
    const t = ctx.tokens[i].text;
    const n = numberAt(ctx.tokens, i) ?? (/^و\d+$/.test(t) ? { value: Number(t.slice(1)), length: 1, approximate: false } : null);
    if (!n || n.approximate) continue;
    for (let k = i + n.length; k < Math.min(s.to, i + n.length + 3); k++) {
      if (!isWeekday(ctx.tokens[k].text)) continue;
      days.push({ count: n.value, weekday: ctx.tokens[k].text.replace(/^[وف]/, "") });
      i = k;
      break;
    }
  }
  if (days.length < 2 || new Set(days.map((d) => d.weekday)).size < days.length) return;
  const copies: typeof made = [];
  for (const m of made) {
    days.forEach((d, j) => {
      const date = eventDateIn(`يوم ${d.weekday}`, published);
      const e = j === 0 ? m.e : { ...m.e, actors: [...m.e.actors] };
      e.fatalities = d.count;
      e.date = date?.iso ?? e.date;
      e.datePrecision = date ? 1 : e.datePrecision;
      if (j > 0) copies.push({ ...m, e });
    });
    ctx.trace?.push({ stage: "event", rule: "toll-per-day", effect: `one event per day: ${days.map((d) => `${d.count} ${d.weekday}`).join("، ")}`, text: m.e.placeSurface });
  }
  made.push(...copies);
}
