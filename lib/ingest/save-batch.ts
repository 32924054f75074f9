// Writes several new articles in one transaction with a handful of statements: one look-up per kind of
// row for the whole batch, multi-row INSERTs for mentions, event sources and event actors (bulk-insert.ts), one write per
// distinct place, actor or event. The rows written are the ones saveArticle (persist.ts) writes when
// the same articles are saved one by one, in the same order: the ingest suites compare the two.
// Places and actors found or created are kept in a RunCache (key → id) for the rest of the run; ids
// created inside a transaction enter it only once that transaction has committed.
import { type Db, dialectOf, type Dialect } from "../db/client";
import type { Knowledge } from "../extract/knowledge";
import type { ActorEntry, ExtractedEvent, PlaceEntry } from "../extract/types";
import { insertRows } from "./bulk-insert";
import { articleFields, dateOrNull, eventKey, finite, placeFields, reapplyEntities, type SaveInput, TX_OPTIONS } from "./persist";
import { reapplyCorrections } from "../review/reapply";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Ids of places and actors known to exist, shared by every batch of one run. */
export class RunCache {
  readonly places = new Map<string, number>();
  readonly actors = new Map<string, number>();
}

/** The cache as one transaction sees it: committed ids, plus the ones it created (kept apart until commit). */
class Staged {
  readonly places = new Map<string, number>();
  readonly actors = new Map<string, number>();
  constructor(readonly cache: RunCache) {}
  place = (key: string) => this.places.get(key) ?? this.cache.places.get(key);
  actor = (key: string) => this.actors.get(key) ?? this.cache.actors.get(key);
  commit() {
    for (const [k, v] of this.places) this.cache.places.set(k, v);
    for (const [k, v] of this.actors) this.cache.actors.set(k, v);
  }
}

// Look-ups of many keys are split so no statement exceeds a driver's bound-parameter limit.
const CHUNK = 500;
async function inChunks<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

async function resolvePlaces(tx: Tx, s: Staged, dialect: Dialect, entries: Map<string, PlaceEntry>) {
  const missing = [...entries.keys()].filter((key) => s.place(key) === undefined);
  if (!missing.length) return;
  const rows = await inChunks(missing, (keys) =>
    tx.place.findMany({ where: { key: { in: keys } }, select: { id: true, key: true, nameAr: true, lat: true, lon: true, countryCode: true, admin1: true } }));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const created: ReturnType<typeof placeFields>["create"][] = [];
  for (const key of missing) {
    const e = entries.get(key)!;
    const existing = byKey.get(key);
    const { known, create } = placeFields(e);
    if (existing) {
      // The same correction saveArticle makes: a row stored before the knowledge was corrected takes it.
      const stale = (Object.keys(known) as (keyof typeof known)[]).some((f) => existing[f] !== known[f]);
      if (stale) await tx.place.update({ where: { id: existing.id }, data: { ...known, aliases: create.aliases } });
      s.places.set(key, existing.id);
    } else {
      created.push(create);
    }
  }
  if (!created.length) return;
  // First-time places in one multi-row INSERT (ids in row order, as one by one), then their ids by key.
  await insertRows(tx, dialect, "Place", PLACE_COLUMNS, created.map((c) => PLACE_COLUMNS.map((col) => c[col])));
  const ids = await inChunks(created.map((c) => c.key), (keys) => tx.place.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } }));
  for (const r of ids) s.places.set(r.key, r.id);
}
const PLACE_COLUMNS = ["key", "nameAr", "lat", "lon", "countryCode", "admin1", "nameEn", "kind", "geonamesId", "aliases", "origin", "geoPrecision"] as const;

async function resolveActor(tx: Tx, s: Staged, k: Knowledge, e: ActorEntry, known: Map<string, number>, depth = 0): Promise<number> {
  const cached = s.actor(e.key) ?? known.get(e.key);
  if (cached !== undefined) {
    // Kept for this batch's mentions and event actors, which read the id back by key.
    s.actors.set(e.key, cached);
    return cached;
  }
  const found = await tx.actor.findUnique({ where: { key: e.key }, select: { id: true } });
  if (found) {
    s.actors.set(e.key, found.id);
    return found.id;
  }
  const parent = e.affiliation && depth < 5 ? k.actorByKey.get(e.affiliation) : undefined;
  const affiliationId = parent ? await resolveActor(tx, s, k, parent, known, depth + 1) : null;
  const created = await tx.actor.create({
    data: {
      key: e.key, nameAr: e.nameAr, nameEn: e.nameEn, kind: e.kind, description: e.description, affiliationId,
      aliases: JSON.stringify([...e.aliases, ...e.weakAliases]), origin: e.origin,
    },
    select: { id: true },
  });
  s.actors.set(e.key, created.id);
  return created.id;
}

