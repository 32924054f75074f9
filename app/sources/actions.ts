"use server";
// The writes of /sources: add, pause or resume, run now, remove. Every one needs a signed-in editor
// (lib/auth; Next checks a server action's Origin) or the editor token (UPLOAD_TOKEN, checked in
// constant time); with neither, sources are managed by CLI only.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { collectOptions } from "@/lib/collect/options";
import { runSource } from "@/lib/collect/run";
import { addSource, removeSource, setPaused, type SourceInput } from "@/lib/collect/sources";
import { currentEditor } from "@/lib/auth/guard";
import { tokenMatches, uploadToken } from "@/lib/upload/ingest-upload";

export interface ActionResult {
  ok: boolean;
  message: string;
}

const refused = async (token: string): Promise<ActionResult | null> => {
  if (await currentEditor()) return null;
  const expected = uploadToken();
  if (!expected) return { ok: false, message: "إدارة المصادر من المتصفح معطّلة: رمز المحرر (UPLOAD_TOKEN) غير مضبوط" };
  return tokenMatches(token, expected) ? null : { ok: false, message: "رمز المحرر غير صحيح" };
};

export async function addSourceAction(token: string, input: SourceInput): Promise<ActionResult> {
  const denied = await refused(token);
  if (denied) return denied;
  try {
    const r = await addSource(db, input);
    if (r.ok) revalidatePath("/sources");
    return { ok: r.ok, message: r.message };
  } catch (error) {
    console.error(error);
    return { ok: false, message: "تعذّر حفظ المصدر في قاعدة البيانات" };
  }
}

export type SourceOp = "pause" | "resume" | "run" | "remove";

export async function sourceAction(token: string, id: number, op: SourceOp): Promise<ActionResult> {
  const denied = await refused(token);
  if (denied) return denied;
  if (!Number.isInteger(id) || id <= 0) return { ok: false, message: "مصدر غير صالح" };
  try {
    let result: ActionResult;
    if (op === "run") {
      const run = await runSource(db, loadKnowledge(), id, new Date(), collectOptions(readEnv()));
      result = !run
        ? { ok: false, message: `لا مصدر بالرقم ${id}` }
        : run.status === "error"
          ? { ok: false, message: `فشل الجمع: ${run.error}` }
          : { ok: true, message: run.status === "not-modified" ? "لم يتغير المصدر منذ آخر جمع" : `جُمع المصدر: ${run.added} جديد، ${run.skipped} معروف من قبل` };
      // New articles change every view, not only this page.
      revalidatePath("/", "layout");
    } else {
      const r = op === "remove" ? await removeSource(db, id) : await setPaused(db, id, op === "pause");
      result = { ok: r.ok, message: r.message };
    }
    revalidatePath("/sources");
    return result;
  } catch (error) {
    console.error(error);
    return { ok: false, message: "تعذّر تنفيذ العملية على قاعدة البيانات" };
  }
}
