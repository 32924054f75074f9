// POST /api/entity-corrections/ID/revert: undoes one place or actor correction by a new record.
import { NextResponse } from "next/server";
import { requireWriter, writerName } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { revertEntityCorrection } from "@/lib/review/entity-correct";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const writer = await requireWriter(req);
  if (writer instanceof NextResponse) return writer;
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return NextResponse.json({ error: "معرّف تصحيح غير صالح." }, { status: 400 });
  try {
    const result = await revertEntityCorrection(db, id, writerName(writer));
    if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.status });
    return NextResponse.json({ corrections: result.corrections });
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: "تعذّر حفظ التراجع في قاعدة البيانات." }, { status: 500 });
  }
}
