// POST /api/entity-corrections/ID/revert: undoes one place or actor correction by a new record.
import { db } from "@/lib/db";
import { revertEntityCorrection } from "@/lib/review/entity-correct";
import { correctionRoute, emptyBody } from "@/lib/review/route";

export const POST = correctionRoute({
  badId: "معرّف تصحيح غير صالح.",
  failure: "تعذّر حفظ التراجع في قاعدة البيانات.",
  body: emptyBody,
  run: (id, _b, author) => revertEntityCorrection(db, id, author),
});
