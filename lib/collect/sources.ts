// Adding, pausing and removing sources: the writes of `npm run sources` and /sources, checked with
// zod at this edge. Messages are Arabic (the page shows them); the CLI prints them as they are.
import { z } from "zod";
import type { Db } from "../db/client";

/** "15m", "2h", "1d" or a number of minutes; at least 1 minute, at most 7 days. */
export function parseInterval(v: string): number | null {
  const m = v.trim().match(/^(\d+)\s*([mhd]?)$/i);
  if (!m) return null;
  const n = Number(m[1]) * ({ "": 1, m: 1, h: 60, d: 1440 } as Record<string, number>)[m[2].toLowerCase()];
  return n >= 1 && n <= 7 * 1440 ? n : null;
}

export const sourceInput = z.object({
  url: z
    .string()
    .trim()
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), "العنوان يجب أن يكون رابط http أو https"),
  name: z.string().trim().min(1, "اسم المصدر مطلوب").max(200, "الاسم أطول من 200 حرف"),
  outlet: z.string().trim().max(200).optional().transform((v) => v || null),
  language: z.string().trim().regex(/^[a-z]{2,3}$/, "رمز اللغة حرفان أو ثلاثة (ar)").default("ar"),
  every: z.string().default("15m").transform((v, ctx) => {
    const n = parseInterval(v);
    if (n === null) ctx.addIssue({ code: "custom", message: "الفاصل مثل 15m أو 2h أو 1d (من دقيقة إلى 7 أيام)" });
    return n ?? 15;
  }),
});

export type SourceInput = z.input<typeof sourceInput>;

export type WriteResult = { ok: true; id: number; message: string } | { ok: false; message: string };

export async function addSource(db: Db, input: SourceInput): Promise<WriteResult> {
  const parsed = sourceInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "بيانات غير صالحة" };
  const { url, name, outlet, language, every } = parsed.data;
  const existing = await db.source.findUnique({ where: { url }, select: { id: true, name: true } });
  if (existing) return { ok: false, message: `هذا الرابط مضاف من قبل باسم «${existing.name}»` };
  const created = await db.source.create({ data: { url, name, outlet: outlet ?? name, language, intervalMinutes: every }, select: { id: true } });
  return { ok: true, id: created.id, message: `أضيف المصدر «${name}»` };
}

export async function setPaused(db: Db, id: number, paused: boolean): Promise<WriteResult> {
  const found = await db.source.updateMany({ where: { id }, data: { paused } });
  return found.count ? { ok: true, id, message: paused ? "أوقف المصدر مؤقتاً" : "استؤنف المصدر" } : { ok: false, message: `لا مصدر بالرقم ${id}` };
}

/** Removes the source; the articles it brought stay (with their URL and outlet), and so do its
 * collected items, so adding it again fetches nothing twice. */
export async function removeSource(db: Db, id: number): Promise<WriteResult> {
  const found = await db.source.deleteMany({ where: { id } });
  return found.count ? { ok: true, id, message: "حُذف المصدر" } : { ok: false, message: `لا مصدر بالرقم ${id}` };
}
