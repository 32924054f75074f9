// The synthetic data set as rows, column by column, for the bulk writers (write-sqlite.ts,
// write-postgres.ts). Ids are assigned here, after the current maximum, so rows reference each other
// without a round trip; a date is written by the dialect's own `date` function, `now` is the articles' ingestedAt and
// `searchText` the events' folded evidence (SQLite; PostgreSQL's trigger overwrites it).
import { createHash } from "node:crypto";
import { EXTRACTOR_VERSION } from "../extract";
import type { SynthActor, SynthArticle, SynthPlace } from "./generate";
import { SYNTHETIC_DIR, SYNTHETIC_EVIDENCE } from "./marks";

export const COLUMNS = {
  Place: ["id", "key", "nameAr", "nameEn", "kind", "lat", "lon", "countryCode", "admin1", "origin", "geoPrecision"],
  Actor: ["id", "key", "nameAr", "nameEn", "kind", "origin", "affiliationId"],
  Article: ["id", "hash", "fileName", "title", "body", "source", "publishedAt", "datePrecision", "dateEvidence", "extractorVersion", "ingestedAt"],
  Event: ["id", "key", "type", "subType", "date", "datePrecision", "placeId", "admin1", "lat", "lon", "geoPrecision", "fatalities", "injured", "confidence", "evidence", "searchText"],
  EventSource: ["eventId", "articleId", "sentence", "start", "end"],
  EventActor: ["eventId", "actorId", "role"],
  Mention: ["articleId", "kind", "placeId", "actorId", "start", "end", "surface"],
} as const;
export type Table = keyof typeof COLUMNS;
export type Rows = Record<Exclude<Table, "Place" | "Actor">, unknown[][]>;

/** Places not stored yet, with ids from `nextId` on; `ids` gains every key. */
export function placeRows(places: SynthPlace[], ids: Map<string, number>, nextId: number): unknown[][] {
  return places.filter((p) => !ids.has(p.key)).map((p) => {
    ids.set(p.key, nextId);
    return [nextId++, p.key, p.nameAr, p.nameEn, p.kind, p.lat, p.lon, "SY", p.admin1, p.origin, p.geoPrecision];
  });
}

/** Actors not stored yet, parents resolved among stored and new ones (ids are known before the insert). */
export function actorRows(actors: SynthActor[], ids: Map<string, number>, nextId: number): unknown[][] {
  const fresh = actors.filter((a) => !ids.has(a.key));
  for (const a of fresh) ids.set(a.key, nextId++);
  return fresh.map((a) => [ids.get(a.key), a.key, a.nameAr, a.nameEn, a.kind, a.origin, (a.affiliation && ids.get(a.affiliation)) ?? null]);
}

export interface Ids { article: number; event: number }

/** One chunk of articles as rows; `next` moves past the ids used. */
export function chunkRows(chunk: SynthArticle[], next: Ids, places: Map<string, SynthPlace>, placeIds: Map<string, number>, actorIds: Map<string, number>, date: (day: string) => unknown, now: unknown, searchText: (evidence: string) => string): Rows {
  const rows: Rows = { Article: [], Event: [], EventSource: [], EventActor: [], Mention: [] };
  for (const a of chunk) {
    const aid = next.article++;
    rows.Article.push([aid, createHash("sha256").update(`${a.key}\n${a.body}`).digest("hex"), `${SYNTHETIC_DIR}${a.key.replace(/:/g, "-")}.txt`,
      a.title, a.body, "بيانات اصطناعية", date(a.publishedAt), 1, SYNTHETIC_EVIDENCE, EXTRACTOR_VERSION, now]);
    for (const e of a.events) {
      const eid = next.event++;
      const place = places.get(e.placeKey);
      const placeId = placeIds.get(e.placeKey) ?? null;
      rows.Event.push([eid, e.key, e.type, e.subType, date(e.date), e.datePrecision, placeId, place?.admin1 ?? null, place?.lat ?? null, place?.lon ?? null,
        place?.geoPrecision ?? 1, e.fatalities, e.injured, 0.9, e.sentence.surface, searchText(e.sentence.surface)]);
      rows.EventSource.push([eid, aid, e.sentence.surface, e.sentence.start, e.sentence.end]);
      for (const x of e.actors) rows.EventActor.push([eid, actorIds.get(x.key)!, x.role]);
      rows.Mention.push([aid, "place", placeId, null, e.placeSpan.start, e.placeSpan.end, e.placeSpan.surface]);
      for (const x of e.actorSpans) rows.Mention.push([aid, "actor", null, actorIds.get(x.key)!, x.span.start, x.span.end, x.span.surface]);
    }
  }
  return rows;
}

export function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
