// The route handler of POST /api/places/ID/corrections and /api/actors/ID/corrections
// { changes: { field: value… }, reason }: an editor's correction (entity-correct.ts), CSRF-checked by requireWriter.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWriter, writerName } from "../auth/guard";
import { db } from "../db";
import { correctEntity } from "./entity-correct";
import type { TargetKind } from "./entity-fields";

const body = z.object({ changes: z.record(z.string(), z.unknown()), reason: z.string().max(500).default("") });

export const entityCorrectionRoute = (kind: TargetKind) => async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const writer = await requireWriter(req);
  if (writer instanceof NextResponse) return writer;
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return NextResponse.json({ error: "معرّف غير صالح." }, { status: 400 });
  const parsed = body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "الطلب ليس تصحيحاً صالحاً: { changes, reason }." }, { status: 400 });
  try {
    const result = await correctEntity(db, kind, id, parsed.data.changes, parsed.data.reason, writerName(writer));
    if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.status });
    return NextResponse.json({ corrections: result.corrections });
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: "تعذّر حفظ التصحيح في قاعدة البيانات." }, { status: 500 });
  }
};