async function resolveActors(tx: Tx, s: Staged, k: Knowledge, entries: Map<string, ActorEntry>) {
  const missing = [...entries.keys()].filter((key) => s.actor(key) === undefined);
  if (!missing.length) return;
  const rows = await inChunks(missing, (keys) => tx.actor.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } }));
  const known = new Map(rows.map((r) => [r.key, r.id]));
  // In the order saveArticle meets them, so new actors (and their parents, first) get the same ids.
  for (const key of missing) await resolveActor(tx, s, k, entries.get(key)!, known);
}

interface Occurrence {
  article: number;
  e: ExtractedEvent;
  key: string;
  place: PlaceEntry | undefined;
}

/** Saves new articles (none stored yet) all or none; returns their ids in order. */
export async function saveNewArticles(db: Db, k: Knowledge, cache: RunCache, inputs: SaveInput[]): Promise<number[]> {
  const s = new Staged(cache);
  const dialect = dialectOf(db);
  const ids = await db.$transaction(async (tx) => {
    const actorEntries = new Map<string, ActorEntry>();
    const occurrences: Occurrence[] = [];
    inputs.forEach((input, i) => {
      for (const a of input.result.actors) if (!actorEntries.has(a.entry.key)) actorEntries.set(a.entry.key, a.entry);
      for (const e of input.result.events) {
        const place = input.result.places.find((p) => p.entry.key === e.placeKey)?.entry ?? k.placeByKey.get(e.placeKey);
        occurrences.push({ article: i, e, key: eventKey(e, input.hash), place });
      }
    });

    // saveArticle writes article by article: the article, its places, its actors, then the event
    // places it did not name. Places and actors here follow that order, so new rows get the same ids.
    // One INSERT for the batch (ids are given in row order), then the ids by hash (unique in a batch).
    const now = new Date();
    await insertRows(tx, dialect, "Article", ARTICLE_COLUMNS, inputs.map((input) => {
      const row = { hash: input.hash, ...articleFields(input), ingestedAt: now };
      return ARTICLE_COLUMNS.map((c) => row[c]);
    }));
    const byHash = new Map(
      (await inChunks(inputs.map((i) => i.hash), (hashes) => tx.article.findMany({ where: { hash: { in: hashes } }, select: { id: true, hash: true } })))
        .map((r) => [r.hash, r.id]),
    );
    const articleIds = inputs.map((i) => byHash.get(i.hash)!);
    const ordered = new Map<string, PlaceEntry>();
    for (let i = 0; i < inputs.length; i++) {
      for (const p of inputs[i].result.places) if (!ordered.has(p.entry.key)) ordered.set(p.entry.key, p.entry);
      for (const o of occurrences) if (o.article === i && o.place && !ordered.has(o.e.placeKey)) ordered.set(o.e.placeKey, o.place);
    }
    await resolvePlaces(tx, s, dialect, ordered);
    await resolveActors(tx, s, k, actorEntries);

    const mentions = inputs.flatMap(({ result }, i) => [
      ...result.places.flatMap((p) => p.mentions.map((m) => ({ kind: "place", placeId: s.place(p.entry.key)!, ...m }))),
      ...result.actors.flatMap((a) => a.mentions.map((m) => ({ kind: "actor", actorId: s.actor(a.entry.key)!, ...m }))),
      ...result.dates.map((d) => ({ kind: "date", ...d.span, detail: d.iso })),
      ...result.statements.map((st) => ({ kind: "statement", actorId: s.actor(st.actorKey)!, ...st.sentence })),
    ].map((m) => ({ articleId: articleIds[i], ...m })));
    await insertRows(tx, dialect, "Mention", ["articleId", "kind", "placeId", "actorId", "start", "end", "surface", "detail"],
      mentions.map((m) => [m.articleId, m.kind, "placeId" in m ? m.placeId : null, "actorId" in m ? m.actorId : null, m.start, m.end, m.surface, "detail" in m ? (m.detail ?? null) : null]));

    if (occurrences.length) await saveEvents(tx, s, dialect, articleIds, occurrences);
    // An event an analyst corrected keeps the correction when a new article reports it again (a higher
    // toll from the new source must not overwrite a corrected one): one look-up for the whole batch.
    await reapplyEntities(tx, [...ordered.keys()], [...actorEntries.keys()]);
    if (occurrences.length) await reapplyCorrections(tx, occurrences.map((o) => o.key));
    return articleIds;
  }, TX_OPTIONS);
  s.commit();
  return ids;
}

