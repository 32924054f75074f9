// POST /api/events/ID/corrections { changes: { field: value… }, reason }: an editor's correction of an
// event (lib/review/correct.ts), written as append-only records. Answers the event's new review state.
import { db } from "@/lib/db";
import { correctEvent } from "@/lib/review/correct";
import { correctionBody, correctionRoute } from "@/lib/review/route";

export const POST = correctionRoute({
  badId: "معرّف حدث غير صالح.",
  badBody: "الطلب ليس تصحيحاً صالحاً: { changes, reason }.",
  failure: "تعذّر حفظ التصحيح في قاعدة البيانات.",
  body: correctionBody,
  run: (id, b, author) => correctEvent(db, id, b.changes, b.reason, author),
  answer: async (id) => ({ event: await db.event.findUnique({ where: { id }, select: { reviewStatus: true, editedFields: true, fatalities: true, injured: true } }) }),
});
