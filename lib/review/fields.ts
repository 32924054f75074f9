// The event fields an analyst can correct, each with the zod check its new value must pass, and the
// fold that turns the extracted values plus the corrections (in order) into the effective values.
import { z } from "zod";
import { SUB_TYPES_BY_TYPE, TYPE_BY_ACLED } from "../event-types";

export const CORRECTABLE = ["type", "subType", "date", "datePrecision", "placeId", "fatalities", "injured"] as const;
export type CorrectableField = (typeof CORRECTABLE)[number];
/** The status a "status" correction sets; "corrected" is never set, it follows from edited fields. */
export const SET_STATUSES = ["unreviewed", "confirmed", "rejected"] as const;

export const fieldLabel: Record<CorrectableField | "status", string> = {
  type: "النوع", subType: "النوع الفرعي", date: "التاريخ", datePrecision: "دقة التاريخ", placeId: "المكان",
  fatalities: "القتلى", injured: "الجرحى", status: "حالة المراجعة",
};

const count = z.number().int().min(0).max(1_000_000).nullable();
export const fieldValue: Record<CorrectableField | "status", z.ZodType> = {
  type: z.string().refine((t) => TYPE_BY_ACLED.has(t), "نوع حدث غير معروف"),
  subType: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "التاريخ بالصيغة YYYY-MM-DD").nullable(),
  datePrecision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  placeId: z.number().int().positive().nullable(),
  fatalities: count,
  injured: count,
  status: z.enum(SET_STATUSES),
};

/** The values corrections act on (placeId brings admin1/lat/lon/geoPrecision with it, see reapply). */
export interface EventValues {
  type: string;
  subType: string;
  date: string | null;
  datePrecision: number | null;
  placeId: number | null;
  fatalities: number | null;
  injured: number | null;
}

export interface CorrectionLike {
  field: string;
  after: string;
  author: string;
  reason: string;
}

export interface Folded {
  values: EventValues;
  status: "unreviewed" | "confirmed" | "corrected" | "rejected";
  reviewedBy: string | null;
  editedFields: CorrectableField[];
}

/** Extracted values + corrections in order → effective values, status and the fields that differ. */
export function fold(extracted: EventValues, corrections: CorrectionLike[]): Folded {
  const values: EventValues = { ...extracted };
  let explicit: (typeof SET_STATUSES)[number] = "unreviewed";
  let reviewedBy: string | null = null;
  for (const c of corrections) {
    const after = JSON.parse(c.after);
    if (c.field === "status") explicit = after;
    else if ((CORRECTABLE as readonly string[]).includes(c.field)) (values as unknown as Record<string, unknown>)[c.field] = after;
    reviewedBy = c.author;
  }
  const editedFields = CORRECTABLE.filter((f) => values[f] !== extracted[f]);
  const status = explicit === "rejected" ? "rejected" : editedFields.length ? "corrected" : explicit;
  return { values, status, reviewedBy: status === "unreviewed" ? null : reviewedBy, editedFields };
}

/** A sub-type that belongs to the type (after a type change, the sub-type must follow). */
export const subTypeFits = (type: string, subType: string) => SUB_TYPES_BY_TYPE[type]?.includes(subType) ?? false;
