"use server";
// The writes of saved views, validated with zod at this edge. Both need a signed-in editor (Next
// refuses a server action from another origin, the CSRF check for actions); a name already taken is
// refused rather than overwritten.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { savedViewInput } from "@/lib/filters/saved-view";
import { currentEditor } from "@/lib/auth/guard";

export interface SaveResult {
  ok: boolean;
  message: string;
}

export async function saveView(input: { name: string; path: string; query: string }): Promise<SaveResult> {
  if (!(await currentEditor())) return { ok: false, message: "حفظ العروض للمحررين: سجّل الدخول أولاً" };
  const parsed = savedViewInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "بيانات غير صالحة" };
  const { name, path, query } = parsed.data;
  try {
    const existing = await db.savedView.findUnique({ where: { name }, select: { id: true } });
    if (existing) return { ok: false, message: `الاسم «${name}» مستخدم لعرض آخر؛ اختر اسماً غيره` };
    await db.savedView.create({ data: { name, path, query } });
    revalidatePath("/views");
    return { ok: true, message: `حُفظ العرض «${name}»` };
  } catch (error) {
    console.error(error);
    return { ok: false, message: "تعذّر حفظ العرض في قاعدة البيانات" };
  }
}

export async function deleteView(formData: FormData): Promise<void> {
  const id = Number(formData.get("id"));
  if (!Number.isInteger(id) || id <= 0) return;
  if (!(await currentEditor())) return;
  await db.savedView.deleteMany({ where: { id } });
  revalidatePath("/views");
}
