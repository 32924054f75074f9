// An event the extractor missed, added by an editor from a sentence of an article: a normal Event row
// (so the rollup triggers and every count see it) whose key starts with MANUAL_KEY_PREFIX, which
// ingestion keeps when it replaces an article's extracted events (lib/ingest/persist.ts). The sentence
// is its evidence (an EventSource with the span); a "confirmed" record names the editor who added it.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client";
import type { CorrectResult } from "./correct";
import { fieldValue, subTypeFits } from "./fields";
import { reapplyCorrections } from "./reapply";

export const MANUAL_KEY_PREFIX = "manual:";
export const isManualKey = (key: string) => key.startsWith(MANUAL_KEY_PREFIX);

export const missedEvent = z.object({
  start: z.number().int().min(0),
  end: z.number().int().positive(),
  type: fieldValue.type as z.ZodType<string>,
  subType: fieldValue.subType as z.ZodType<string>,
  placeId: fieldValue.placeId as z.ZodType<number | null>,
  date: fieldValue.date as z.ZodType<string | null>,
  datePrecision: (fieldValue.datePrecision as z.ZodType<number | null>).default(1),
  fatalities: (fieldValue.fatalities as z.ZodType<number | null>).default(null),
  injured: (fieldValue.injured as z.ZodType<number | null>).default(null),
}).strict();
export type MissedEvent = z.infer<typeof missedEvent>;

export type AddResult = { ok: true; eventId: number } | Extract<CorrectResult, { ok: false }>;

export async function addMissedEvent(db: Db, articleId: number, input: unknown, author: string): Promise<AddResult> {
  const parsed = missedEvent.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, error: `حدث غير صالح: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message ?? ""}` };
  const e = parsed.data;
  if (!subTypeFits(e.type, e.subType)) return { ok: false, status: 400, error: "النوع الفرعي لا يتبع هذا النوع." };
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { body: true } });
    if (!article) return { ok: false as const, status: 404 as const, error: "المقال غير موجود." };
    const sentence = article.body.slice(e.start, e.end);
    if (e.end > article.body.length || e.end <= e.start || !sentence.trim()) return { ok: false as const, status: 400 as const, error: "الجملة خارج نص المقال." };
    const place = e.placeId === null ? null : await tx.place.findUnique({ where: { id: e.placeId } });
    if (e.placeId !== null && !place) return { ok: false as const, status: 400 as const, error: "المكان غير موجود في المعجم." };
    const key = `${MANUAL_KEY_PREFIX}${randomUUID()}`;
    const event = await tx.event.create({
      data: {
        key, type: e.type, subType: e.subType, date: e.date ? new Date(`${e.date}T00:00:00.000Z`) : null, datePrecision: e.date ? e.datePrecision : null,
        placeId: place?.id ?? null, admin1: place?.admin1 ?? null, lat: place?.lat ?? null, lon: place?.lon ?? null, geoPrecision: place?.geoPrecision ?? 3,
        fatalities: e.fatalities, injured: e.injured, confidence: 1, evidence: sentence,
        sources: { create: { articleId, sentence, start: e.start, end: e.end } },
      },
      select: { id: true },
    });
    await tx.correction.create({ data: { eventKey: key, field: "status", before: JSON.stringify("unreviewed"), after: JSON.stringify("confirmed"), reason: "manual", author } });
    await reapplyCorrections(tx, [key]);
    return { ok: true as const, eventId: event.id };
  });
}
