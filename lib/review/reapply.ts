// Re-application of corrections: the ONE function that makes an event row hold its effective values
// (the extracted values with every correction applied in order). Called after an analyst's change and
// from ingestion (lib/ingest/persist.ts, one line after an article's events are written), so a newer
// extractor that recreates an event never loses what analysts said about it. Corrections are keyed by
// the event's identity key; one whose event is gone stays in the table and is listed (orphanedCorrections).
import type { Db } from "../db/client";
import { fold, sortLinks, type ActorLink, type EventValues } from "./fields";

/** A Prisma client or an interactive transaction's client. */
type Client = Pick<Db, "event" | "correction" | "place" | "eventActor" | "eventSource">;

/** The extracted values, kept on the row (Event.extracted) once it is corrected (actors since 0015). */
type Snapshot = EventValues & { geoPrecision: number; actors?: ActorLink[] };

const dayOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Applies the corrections of the given events (by key) to their rows; events without corrections are untouched. */
export async function reapplyCorrections(db: Client, eventKeys: string[]): Promise<number> {
  if (eventKeys.length === 0) return 0;
  const corrections = await db.correction.findMany({ where: { eventKey: { in: [...new Set(eventKeys)] } }, orderBy: { id: "asc" } });
  const byKey = new Map<string, typeof corrections>();
  for (const c of corrections) byKey.set(c.eventKey, [...(byKey.get(c.eventKey) ?? []), c]);
  let applied = 0;
  for (const [key, list] of byKey) {
    const row = await db.event.findUnique({ where: { key } });
    if (!row) continue; // listed by orphanedCorrections, never dropped
    // The row is the extraction until it was first corrected; from then on `extracted` keeps it.
    const extracted: Snapshot = row.extracted ? JSON.parse(row.extracted) : {
      type: row.type, subType: row.subType, date: dayOf(row.date), datePrecision: row.datePrecision,
      placeId: row.placeId, fatalities: row.fatalities, injured: row.injured, geoPrecision: row.geoPrecision,
    };
    // Until an actor list is corrected, the rows are the extraction's (a snapshot older than actor corrections has none).
    extracted.actors ??= sortLinks(await db.eventActor.findMany({ where: { eventId: row.id }, select: { actorId: true, role: true } }));
    const f = fold(extracted, list, extracted.actors);
    if (f.actors) await setActors(db, row.id, f.actors);
    await applyMerge(db, row.id, f.mergedInto, f.unmergedFrom);
    // A new place brings its governorate and coordinates (denormalised on the row for the filters);
    // back at the extracted place, the extracted geo-precision returns too.
    // An event a place merge moved (entity-reapply.ts) stays at the merge target.
    let geo = {};
    const mergedAway = row.mergedFromPlaceId !== null && row.mergedFromPlaceId === f.values.placeId;
    if (f.values.placeId !== row.placeId && !mergedAway) {
      const place = f.values.placeId ? await db.place.findUnique({ where: { id: f.values.placeId } }) : null;
      const geoPrecision = f.values.placeId === extracted.placeId ? extracted.geoPrecision : (place?.geoPrecision ?? 3);
      geo = { mergedFromPlaceId: null, placeId: place?.id ?? null, admin1: place?.admin1 ?? null, lat: place?.lat ?? null, lon: place?.lon ?? null, geoPrecision };
    }
    await db.event.update({
      where: { id: row.id },
      data: {
        type: f.values.type, subType: f.values.subType, date: f.values.date ? new Date(`${f.values.date}T00:00:00.000Z`) : null,
        datePrecision: f.values.datePrecision, fatalities: f.values.fatalities, injured: f.values.injured, ...geo,
        reviewStatus: f.status, reviewedBy: f.reviewedBy, editedFields: f.editedFields.join(","), extracted: JSON.stringify(extracted),
      },
    });
    applied++;
  }
  return applied;
}

/** Makes the event's EventActor rows the corrected list (what actor filters and profiles count). */
async function setActors(db: Client, eventId: number, actors: ActorLink[]) {
  const now = sortLinks(await db.eventActor.findMany({ where: { eventId }, select: { actorId: true, role: true } }));
  if (JSON.stringify(now) === JSON.stringify(actors)) return;
  await db.eventActor.deleteMany({ where: { eventId } });
  if (actors.length) await db.eventActor.createMany({ data: actors.map((a) => ({ eventId, ...a })) });
}

/** A duplicate's sources join the event it is merged into; once unmerged, those copies leave it again. */
async function applyMerge(db: Client, eventId: number, mergedInto: string | null, unmergedFrom: string[]) {
  if (!mergedInto && unmergedFrom.length === 0) return;
  const own = await db.eventSource.findMany({ where: { eventId } });
  const targets = await db.event.findMany({ where: { key: { in: [...unmergedFrom, ...(mergedInto ? [mergedInto] : [])] } }, select: { id: true, key: true } });
  for (const t of targets) {
    if (t.id === eventId) continue;
    for (const s of own) {
      const id = { eventId_articleId_start: { eventId: t.id, articleId: s.articleId, start: s.start } };
      if (t.key === mergedInto) await db.eventSource.upsert({ where: id, create: { ...s, eventId: t.id }, update: {} });
      else await db.eventSource.deleteMany({ where: id.eventId_articleId_start });
    }
  }
}

/** Corrections whose event no longer exists (re-extraction no longer finds it): for review, never dropped. */
export async function orphanedCorrections(db: Client) {
  const keys = (await db.correction.findMany({ distinct: ["eventKey"], select: { eventKey: true } })).map((c) => c.eventKey);
  const present = new Set((await db.event.findMany({ where: { key: { in: keys } }, select: { key: true } })).map((e) => e.key));
  const missing = keys.filter((k) => !present.has(k));
  return missing.length ? db.correction.findMany({ where: { eventKey: { in: missing } }, orderBy: { id: "asc" } }) : [];
}

/** Re-applies the corrections of every event an article is a source of (ingestion's one hook), and of
 * the duplicates merged into those events (a recreated event takes its duplicates' sources again). */
export async function reapplyArticle(db: Client, articleId: number): Promise<number> {
  const keys = (await db.event.findMany({ where: { sources: { some: { articleId } } }, select: { key: true } })).map((e) => e.key);
  const merged = keys.length ? await db.correction.findMany({ where: { field: "mergedInto", after: { in: keys.map((k) => JSON.stringify(k)) } }, select: { eventKey: true } }) : [];
  return reapplyCorrections(db, [...keys, ...merged.map((m) => m.eventKey)]);
}
