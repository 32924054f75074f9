// POST /api/places/ID/corrections and /api/actors/ID/corrections { changes, reason }: an editor's
// correction of a place or an actor (entity-correct.ts).
import { db } from "../db";
import { correctEntity } from "./entity-correct";
import type { TargetKind } from "./entity-fields";
import { correctionBody, correctionRoute } from "./route";

export const entityCorrectionRoute = (kind: TargetKind) => correctionRoute({
  badId: "معرّف غير صالح.",
  badBody: "الطلب ليس تصحيحاً صالحاً: { changes, reason }.",
  failure: "تعذّر حفظ التصحيح في قاعدة البيانات.",
  body: correctionBody,
  run: (id, b, author) => correctEntity(db, kind, id, b.changes, b.reason, author),
});
