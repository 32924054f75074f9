// The event fields an analyst can correct, each with the zod check its new value must pass, and the
// fold that turns the extracted values plus the corrections (in order) into the effective values.
import { z } from "zod";
import { EVENT_ACTOR_ROLES, SUB_TYPES_BY_TYPE, TYPE_BY_ACLED } from "../event-types";

export const CORRECTABLE = ["type", "subType", "date", "datePrecision", "placeId", "fatalities", "injured"] as const;
export type CorrectableField = (typeof CORRECTABLE)[number];
/** The status a "status" correction sets; "corrected" is never set, it follows from edited fields. */
export const SET_STATUSES = ["unreviewed", "confirmed", "rejected"] as const;

/** One actor of an event with its role; an "actors" correction sets the whole list. */
export interface ActorLink { actorId: number; role: string }
/** Fields whose correction is not a plain column: the actor list, and the merge into another event. */
export type EditedField = CorrectableField | "actors";

export const fieldLabel: Record<CorrectableField | "status" | "actors" | "mergedInto", string> = {
  type: "النوع", subType: "النوع الفرعي", date: "التاريخ", datePrecision: "دقة التاريخ", placeId: "المكان",
  fatalities: "القتلى", injured: "الجرحى", status: "حالة المراجعة", actors: "الفاعلون", mergedInto: "دمج في حدث",
};

const count = z.number().int().min(0).max(1_000_000).nullable();
export const fieldValue: Record<CorrectableField | "status" | "actors", z.ZodType> = {
  type: z.string().refine((t) => TYPE_BY_ACLED.has(t), "نوع حدث غير معروف"),
  subType: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "التاريخ بالصيغة YYYY-MM-DD").nullable(),
  datePrecision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  placeId: z.number().int().positive().nullable(),
  fatalities: count,
  injured: count,
  status: z.enum(SET_STATUSES),
  actors: z.array(z.object({ actorId: z.number().int().positive(), role: z.enum(EVENT_ACTOR_ROLES) }).strict()).max(50)
    .refine((l) => new Set(l.map((a) => `${a.actorId}|${a.role}`)).size === l.length, "فاعل مكرر بالدور نفسه"),
};

/** The canonical order of an actor list (so two lists compare by their JSON). */
export const sortLinks = (l: ActorLink[]) =>
  [...l].map((a) => ({ actorId: a.actorId, role: a.role })).sort((a, b) => a.actorId - b.actorId || a.role.localeCompare(b.role));

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
  editedFields: EditedField[];
  /** The effective actor list once an "actors" correction exists; null leaves the extracted rows as they are. */
  actors: ActorLink[] | null;
  /** The key of the event this one is merged into (a duplicate), or null. */
  mergedInto: string | null;
  /** Every event key this one was ever merged into and no longer is (their copied sources go). */
  unmergedFrom: string[];
}

/** Extracted values + corrections in order → effective values, status and the fields that differ. */
export function fold(extracted: EventValues, corrections: CorrectionLike[], extractedActors: ActorLink[] = []): Folded {
  const values: EventValues = { ...extracted };
  let explicit: (typeof SET_STATUSES)[number] = "unreviewed";
  let reviewedBy: string | null = null;
  let actors: ActorLink[] | null = null;
  let mergedInto: string | null = null;
  const mergeTargets = new Set<string>();
  for (const c of corrections) {
    const after = JSON.parse(c.after);
    if (c.field === "status") explicit = after;
    else if (c.field === "actors") actors = sortLinks(after);
    else if (c.field === "mergedInto") {
      mergedInto = after;
      if (after) mergeTargets.add(after);
    } else if ((CORRECTABLE as readonly string[]).includes(c.field)) (values as unknown as Record<string, unknown>)[c.field] = after;
    reviewedBy = c.author;
  }
  const editedFields: EditedField[] = CORRECTABLE.filter((f) => values[f] !== extracted[f]);
  if (actors && JSON.stringify(actors) !== JSON.stringify(sortLinks(extractedActors))) editedFields.push("actors");
  // A duplicate merged into another event is rejected (it leaves every count) for as long as the merge stands.
  const status = explicit === "rejected" || mergedInto ? "rejected" : editedFields.length ? "corrected" : explicit;
  const unmergedFrom = [...mergeTargets].filter((k) => k !== mergedInto);
  return { values, status, reviewedBy: status === "unreviewed" ? null : reviewedBy, editedFields, actors, mergedInto, unmergedFrom };
}

/** A sub-type that belongs to the type (after a type change, the sub-type must follow). */
export const subTypeFits = (type: string, subType: string) => SUB_TYPES_BY_TYPE[type]?.includes(subType) ?? false;
