// POST /api/corrections/ID/revert: undoes one correction by a new record (nothing is deleted).
import { db } from "@/lib/db";
import { revertCorrection } from "@/lib/review/correct";
import { correctionRoute, emptyBody } from "@/lib/review/route";

export const POST = correctionRoute({
  badId: "معرّف تصحيح غير صالح.",
  failure: "تعذّر حفظ التراجع في قاعدة البيانات.",
  body: emptyBody,
  run: (id, _b, author) => revertCorrection(db, id, author),
});