// Articles and events through plain multi-row INSERTs too (bulk-insert.ts): Prisma's createMany cost
// about a millisecond a row in query building. Dates are bound as Date values, which both drivers
// store as Prisma does (SQLite: ISO text with +00:00, PostgreSQL: timestamp).
const ARTICLE_COLUMNS = ["hash", "fileName", "title", "body", "source", "url", "publishedAt", "datePrecision", "dateEvidence", "extractorVersion", "ingestedAt"] as const;
const EVENT_COLUMNS = ["key", "type", "subType", "date", "datePrecision", "placeId", "admin1", "lat", "lon", "geoPrecision", "fatalities", "injured", "arrested", "confidence", "evidence"];

async function saveEvents(tx: Tx, s: Staged, dialect: Dialect, articleIds: number[], occurrences: Occurrence[]) {
  // The highest toll any report gives is the event's (saveArticle raises it report by report).
  const most = new Map<string, number>();
  for (const { key, e } of occurrences) {
    if (e.fatalities !== null && (most.get(key) ?? -1) < e.fatalities) most.set(key, e.fatalities);
  }
  const keys = [...new Set(occurrences.map((o) => o.key))];
  const existing = await inChunks(keys, (chunk) => tx.event.findMany({ where: { key: { in: chunk } }, select: { id: true, key: true, fatalities: true } }));
  const eventIds = new Map(existing.map((r) => [r.key, r.id]));
  const known = new Set(eventIds.keys());

  // New events, created from their first report in the order they are first met.
  const fresh: Occurrence[] = [];
  const seen = new Set<string>(known);
  for (const o of occurrences) if (!seen.has(o.key)) (seen.add(o.key), fresh.push(o));
  if (fresh.length) {
    await insertRows(tx, dialect, "Event", EVENT_COLUMNS, fresh.map(({ key, e, place }) => [
      key, e.type, e.subType, dateOrNull(e.date), e.datePrecision, place ? (s.place(e.placeKey) ?? null) : null, place?.admin1 ?? null,
      place ? finite(place.lat) : null, place ? finite(place.lon) : null, e.geoPrecision, most.get(key) ?? null, e.injured, e.arrested, e.confidence, e.evidence.surface,
    ]));
    const created = await inChunks(fresh.map((o) => o.key), (chunk) => tx.event.findMany({ where: { key: { in: chunk } }, select: { id: true, key: true } }));
    for (const r of created) eventIds.set(r.key, r.id);
  }
  for (const r of existing) {
    const m = most.get(r.key);
    if (m !== undefined && (r.fatalities ?? -1) < m) await tx.event.update({ where: { id: r.id }, data: { fatalities: m } });
  }

  // Sources: the first report of a sentence position wins, as the upsert with `update: {}` did.
  const sourceKeys = new Set<string>();
  const sources = [];
  const actorKeys = new Set<string>();
  const actors = [];
  for (const { article, e, key } of occurrences) {
    const eventId = eventIds.get(key)!;
    const articleId = articleIds[article];
    const sk = `${eventId}|${articleId}|${e.evidence.start}`;
    if (!sourceKeys.has(sk)) {
      sourceKeys.add(sk);
      sources.push({ eventId, articleId, sentence: e.evidence.surface, start: e.evidence.start, end: e.evidence.end });
    }
    for (const a of e.actors) {
      const actorId = s.actor(a.key);
      if (actorId === undefined) continue;
      const ak = `${eventId}|${actorId}|${a.role}`;
      if (!actorKeys.has(ak)) (actorKeys.add(ak), actors.push({ eventId, actorId, role: a.role, known: known.has(key) }));
    }
  }
  await insertRows(tx, dialect, "EventSource", ["eventId", "articleId", "sentence", "start", "end"], sources.map((r) => [r.eventId, r.articleId, r.sentence, r.start, r.end]));
  // An event known before this batch may already name the actor in that role (from another article).
  const knownIds = [...new Set(actors.filter((a) => a.known).map((a) => a.eventId))];
  const taken = new Set(
    (await inChunks(knownIds, (chunk) => tx.eventActor.findMany({ where: { eventId: { in: chunk } }, select: { eventId: true, actorId: true, role: true } })))
      .map((r) => `${r.eventId}|${r.actorId}|${r.role}`),
  );
  const newActors = actors.filter((a) => !taken.has(`${a.eventId}|${a.actorId}|${a.role}`)).map(({ eventId, actorId, role }) => [eventId, actorId, role]);
  await insertRows(tx, dialect, "EventActor", ["eventId", "actorId", "role"], newActors);
}
