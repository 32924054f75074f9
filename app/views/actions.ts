"use server";
// The writes of saved views, validated with zod at this edge. A name is unique: saving under an
// existing name replaces that view's filters (the analyst's "update"), which the answer says.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { savedViewInput } from "@/lib/filters/saved-view";

export interface SaveResult {
  ok: boolean;
  message: string;
}

export async function saveView(input: { name: string; path: string; query: string }): Promise<SaveResult> {
  const parsed = savedViewInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "بيانات غير صالحة" };
  const { name, path, query } = parsed.data;
  try {
    const existing = await db.savedView.findUnique({ where: { name }, select: { id: true } });
    await db.savedView.upsert({ where: { name }, create: { name, path, query }, update: { path, query } });
    revalidatePath("/views");
    return { ok: true, message: existing ? `حُدّث العرض «${name}»` : `حُفظ العرض «${name}»` };
  } catch (error) {
    console.error(error);
    return { ok: false, message: "تعذّر حفظ العرض في قاعدة البيانات" };
  }
}

export async function deleteView(formData: FormData): Promise<void> {
  const id = Number(formData.get("id"));
  if (!Number.isInteger(id) || id <= 0) return;
  await db.savedView.deleteMany({ where: { id } });
  revalidatePath("/views");
}
