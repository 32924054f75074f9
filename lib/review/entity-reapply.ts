// Re-application of place and actor corrections: the ONE function that makes place and actor rows
// (and what is denormalised from them) hold their effective values. Called after an analyst's change
// and from ingestion after each article or batch (lib/ingest), because ingestion refreshes a place row
// from the gazetteer and creates mentions and events of a merged-away entity again: both are set right
// here in the writer's transaction. A merge B → A moves B's mentions, events (and actor roles) to A,
// marking each moved row with B's id so a revert can move exactly those back; B's names join A's aliases.
import type { Db } from "../db/client";
import { foldEntity, parseAliases, type TargetKind } from "./entity-fields";

/** A Prisma client or an interactive transaction's client. */
type Client = Pick<Db, "place" | "actor" | "mention" | "event" | "eventActor" | "entityCorrection">;
type Row = { id: number; key: string; nameAr: string; aliases: string; mergedIntoId: number | null };

const uniq = (xs: string[]) => [...new Set(xs)];

/** Corrections of the given entities and of those merged into them (whose names and rows they hold). */
async function correctionsAround(db: Client, kind: TargetKind, keys: string[]) {
  const direct: { targetKey: string }[] = [];
  // In chunks, so a large ingestion batch never exceeds a driver's bound-parameter limit.
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    direct.push(...(await db.entityCorrection.findMany({
      where: { targetKind: kind, OR: [{ targetKey: { in: chunk } }, { field: "mergeInto", after: { in: chunk.map((k) => JSON.stringify(k)) } }] },
      select: { targetKey: true },
    })));
  }
  const all = uniq(direct.map((c) => c.targetKey));
  return all.length ? db.entityCorrection.findMany({ where: { targetKind: kind, targetKey: { in: all } }, orderBy: { id: "asc" } }) : [];
}

/** Applies the corrections of the given places or actors (by key); entities without corrections are untouched. */
export async function reapplyEntityCorrections(db: Client, kind: TargetKind, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const corrections = await correctionsAround(db, kind, uniq(keys));
  if (corrections.length === 0) return 0;
  const byKey = new Map<string, typeof corrections>();
  for (const c of corrections) byKey.set(c.targetKey, [...(byKey.get(c.targetKey) ?? []), c]);
  const touched = new Set<number>();
  const merges: { row: Row; into: string | null }[] = [];
  for (const [key, list] of byKey) {
    const v = foldEntity(list);
    const row = kind === "place" ? await db.place.findUnique({ where: { key } }) : await db.actor.findUnique({ where: { key } });
    if (!row) continue; // listed by orphanedEntityCorrections, never dropped
    if (kind === "place") {
      const data: Record<string, unknown> = {};
      for (const f of ["lat", "lon", "admin1", "kind", "nameAr"] as const) if (f in v) data[f] = v[f];
      if ("nameAr" in v && v.nameAr !== row.nameAr) data.aliases = JSON.stringify(uniq([...parseAliases(row.aliases), row.nameAr]));
      if (Object.keys(data).length) await db.place.update({ where: { id: row.id }, data });
    } else {
      const data: Record<string, unknown> = {};
      if ("kind" in v) data.kind = v.kind;
      if ("aliases" in v) data.aliases = JSON.stringify(v.aliases);
      if ("affiliation" in v) {
        const parent = typeof v.affiliation === "string" ? await db.actor.findUnique({ where: { key: v.affiliation }, select: { id: true } }) : null;
        data.affiliationId = parent && parent.id !== row.id ? parent.id : null;
      }
      if (Object.keys(data).length) await db.actor.update({ where: { id: row.id }, data });
    }
    touched.add(row.id);
    if ("mergeInto" in v) merges.push({ row, into: typeof v.mergeInto === "string" ? v.mergeInto : null });
  }
  for (const m of merges) {
    const fresh = kind === "place" ? await db.place.findUnique({ where: { id: m.row.id } }) : await db.actor.findUnique({ where: { id: m.row.id } });
    const target = m.into ? (kind === "place" ? await db.place.findUnique({ where: { key: m.into } }) : await db.actor.findUnique({ where: { key: m.into } })) : null;
    if (target && target.id !== m.row.id) await merge(db, kind, fresh!, target);
    else await unmerge(db, kind, fresh!);
    touched.add(m.row.id);
    if (target) touched.add(target.id);
    if (m.row.mergedIntoId) touched.add(m.row.mergedIntoId);
  }
  if (kind === "place") await copyToEvents(db, [...touched]);
  return byKey.size;
}

async function setAliases(db: Client, kind: TargetKind, id: number, aliases: string[]) {
  const data = { aliases: JSON.stringify(aliases) };
  if (kind === "place") await db.place.update({ where: { id }, data });
  else await db.actor.update({ where: { id }, data });
}

