// An analyst's change to a place or an actor: validated, written as append-only EntityCorrection
// records (one per field, before and after), then re-applied (entity-reapply.ts) in one transaction.
// A revert is a new record that sets the value back. Bad input is refused whole: nothing is written.
import type { Db } from "../db/client";
import { ACTOR_FIELDS, entityFieldValue, parseAliases, PLACE_FIELDS, REFERENCE_FIELDS, type EntityField, type TargetKind } from "./entity-fields";
import { reapplyEntityCorrections } from "./entity-reapply";
import type { CorrectResult } from "./correct";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Entity = { id: number; key: string; kind: string; mergedIntoId: number | null };

const findById = (tx: Tx, kind: TargetKind, id: number) =>
  kind === "place" ? tx.place.findUnique({ where: { id } }) : tx.actor.findUnique({ where: { id } });
const keyOf = async (tx: Tx, kind: TargetKind, id: number | null) => (id === null ? null : ((await findById(tx, kind, id))?.key ?? null));

/** The values the corrections act on, as they are now (references by key). */
async function currentValues(tx: Tx, kind: TargetKind, row: Entity & Record<string, unknown>): Promise<Record<string, unknown>> {
  const mergeInto = await keyOf(tx, kind, row.mergedIntoId);
  if (kind === "place") return { lat: row.lat, lon: row.lon, admin1: row.admin1, kind: row.kind, nameAr: row.nameAr, mergeInto };
  return { kind: row.kind, aliases: parseAliases(row.aliases as string), affiliation: await keyOf(tx, kind, row.affiliationId as number | null), mergeInto };
}

const refuse = (status: 400 | 404, error: string) => ({ ok: false as const, status, error });

export async function correctEntity(db: Db, kind: TargetKind, id: number, changes: Record<string, unknown>, reason: string, author: string): Promise<CorrectResult> {
  const allowed: readonly string[] = kind === "place" ? PLACE_FIELDS : ACTOR_FIELDS;
  const fields = Object.keys(changes);
  if (fields.length === 0) return refuse(400, "لا تغيير في الطلب.");
  for (const f of fields) {
    const schema = allowed.includes(f) ? entityFieldValue[kind][f as EntityField] : undefined;
    if (!schema) return refuse(400, `حقل لا يُصحَّح: «${f}»`);
    const parsed = schema.safeParse(changes[f]);
    if (!parsed.success) return refuse(400, `قيمة غير صالحة في «${f}»: ${parsed.error.issues[0]?.message ?? ""}`);
    changes[f] = parsed.data;
  }
  return db.$transaction(async (tx) => {
    const row = await findById(tx, kind, id);
    if (!row) return refuse(404, kind === "place" ? "المكان غير موجود." : "الفاعل غير موجود.");
    const current = await currentValues(tx, kind, row);
    const after: Record<string, unknown> = { ...changes };
    for (const f of REFERENCE_FIELDS) {
      if (!(f in changes) || changes[f] === null) continue;
      const other = await findById(tx, kind, changes[f] as number);
      if (!other) return refuse(400, "الكيان المشار إليه غير موجود.");
      if (other.id === row.id) return refuse(400, "لا يُدمج كيان في نفسه ولا يتبع نفسه.");
      if (f === "mergeInto" && other.mergedIntoId !== null) return refuse(400, "هذا الكيان مدموج في غيره: ادمج في الكيان الأصلي.");
      after[f] = other.key;
    }
    let written = 0;
    for (const field of allowed.filter((f) => f in after)) {
      if (JSON.stringify(after[field]) === JSON.stringify(current[field] ?? null)) continue;
      await tx.entityCorrection.create({
        data: { targetKind: kind, targetKey: row.key, field, before: JSON.stringify(current[field] ?? null), after: JSON.stringify(after[field]), reason: reason.trim(), author },
      });
      written++;
    }
    await reapplyEntityCorrections(tx, kind, [row.key]);
    return { ok: true as const, corrections: written };
  });
}

/** Reverts one record by a new one that sets its field back to the value it had before it. */
export async function revertEntityCorrection(db: Db, correctionId: number, author: string): Promise<CorrectResult> {
  return db.$transaction(async (tx) => {
    const c = await tx.entityCorrection.findUnique({ where: { id: correctionId } });
    if (!c) return refuse(404, "التصحيح غير موجود.");
    const latest = await tx.entityCorrection.findFirst({ where: { targetKind: c.targetKind, targetKey: c.targetKey, field: c.field }, orderBy: { id: "desc" } });
    await tx.entityCorrection.create({
      data: { targetKind: c.targetKind, targetKey: c.targetKey, field: c.field, before: latest!.after, after: c.before, reason: `تراجع عن التصحيح ${c.id}`, author, revertsId: c.id },
    });
    await reapplyEntityCorrections(tx, c.targetKind as TargetKind, [c.targetKey]);
    return { ok: true as const, corrections: 1 };
  });
}

/** An entity's corrections, oldest first (the history view). */
export const entityHistory = (db: Db, kind: TargetKind, key: string) =>
  db.entityCorrection.findMany({ where: { targetKind: kind, targetKey: key }, orderBy: { id: "asc" } });
