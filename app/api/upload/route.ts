// POST articles as multipart form data (field "files"), with the token in `Authorization: Bearer`.
// Without UPLOAD_TOKEN configured, uploads are off; a missing or wrong token is refused.
import { NextResponse } from "next/server";
import { ingestUploads, MAX_FILES, maxBytes, tokenMatches, uploadToken } from "@/lib/upload/ingest-upload";

export async function POST(req: Request) {
  const expected = uploadToken();
  if (!expected) return NextResponse.json({ error: "الرفع معطّل على هذا الخادم: لم يُضبط UPLOAD_TOKEN." }, { status: 403 });
  const given = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!tokenMatches(given, expected)) return NextResponse.json({ error: "رمز الرفع مفقود أو غير صحيح." }, { status: 401 });

  const limit = maxBytes();
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > limit * MAX_FILES + 1_000_000) {
    return NextResponse.json({ error: `الطلب أكبر من المسموح (${MAX_FILES} ملفاً، ${limit} بايت لكل ملف).` }, { status: 413 });
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return NextResponse.json({ error: "الطلب ليس نموذج ملفات صالحاً (multipart/form-data)." }, { status: 400 });
  }
  const files = form.getAll("files").filter((v): v is File => typeof v !== "string");
  if (files.length === 0) return NextResponse.json({ error: "لم يُرفق أي ملف." }, { status: 400 });
  if (files.length > MAX_FILES) return NextResponse.json({ error: `عدد الملفات أكبر من الحد (${MAX_FILES}).` }, { status: 413 });

  const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const results = await ingestUploads(inputs);
  return NextResponse.json({ results });
}
