// POST /api/articles/ID/events { start, end, type, subType, placeId, date, datePrecision, fatalities, injured }:
// an editor adds an event the extractor missed, with the article's sentence [start, end) as evidence.
import { NextResponse } from "next/server";
import { requireWriter, writerName } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { addMissedEvent } from "@/lib/review/add-event";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const writer = await requireWriter(req);
  if (writer instanceof NextResponse) return writer;
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return NextResponse.json({ error: "معرّف مقال غير صالح." }, { status: 400 });
  try {
    const result = await addMissedEvent(db, id, await req.json().catch(() => null), writerName(writer));
    if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.status });
    return NextResponse.json({ eventId: result.eventId }, { status: 201 });
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: "تعذّر حفظ الحدث في قاعدة البيانات." }, { status: 500 });
  }
}