async function merge(db: Client, kind: TargetKind, from: Row, into: Row) {
  if (from.mergedIntoId !== null && from.mergedIntoId !== into.id) await unmerge(db, kind, from);
  if (kind === "place") {
    await db.place.update({ where: { id: from.id }, data: { mergedIntoId: into.id } });
    await db.mention.updateMany({ where: { placeId: from.id, mergedFromId: null }, data: { placeId: into.id, mergedFromId: from.id } });
    await db.mention.updateMany({ where: { placeId: from.id }, data: { placeId: into.id } });
    await db.event.updateMany({ where: { placeId: from.id, mergedFromPlaceId: null }, data: { placeId: into.id, mergedFromPlaceId: from.id } });
    await db.event.updateMany({ where: { placeId: from.id }, data: { placeId: into.id } });
  } else {
    await db.actor.update({ where: { id: from.id }, data: { mergedIntoId: into.id } });
    await db.mention.updateMany({ where: { actorId: from.id, mergedFromId: null }, data: { actorId: into.id, mergedFromId: from.id } });
    await db.mention.updateMany({ where: { actorId: from.id }, data: { actorId: into.id } });
    await moveRoles(db, { actorId: from.id }, into.id, from.id);
  }
  const names = uniq([...parseAliases(into.aliases), from.nameAr, ...parseAliases(from.aliases)]).filter((n) => n !== into.nameAr);
  if (JSON.stringify(names) !== into.aliases) await setAliases(db, kind, into.id, names);
}

/** Moves actor roles to another actor; a role the other already holds in that event is dropped, not duplicated. */
async function moveRoles(db: Client, where: { actorId?: number; mergedFromId?: number }, to: number, mergedFrom: number | null) {
  for (const r of await db.eventActor.findMany({ where })) {
    const id = { eventId: r.eventId, actorId: r.actorId, role: r.role };
    const taken = await db.eventActor.findUnique({ where: { eventId_actorId_role: { ...id, actorId: to } } });
    if (taken) await db.eventActor.delete({ where: { eventId_actorId_role: id } });
    else await db.eventActor.update({ where: { eventId_actorId_role: id }, data: { actorId: to, mergedFromId: r.mergedFromId ?? mergedFrom } });
  }
}

async function unmerge(db: Client, kind: TargetKind, from: Row) {
  if (from.mergedIntoId === null) return;
  const into = kind === "place" ? await db.place.findUnique({ where: { id: from.mergedIntoId } }) : await db.actor.findUnique({ where: { id: from.mergedIntoId } });
  if (kind === "place") {
    await db.place.update({ where: { id: from.id }, data: { mergedIntoId: null } });
    await db.mention.updateMany({ where: { kind: "place", mergedFromId: from.id }, data: { placeId: from.id, mergedFromId: null } });
    await db.event.updateMany({ where: { mergedFromPlaceId: from.id }, data: { placeId: from.id, mergedFromPlaceId: null } });
  } else {
    await db.actor.update({ where: { id: from.id }, data: { mergedIntoId: null } });
    await db.mention.updateMany({ where: { kind: { not: "place" }, mergedFromId: from.id }, data: { actorId: from.id, mergedFromId: null } });
    await moveRoles(db, { mergedFromId: from.id }, from.id, null);
    await db.eventActor.updateMany({ where: { actorId: from.id, mergedFromId: from.id }, data: { mergedFromId: null } });
  }
  if (into) {
    const gone = new Set([from.nameAr, ...parseAliases(from.aliases)]);
    await setAliases(db, kind, into.id, parseAliases(into.aliases).filter((n) => !gone.has(n)));
  }
}

/** Event.admin1/lat/lon are the place's (denormalised for the filters): they follow its corrections. */
async function copyToEvents(db: Client, placeIds: number[]) {
  for (const p of await db.place.findMany({ where: { id: { in: placeIds } }, select: { id: true, admin1: true, lat: true, lon: true } })) {
    await db.event.updateMany({ where: { placeId: p.id }, data: { admin1: p.admin1, lat: p.lat, lon: p.lon } });
  }
}

/** Corrections whose place or actor no longer exists: for review, never dropped. */
export async function orphanedEntityCorrections(db: Client) {
  const targets = await db.entityCorrection.findMany({ distinct: ["targetKind", "targetKey"], select: { targetKind: true, targetKey: true } });
  const missing: { targetKind: string; targetKey: string }[] = [];
  for (const kind of ["place", "actor"] as const) {
    const keys = targets.filter((t) => t.targetKind === kind).map((t) => t.targetKey);
    const rows = kind === "place" ? await db.place.findMany({ where: { key: { in: keys } }, select: { key: true } }) : await db.actor.findMany({ where: { key: { in: keys } }, select: { key: true } });
    const present = new Set(rows.map((r) => r.key));
    missing.push(...keys.filter((k) => !present.has(k)).map((targetKey) => ({ targetKind: kind, targetKey })));
  }
  return missing.length ? db.entityCorrection.findMany({ where: { OR: missing }, orderBy: { id: "asc" } }) : [];
}
