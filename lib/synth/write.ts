// Writes a synthetic data set in large batches. Ids are assigned here (after the current maximum)
// so the rows can reference each other without a round trip per row; on PostgreSQL the id
// sequences are moved past them afterwards, so later ingestion does not collide.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/sqlite/client";
import { EXTRACTOR_VERSION } from "../extract";
import type { SynthArticle, SynthStream } from "./generate";
import { SYNTHETIC_DIR, SYNTHETIC_EVIDENCE } from "./marks";

const BATCH = 2000;
/** Articles per transaction: a few hundred keeps memory flat (the stream is read a chunk at a time) and the database consistent. */
const CHUNK = 500;

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
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

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** The id after the largest one in a table. */
const after = (agg: { _max: { id: number | null } }) => (agg._max.id ?? 0) + 1;

export async function writeSynthetic(db: Db, data: SynthStream, opts: { postgres: boolean; onProgress?: (msg: string) => void }) {
  const say = opts.onProgress ?? (() => {});
  // Places and actors: reuse what exists (the seeds' rows), add the rest.
  const placeIds = new Map((await db.place.findMany({ select: { id: true, key: true } })).map((p) => [p.key, p.id]));
  let id = after(await db.place.aggregate({ _max: { id: true } }));
  const newPlaces = data.places.filter((p) => !placeIds.has(p.key)).map((p) => {
    placeIds.set(p.key, id);
    return { id: id++, key: p.key, nameAr: p.nameAr, nameEn: p.nameEn, kind: p.kind, lat: p.lat, lon: p.lon, countryCode: "SY", admin1: p.admin1, origin: p.origin, geoPrecision: p.geoPrecision };
  });
  await inBatches(newPlaces, (b) => db.place.createMany({ data: b }));
  say(`places: ${newPlaces.length} added`);

  const actorIds = new Map((await db.actor.findMany({ select: { id: true, key: true } })).map((a) => [a.key, a.id]));
  id = after(await db.actor.aggregate({ _max: { id: true } }));
  const newActors = data.actors.filter((a) => !actorIds.has(a.key)).map((a) => {
    actorIds.set(a.key, id);
    return { id: id++, key: a.key, nameAr: a.nameAr, nameEn: a.nameEn, kind: a.kind, origin: a.origin };
  });
  await inBatches(newActors, (b) => db.actor.createMany({ data: b }));
  const added = new Set(newActors.map((a) => a.key));
  for (const a of data.actors.filter((x) => x.affiliation && added.has(x.key))) {
    const parent = actorIds.get(a.affiliation!);
    if (parent) await db.actor.update({ where: { key: a.key }, data: { affiliationId: parent } });
  }
  say(`actors: ${newActors.length} added`);

  const placeByKey = new Map(data.places.map((p) => [p.key, p]));
  let articleId = after(await db.article.aggregate({ _max: { id: true } }));
  let eventId = after(await db.event.aggregate({ _max: { id: true } }));
  const done = { articles: 0, events: 0 };
  for (const chunk of chunks<SynthArticle>(data.articles, CHUNK)) {
    const articles: Prisma.ArticleCreateManyInput[] = [];
    const mentions: Prisma.MentionCreateManyInput[] = [];
    const events: Prisma.EventCreateManyInput[] = [];
    const eventActors: Prisma.EventActorCreateManyInput[] = [];
    const sources: Prisma.EventSourceCreateManyInput[] = [];
    for (const a of chunk) {
      const aid = articleId++;
      articles.push({
        id: aid, hash: createHash("sha256").update(`${a.key}\n${a.body}`).digest("hex"), fileName: `${SYNTHETIC_DIR}${a.key.replace(/:/g, "-")}.txt`,
        title: a.title, body: a.body, source: "بيانات اصطناعية", publishedAt: new Date(`${a.publishedAt}T00:00:00Z`), datePrecision: 1,
        dateEvidence: SYNTHETIC_EVIDENCE, extractorVersion: EXTRACTOR_VERSION,
      });
      for (const e of a.events) {
        const eid = eventId++;
        const place = placeByKey.get(e.placeKey);
        events.push({
          id: eid, key: e.key, type: e.type, subType: e.subType, date: new Date(`${e.date}T00:00:00Z`), datePrecision: e.datePrecision,
          placeId: placeIds.get(e.placeKey) ?? null, admin1: place?.admin1 ?? null, lat: place?.lat ?? null, lon: place?.lon ?? null,
          geoPrecision: place?.geoPrecision ?? 1, fatalities: e.fatalities, injured: e.injured, arrested: null, confidence: 0.9, evidence: e.sentence.surface,
        });
        sources.push({ eventId: eid, articleId: aid, sentence: e.sentence.surface, start: e.sentence.start, end: e.sentence.end });
        for (const x of e.actors) eventActors.push({ eventId: eid, actorId: actorIds.get(x.key)!, role: x.role });
        mentions.push({ articleId: aid, kind: "place", placeId: placeIds.get(e.placeKey)!, ...e.placeSpan });
        for (const x of e.actorSpans) mentions.push({ articleId: aid, kind: "actor", actorId: actorIds.get(x.key)!, ...x.span });
      }
    }
    await db.$transaction(async (tx) => {
      await tx.article.createMany({ data: articles });
      await inBatches(events, (b) => tx.event.createMany({ data: b }));
      await inBatches(sources, (b) => tx.eventSource.createMany({ data: b }));
      await inBatches(eventActors, (b) => tx.eventActor.createMany({ data: b }));
      await inBatches(mentions, (b) => tx.mention.createMany({ data: b }));
    }, { timeout: 120_000 });
    done.articles += articles.length;
    done.events += events.length;
    say(`articles ${done.articles}, events ${done.events}/${data.events}`);
  }
  if (opts.postgres) {
    for (const table of ["Article", "Place", "Actor", "Event"]) {
      await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM "${table}"))`);
    }
  }
  return done;
}
