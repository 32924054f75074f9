// POST /api/events/ID/corrections { changes: { field: value… }, reason }: an editor's correction of an
// event (lib/review/correct.ts), written as append-only records. Answers the event's new review state.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWriter, writerName } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { correctEvent } from "@/lib/review/correct";

const body = z.object({ changes: z.record(z.string(), z.unknown()), reason: z.string().max(500).default("") });

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const writer = await requireWriter(req);
  if (writer instanceof NextResponse) return writer;
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return NextResponse.json({ error: "معرّف حدث غير صالح." }, { status: 400 });
  const parsed = body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "الطلب ليس تصحيحاً صالحاً: { changes, reason }." }, { status: 400 });
  try {
    const result = await correctEvent(db, id, parsed.data.changes, parsed.data.reason, writerName(writer));
    if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.status });
    const event = await db.event.findUnique({ where: { id }, select: { reviewStatus: true, editedFields: true, fatalities: true, injured: true } });
    return NextResponse.json({ corrections: result.corrections, event });
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: "تعذّر حفظ التصحيح في قاعدة البيانات." }, { status: 500 });
  }
}
