// The corrections of one place or actor, oldest first, with the keys they name (merge target,
// affiliation) resolved to names and ids for the history view.
import "server-only";
import { db } from "../db";
import { REFERENCE_FIELDS, type EntityField, type TargetKind } from "../review/entity-fields";

export interface HistoryEntry {
  id: number;
  field: string;
  before: unknown;
  after: unknown;
  reason: string;
  author: string;
  revertsId: number | null;
  createdAt: Date;
}

export async function fetchEntityHistory(kind: TargetKind, key: string) {
  const rows = await db.entityCorrection.findMany({ where: { targetKind: kind, targetKey: key }, orderBy: { id: "asc" } });
  const entries: HistoryEntry[] = rows.map((r) => ({ ...r, before: JSON.parse(r.before), after: JSON.parse(r.after) }));
  const keys = [...new Set(entries.filter((e) => REFERENCE_FIELDS.includes(e.field as EntityField)).flatMap((e) => [e.before, e.after]).filter((v): v is string => typeof v === "string"))];
  const named = kind === "place"
    ? await db.place.findMany({ where: { key: { in: keys } }, select: { id: true, key: true, nameAr: true } })
    : await db.actor.findMany({ where: { key: { in: keys } }, select: { id: true, key: true, nameAr: true } });
  return { entries, names: new Map(named.map((n) => [n.key, { id: n.id, name: n.nameAr }])) };
}

export type EntityHistoryData = Awaited<ReturnType<typeof fetchEntityHistory>>;
