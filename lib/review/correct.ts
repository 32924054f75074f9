// An analyst's change to an event: validated, written as append-only Correction records (one per
// field, with the value before and after), then re-applied to the row (reapply.ts) in one transaction.
// A revert is a new record that sets the value back. Bad input is refused whole: nothing is written.
import type { Db } from "../db/client";
import { CORRECTABLE, fieldValue, sortLinks, subTypeFits, type ActorLink, type CorrectableField } from "./fields";
import { reapplyCorrections } from "./reapply";

export type Changes = Partial<Record<CorrectableField | "status" | "actors", unknown>>;
export type CorrectResult = { ok: true; corrections: number } | { ok: false; status: 400 | 404; error: string };

const dayOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function correctEvent(db: Db, eventId: number, changes: Changes, reason: string, author: string): Promise<CorrectResult> {
  const fields = Object.keys(changes) as (keyof Changes)[];
  if (fields.length === 0) return { ok: false, status: 400, error: "لا تغيير في الطلب." };
  for (const f of fields) {
    const schema = fieldValue[f];
    if (!schema) return { ok: false, status: 400, error: `حقل لا يُصحَّح: «${f}»` };
    const parsed = schema.safeParse(changes[f]);
    if (!parsed.success) return { ok: false, status: 400, error: `قيمة غير صالحة في «${f}»: ${parsed.error.issues[0]?.message ?? ""}` };
  }
  if (changes.status === "rejected" && !reason.trim()) return { ok: false, status: 400, error: "اذكر سبب الرفض." };
  return db.$transaction(async (tx) => {
    const e = await tx.event.findUnique({ where: { id: eventId }, include: { actors: { select: { actorId: true, role: true } } } });
    if (!e) return { ok: false as const, status: 404 as const, error: "الحدث غير موجود." };
    const current: Record<string, unknown> = {
      type: e.type, subType: e.subType, date: dayOf(e.date), datePrecision: e.datePrecision, placeId: e.placeId,
      fatalities: e.fatalities, injured: e.injured, status: e.reviewStatus === "corrected" ? "confirmed" : e.reviewStatus,
      actors: sortLinks(e.actors),
    };
    if (changes.actors !== undefined) {
      const list = sortLinks(changes.actors as ActorLink[]);
      const ids = [...new Set(list.map((a) => a.actorId))];
      if ((await tx.actor.count({ where: { id: { in: ids } } })) !== ids.length) return { ok: false as const, status: 400 as const, error: "فاعل غير موجود في المعجم." };
    }
    const type = (changes.type as string | undefined) ?? e.type;
    const subType = (changes.subType as string | undefined) ?? e.subType;
    if ((changes.type !== undefined || changes.subType !== undefined) && !subTypeFits(type, subType)) {
      return { ok: false as const, status: 400 as const, error: "النوع الفرعي لا يتبع هذا النوع." };
    }
    if (changes.placeId != null && !(await tx.place.findUnique({ where: { id: changes.placeId as number }, select: { id: true } }))) {
      return { ok: false as const, status: 400 as const, error: "المكان غير موجود في المعجم." };
    }
    // Data fields first, the status last: "confirm with these fixes" reads in that order in the history.
    const ordered = [...CORRECTABLE.filter((f) => f in changes), ...(["actors", "status"] as const).filter((f) => fields.includes(f))];
    let written = 0;
    for (const field of ordered) {
      const after = field === "actors" ? sortLinks(changes.actors as ActorLink[]) : changes[field] ?? null;
      if (JSON.stringify(after) === JSON.stringify(current[field]) && field !== "status") continue;
      await tx.correction.create({ data: { eventKey: e.key, field, before: JSON.stringify(current[field] ?? null), after: JSON.stringify(after), reason: reason.trim(), author } });
      written++;
    }
    await reapplyCorrections(tx, [e.key]);
    return { ok: true as const, corrections: written };
  });
}

/** Reverts one correction by a new record that sets its field back to the value it had before it. */
export async function revertCorrection(db: Db, correctionId: number, author: string): Promise<CorrectResult> {
  return db.$transaction(async (tx) => {
    const c = await tx.correction.findUnique({ where: { id: correctionId } });
    if (!c) return { ok: false as const, status: 404 as const, error: "التصحيح غير موجود." };
    const latest = await tx.correction.findFirst({ where: { eventKey: c.eventKey, field: c.field }, orderBy: { id: "desc" } });
    await tx.correction.create({ data: { eventKey: c.eventKey, field: c.field, before: latest!.after, after: c.before, reason: `تراجع عن التصحيح ${c.id}`, author, revertsId: c.id } });
    await reapplyCorrections(tx, [c.eventKey]);
    return { ok: true as const, corrections: 1 };
  });
}

/** An event's corrections, oldest first (the history view). */
export const eventHistory = (db: Db, eventKey: string) => db.correction.findMany({ where: { eventKey }, orderBy: { id: "asc" } });
