// POST articles as multipart form data (field "files"), from a signed-in editor (with the CSRF header)
// or a script with the token in `Authorization: Bearer` (lib/auth/guard.ts); anything else is refused. The body is
// parsed as it streams in (lib/upload/multipart.ts): a file over the size limit is refused alone, and
// a body over the total limit (with or without Content-Length) is refused as soon as it goes over.
import { NextResponse } from "next/server";
import { requireWriter } from "@/lib/auth/guard";
import { ingestUploads, MAX_FILES, maxBytes, type FileResult } from "@/lib/upload/ingest-upload";
import { readUploads } from "@/lib/upload/multipart";

export async function POST(req: Request) {
  const writer = await requireWriter(req);
  if (writer instanceof NextResponse) return writer;

  const limit = maxBytes();
  const maxTotalBytes = limit * MAX_FILES + 1_000_000;
  const tooBig = `الطلب أكبر من المسموح (${MAX_FILES} ملفاً، ${limit} بايت لكل ملف).`;
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > maxTotalBytes) return NextResponse.json({ error: tooBig }, { status: 413 });

  const read = await readUploads(req, { maxFileBytes: limit, maxFiles: MAX_FILES, maxTotalBytes });
  if (!read.ok) {
    const error = {
      not_multipart: "الطلب ليس نموذج ملفات صالحاً (multipart/form-data).",
      malformed: "الطلب ليس نموذج ملفات صالحاً (multipart/form-data).",
      too_many_files: `عدد الملفات أكبر من الحد (${MAX_FILES}).`,
      body_too_large: tooBig,
    }[read.problem];
    return NextResponse.json({ error, code: read.problem }, { status: read.status });
  }
  if (read.files.length === 0) return NextResponse.json({ error: "لم يُرفق أي ملف." }, { status: 400 });

  // Oversized files were never kept; they are answered in their place, the others are ingested.
  const stored = await ingestUploads(read.files.filter((f) => !f.tooLarge));
  const results: FileResult[] = [];
  let next = 0;
  for (const f of read.files) {
    results.push(f.tooLarge ? { file: f.name, status: "rejected", articles: 0, reason: `الملف أكبر من الحد (أكثر من ${limit} بايت)`, code: "input" } : stored[next++]);
  }
  return NextResponse.json({ results });
}
