// POST /api/events/ID/merge { duplicateId }: an editor merges event duplicateId into event ID (its
// sources join ID; it is rejected as duplicate:ID). Undone by reverting the record it writes.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWriter, writerName } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { mergeEvents } from "@/lib/review/merge";

const body = z.object({ duplicateId: z.number().int().positive() }).strict();

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const writer = await requireWriter(req);
  if (writer instanceof NextResponse) return writer;
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return NextResponse.json({ error: "معرّف حدث غير صالح." }, { status: 400 });
  const parsed = body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "الطلب ليس دمجاً صالحاً: { duplicateId }." }, { status: 400 });
  try {
    const result = await mergeEvents(db, id, parsed.data.duplicateId, writerName(writer));
    if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.status });
    return NextResponse.json({ corrections: result.corrections });
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: "تعذّر حفظ الدمج في قاعدة البيانات." }, { status: 500 });
  }
}
