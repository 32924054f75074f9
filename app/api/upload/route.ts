// POST articles as multipart form data (field "files"), from a signed-in editor (with the CSRF header)
// or a script with the token in `Authorization: Bearer` (lib/auth/guard.ts); anything else is refused. The body is
// parsed as it streams in (lib/upload/multipart.ts): a file over the size limit is refused alone, and
// a body over the total limit (with or without Content-Length) is refused as soon as it goes over.
// The files are not ingested here: each becomes a job for the worker process, and the answer (202)
// comes at once with the job ids, which GET /api/jobs?ids=… follows to the per-file result.
import { NextResponse } from "next/server";
import { requireWriter } from "@/lib/auth/guard";
import { MAX_FILES, maxBytes, queueUploads } from "@/lib/upload/ingest-upload";
import { readUploads } from "@/lib/upload/multipart";
import type { UploadedFile } from "@/lib/upload/job-types";

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

  // Oversized files were never kept: they are answered in their place, the others are queued.
  let ids: number[];
  try {
    ids = await queueUploads(read.files.filter((f) => !f.tooLarge));
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: "تعذّر حفظ الملفات في قائمة الانتظار؛ لم يُحفظ شيء، أعد المحاولة بعد قليل.", code: "queue_unavailable" }, { status: 503 });
  }
  let next = 0;
  const files: UploadedFile[] = read.files.map((f) =>
    f.tooLarge
      ? { file: f.name, status: "rejected", reason: `الملف أكبر من الحد (أكثر من ${limit} بايت)`, code: "input" }
      : { file: f.name, status: "queued", jobId: ids[next++] },
  );
  return NextResponse.json({ files }, { status: 202 });
}
