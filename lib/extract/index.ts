// The extraction pipeline: text in, plain data out. No database and no I/O (the knowledge it runs on
// is loaded once by lib/ingest/load-knowledge.ts and passed in).
import { buildContext } from "./context";
import { findActorMentions, findStatements } from "./actors";
import { bodyStartOf, findDates, publicationDate } from "./dates";
import { findEvents } from "./events";
import { findAnaphors, findNewPlaces, findPlaceMentions, groupPlaces, markQualifiers } from "./places";
import { originalSpan } from "./normalize";
import { resolvePeriods } from "./periods";
import { dropStatesNamedAsPlaces } from "./states-as-places";
import { findSource } from "./source";
import type { Knowledge } from "./knowledge";
import type { ExtractionResult, FoundActor, FoundDate } from "./types";

/** Bump when extraction changes what it finds: ingestion re-extracts articles of an older version. */
export const EXTRACTOR_VERSION = 8;

/** What the file's own metadata says (a feed's pubDate, a `<TIME>` tag, front matter), read outside
 * extraction by lib/ingest; it wins over a date read from the text. */
export interface ArticleMeta {
  publishedAt?: string | null;
  /** record why: each rule that kept, dropped or changed a place, actor or event (ExtractionResult.trace) */
  explain?: boolean;
}

export function extract(text: string, k: Knowledge, meta: ArticleMeta = {}): ExtractionResult {
  const ctx = buildContext(text);
  if (meta.explain) ctx.trace = [];
  const foundActors = findActorMentions(ctx, k);
  // A state is a place too ("من تركيا"); other actors' names are not places ("مجلس دير الزور العسكري").
  const actorTokens = new Set<number>();
  // A local body's name says where it is, and that place is named: «المجلس العسكري في السويداء».
  // Not a country, which is part of the name: «الدولة الإسلامية في العراق والشام».
  const localBody = (i: number) => ctx.tokens[i]?.text === "في" && !k.places.get(ctx.tokens[i + 1]?.text ?? "")?.some((p) => p.kind === "country");
  for (const m of foundActors) {
    if (m.entry.kind === "state") continue;
    const at = ctx.tokens.slice(m.from, m.to).findIndex((_, j) => localBody(m.from + j));
    for (let i = m.from; i < (at < 0 ? m.to : m.from + at); i++) actorTokens.add(i);
  }
  const blocked = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (actorTokens.has(i)) return true;
    return false;
  };
  const known = findPlaceMentions(ctx, k, blocked);
  const placeMentions = [...known, ...findNewPlaces(ctx, known, blocked, (name) => (k.places.get(name)?.length ?? 0) > 0)].sort((a, b) => a.from - b.from);
  markQualifiers(ctx, placeMentions);
  const anaphors = findAnaphors(ctx, placeMentions, blocked);

  const stated = meta.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedAt) ? meta.publishedAt : null;
  const pub = stated ? null : publicationDate(ctx.folded.text, foldedIndex(ctx, bodyStartOf(text)));
  const publishedAt = stated ?? pub?.iso ?? null;
  const dateEvidence = pub ? spanOf(ctx, pub.start, pub.end) : null;
  // «الجيش السوري» in 2015 and in 2025 are different actors: aliases are re-read by the date.
  const actorMentions = dropStatesNamedAsPlaces(ctx, resolvePeriods(ctx, foundActors, k.actorPeriods, k.actorByKey, publishedAt));

  const dates: FoundDate[] = findDates(ctx.folded.text)
    .filter((d) => d.iso)
    .map((d) => ({ iso: d.iso!, precision: 1 as const, span: spanOf(ctx, d.start, d.end) }));

  const actorsByKey = new Map<string, FoundActor>();
  for (const m of actorMentions) {
    const found = actorsByKey.get(m.entry.key);
    if (found) found.mentions.push(m.span);
    else actorsByKey.set(m.entry.key, { entry: m.entry, mentions: [m.span] });
  }

  const events = findEvents(ctx, [...placeMentions, ...anaphors].sort((a, b) => a.from - b.from), actorMentions, publishedAt);
  return {
    trace: ctx.trace,
    title: ctx.segmented.title,
    source: findSource(ctx, actorMentions),
    publishedAt,
    datePrecision: publishedAt ? 1 : null,
    dateEvidence,
    places: groupPlaces(placeMentions),
    actors: [...actorsByKey.values()],
    dates,
    statements: findStatements(ctx, actorMentions),
    events,
  };
}

/** The first folded character at or after an original position (offsets never decrease: a binary search). */
function foldedIndex(ctx: ReturnType<typeof buildContext>, originalPos: number): number {
  const offsets = ctx.folded.offsets;
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < originalPos) lo = mid + 1;
    else hi = mid;
  }
  return lo === offsets.length ? ctx.folded.text.length : lo;
}

function spanOf(ctx: ReturnType<typeof buildContext>, start: number, end: number) {
  const [s, e] = originalSpan(ctx.folded, start, end);
  return { start: s, end: e, surface: ctx.text.slice(s, e) };
}

export type { ExtractionResult } from "./types";
