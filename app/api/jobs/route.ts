// GET /api/jobs?ids=1,2,3: the state of upload jobs, for the upload page's progress. Needs what the
// upload needs — the token, or a signed-in editor (a job names the file and its outcome); a read, so
// no CSRF header. Ids that are not positive integers are
// a 400; unknown ids are left out of the answer.
import { NextResponse } from "next/server";
import { fetchJobs, MAX_JOB_IDS } from "@/lib/data/jobs";
import { requestUser } from "@/lib/auth/guard";
import { roleAllows } from "@/lib/auth/roles";
import { refusal } from "@/lib/upload/ingest-upload";

async function readerRefusal(req: Request): Promise<NextResponse | null> {
  if (req.headers.get("authorization")) {
    const refused = refusal(req);
    return refused ? NextResponse.json({ error: refused.error }, { status: refused.status }) : null;
  }
  const user = await requestUser(req);
  if (!user) return NextResponse.json({ error: "سجّل الدخول بحساب محرر أولاً.", code: "signed_out" }, { status: 401 });
  if (!roleAllows(user.role, "editor")) return NextResponse.json({ error: "حسابك لا يملك صلاحية الرفع.", code: "role" }, { status: 403 });
  return null;
}

export async function GET(req: Request) {
  const refused = await readerRefusal(req);
  if (refused) return refused;
  const raw = new URL(req.url).searchParams.get("ids") ?? "";
  const parts = raw.split(",").filter(Boolean);
  if (parts.length === 0 || parts.length > MAX_JOB_IDS || !parts.every((p) => /^[1-9]\d{0,9}$/.test(p))) {
    return NextResponse.json({ error: `المعرّفات غير صالحة: أعداد صحيحة موجبة مفصولة بفواصل، حتى ${MAX_JOB_IDS}.`, code: "bad_ids" }, { status: 400 });
  }
  try {
    const jobs = await fetchJobs(parts.map(Number));
    return NextResponse.json({ jobs }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: "تعذّر قراءة حالة المهام من قاعدة البيانات" }, { status: 500 });
  }
}
