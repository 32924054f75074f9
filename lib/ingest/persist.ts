// Writes one article with everything extraction found, in one transaction: the article, the places
// and actors it names (created on first sight), its mentions, and its events (an event already known
// from another article gains this one as a second source).
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import type { Knowledge } from "../extract/knowledge";
import type { ActorEntry, ExtractedEvent, ExtractionResult, PlaceEntry } from "../extract/types";
import type { ArticleInput } from "./read";
import { reapplyArticle } from "../review/reapply";
import { MANUAL_KEY_PREFIX } from "../review/add-event";
import { reapplyEntityCorrections } from "../review/entity-reapply";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const contentHash = (body: string) => createHash("sha256").update(body.replace(/\r\n?/g, "\n").trim()).digest("hex");

export const dateOrNull = (iso: string | null | undefined) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);
export const finite = (n: number) => (Number.isFinite(n) ? n : null);

/** Longest title stored: a file whose "title" line is megabytes long would otherwise fill every list. */
export const MAX_TITLE_CHARS = 300;
export const capTitle = (title: string) => {
  const chars = Array.from(title); // by code point, so a cut never splits a surrogate pair
  return chars.length <= MAX_TITLE_CHARS ? title : `${chars.slice(0, MAX_TITLE_CHARS - 1).join("").trimEnd()}…`;
};

// Waiting for the write lock (another process, or this one's previous transaction) may take a while
// under load; Prisma's defaults (2 s to start, 5 s to finish) would turn that wait into a failure.
export const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 };

/** A place row's fields from the knowledge: `known` are the ones a stale stored row takes again. */
export function placeFields(e: PlaceEntry) {
  const known = { nameAr: e.nameAr, lat: finite(e.lat), lon: finite(e.lon), countryCode: e.countryCode, admin1: e.admin1 };
  const create = {
    key: e.key, ...known, nameEn: e.nameEn, kind: e.kind, geonamesId: e.geonamesId, aliases: JSON.stringify(e.aliases),
    origin: e.origin, geoPrecision: e.precision,
  };
  return { known, create };
}

async function placeId(tx: Tx, e: PlaceEntry): Promise<number> {
  const existing = await tx.place.findUnique({ where: { key: e.key }, select: { id: true, nameAr: true, lat: true, lon: true, countryCode: true, admin1: true } });
  // The knowledge is the source of a place's name and point: a row stored before the knowledge was
  // corrected (GeoNames' Damascus once read «د مشق»; the Golan had no governorate) takes the correction.
  const { known, create } = placeFields(e);
  if (existing) {
    const stale = (Object.keys(known) as (keyof typeof known)[]).some((f) => existing[f] !== known[f]);
    if (stale) await tx.place.update({ where: { id: existing.id }, data: { ...known, aliases: create.aliases } });
    return existing.id;
  }
  const created = await tx.place.create({ data: create, select: { id: true } });
  return created.id;
}

async function actorId(tx: Tx, e: ActorEntry, k: Knowledge, depth = 0): Promise<number> {
  const existing = await tx.actor.findUnique({ where: { key: e.key }, select: { id: true } });
  if (existing) return existing.id;
  const parent = e.affiliation && depth < 5 ? k.actorByKey.get(e.affiliation) : undefined;
  const affiliationId = parent ? await actorId(tx, parent, k, depth + 1) : null;
  const created = await tx.actor.create({
    data: {
      key: e.key, nameAr: e.nameAr, nameEn: e.nameEn, kind: e.kind, description: e.description, affiliationId,
      aliases: JSON.stringify([...e.aliases, ...e.weakAliases]), origin: e.origin,
    },
    select: { id: true },
  });
  return created.id;
}

/** Re-applies the place and actor corrections of the entities an article or a batch named. */
export async function reapplyEntities(tx: Tx, placeKeys: string[], actorKeys: string[]) {
  await reapplyEntityCorrections(tx, "place", placeKeys);
  await reapplyEntityCorrections(tx, "actor", actorKeys);
}

export interface SaveInput {
  fileName: string;
  article: ArticleInput;
  hash: string;
  result: ExtractionResult;
  extractorVersion: number;
}

/** The article row's fields (all but its hash). */
export function articleFields({ article, result, fileName, extractorVersion }: SaveInput) {
  return {
    fileName, title: capTitle(article.title), body: article.body, source: article.source ?? result.source,
    url: article.url ?? null, publishedAt: dateOrNull(article.publishedAt ?? result.publishedAt),
    datePrecision: article.publishedAt ? 1 : result.datePrecision,
    dateEvidence: article.publishedAt ? "metadata" : result.dateEvidence?.surface ?? null, extractorVersion,
  };
}

