// Merging a duplicate into the event it repeats: one append-only "mergedInto" record on the duplicate
// (keyed by identity keys, so it holds across re-extraction). Re-application (reapply.ts) copies the
// duplicate's sources to the kept event and rejects the duplicate (reason duplicate:ID), which leaves
// every count; reverting the record (revertCorrection) unmerges.
import type { Db } from "../db/client";
import type { CorrectResult } from "./correct";
import { reapplyCorrections } from "./reapply";

export async function mergeEvents(db: Db, keptId: number, duplicateId: number, author: string): Promise<CorrectResult> {
  if (keptId === duplicateId) return { ok: false, status: 400, error: "لا يُدمج الحدث في نفسه." };
  return db.$transaction(async (tx) => {
    const [kept, dup] = await Promise.all([
      tx.event.findUnique({ where: { id: keptId }, select: { key: true } }),
      tx.event.findUnique({ where: { id: duplicateId }, select: { key: true } }),
    ]);
    if (!kept || !dup) return { ok: false as const, status: 404 as const, error: "الحدث غير موجود." };
    const last = await tx.correction.findFirst({ where: { eventKey: dup.key, field: "mergedInto" }, orderBy: { id: "desc" } });
    const before = last?.after ?? "null";
    if (JSON.parse(before) === kept.key) return { ok: false as const, status: 400 as const, error: "الحدثان مدموجان من قبل." };
    // The kept event must not itself be merged away (a chain would hide both).
    const keptLast = await tx.correction.findFirst({ where: { eventKey: kept.key, field: "mergedInto" }, orderBy: { id: "desc" } });
    if (keptLast && JSON.parse(keptLast.after)) return { ok: false as const, status: 400 as const, error: "الحدث المختار مدموج هو نفسه في حدث آخر." };
    await tx.correction.create({ data: { eventKey: dup.key, field: "mergedInto", before, after: JSON.stringify(kept.key), reason: `duplicate:${keptId}`, author } });
    await reapplyCorrections(tx, [dup.key]);
    return { ok: true as const, corrections: 1 };
  });
}