// The same type at the same place on the same day is one event, whichever article reports it;
// without a date nothing says two reports are one event, so the article keys it.
export const eventKey = (e: ExtractedEvent, articleHash: string) =>
  createHash("sha1").update([e.type, e.subType, e.placeKey, e.date ?? `article:${articleHash}:${e.evidence.start}`].join("|")).digest("hex");

/** Saves an article; `replaceId` is the article whose derived rows a newer extractor replaces. */
export async function saveArticle(db: Db, k: Knowledge, input: SaveInput, replaceId?: number): Promise<number> {
  const { result } = input;
  return db.$transaction(async (tx) => {
    const fields = articleFields(input);
    let id: number;
    if (replaceId !== undefined) {
      await tx.mention.deleteMany({ where: { articleId: replaceId } });
      // Events an editor added by hand are no extraction's: they keep their sentence (the body is the same).
      await tx.eventSource.deleteMany({ where: { articleId: replaceId, NOT: { event: { key: { startsWith: MANUAL_KEY_PREFIX } } } } });
      await tx.event.deleteMany({ where: { sources: { none: {} } } });
      id = (await tx.article.update({ where: { id: replaceId }, data: fields, select: { id: true } })).id;
    } else {
      id = (await tx.article.create({ data: { hash: input.hash, ...fields }, select: { id: true } })).id;
    }

    const placeIds = new Map<string, number>();
    for (const p of result.places) placeIds.set(p.entry.key, await placeId(tx, p.entry));
    const actorIds = new Map<string, number>();
    for (const a of result.actors) actorIds.set(a.entry.key, await actorId(tx, a.entry, k));

    const mentions = [
      ...result.places.flatMap((p) => p.mentions.map((m) => ({ kind: "place", placeId: placeIds.get(p.entry.key)!, ...m }))),
      ...result.actors.flatMap((a) => a.mentions.map((m) => ({ kind: "actor", actorId: actorIds.get(a.entry.key)!, ...m }))),
      ...result.dates.map((d) => ({ kind: "date", ...d.span, detail: d.iso })),
      ...result.statements.map((s) => ({ kind: "statement", actorId: actorIds.get(s.actorKey)!, ...s.sentence })),
    ];
    if (mentions.length) await tx.mention.createMany({ data: mentions.map((m) => ({ articleId: id, ...m })) });

    for (const e of result.events) {
      const place = result.places.find((p) => p.entry.key === e.placeKey)?.entry ?? k.placeByKey.get(e.placeKey);
      const pid = placeIds.get(e.placeKey) ?? (place ? await placeId(tx, place) : null);
      const key = eventKey(e, input.hash);
      const event = await tx.event.upsert({
        where: { key },
        create: {
          key, type: e.type, subType: e.subType, date: dateOrNull(e.date), datePrecision: e.datePrecision, placeId: pid,
          admin1: place?.admin1 ?? null, lat: place ? finite(place.lat) : null, lon: place ? finite(place.lon) : null,
          geoPrecision: e.geoPrecision, fatalities: e.fatalities, injured: e.injured, arrested: e.arrested,
          confidence: e.confidence, evidence: e.evidence.surface,
        },
        update: {},
        select: { id: true, fatalities: true },
      });
      await tx.eventSource.upsert({
        where: { eventId_articleId_start: { eventId: event.id, articleId: id, start: e.evidence.start } },
        create: { eventId: event.id, articleId: id, sentence: e.evidence.surface, start: e.evidence.start, end: e.evidence.end },
        update: {},
      });
      if (e.fatalities !== null && (event.fatalities ?? -1) < e.fatalities) {
        await tx.event.update({ where: { id: event.id }, data: { fatalities: e.fatalities } });
      }
      for (const a of e.actors) {
        const aid = actorIds.get(a.key);
        if (aid === undefined) continue;
        await tx.eventActor.upsert({
          where: { eventId_actorId_role: { eventId: event.id, actorId: aid, role: a.role } },
          create: { eventId: event.id, actorId: aid, role: a.role },
          update: {},
        });
      }
    }
    // Analysts' corrections survive re-extraction: places and actors first (a refreshed place row, a
    // merged-away name met again), then events, which read the corrected places.
    await reapplyEntities(tx, [...placeIds.keys()], [...actorIds.keys()]);
    await reapplyArticle(tx, id); // lib/review/reapply.ts
    return id;
  }, TX_OPTIONS);
}
