// The place and actor fields an analyst can correct, each with the zod check its new value must pass
// (references to other entities arrive as ids and are stored as keys, which survive re-extraction).
import { z } from "zod";
import { GOVERNORATE_BY_CODE } from "../extract/lexicon/governorates";
import { ACTOR_KIND_LABELS, PLACE_KIND_LABELS } from "../format";

export { parseAliases } from "../data/aliases";

export type TargetKind = "place" | "actor";

export const PLACE_FIELDS = ["lat", "lon", "admin1", "kind", "nameAr", "mergeInto"] as const;
export const ACTOR_FIELDS = ["kind", "aliases", "affiliation", "mergeInto"] as const;
export type PlaceField = (typeof PLACE_FIELDS)[number];
export type ActorField = (typeof ACTOR_FIELDS)[number];
export type EntityField = PlaceField | ActorField;

export const entityFieldLabel: Record<EntityField, string> = {
  lat: "خط العرض", lon: "خط الطول", admin1: "المحافظة", kind: "النوع", nameAr: "الاسم العربي",
  mergeInto: "دمج في", aliases: "الأسماء الأخرى", affiliation: "يتبع",
};

const name = z.string().trim().min(1, "اسم فارغ").max(200);
const ref = z.number().int().positive().nullable();
export const entityFieldValue: Record<TargetKind, Partial<Record<EntityField, z.ZodType>>> = {
  place: {
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    admin1: z.string().refine((c) => GOVERNORATE_BY_CODE.has(c), "محافظة غير معروفة").nullable(),
    kind: z.string().refine((k) => k in PLACE_KIND_LABELS, "نوع مكان غير معروف"),
    nameAr: name,
    mergeInto: ref,
  },
  actor: {
    kind: z.string().refine((k) => k in ACTOR_KIND_LABELS, "نوع فاعل غير معروف"),
    aliases: z.array(name).max(200),
    affiliation: ref,
    mergeInto: ref,
  },
};

/** The fields that name another entity (an id in the request, its key in the record). */
export const REFERENCE_FIELDS: readonly EntityField[] = ["mergeInto", "affiliation"];

/** The effective value of each corrected field: the last record's `after` wins (reverts are records too). */
export function foldEntity(corrections: { field: string; after: string }[]): Partial<Record<EntityField, unknown>> {
  const values: Partial<Record<EntityField, unknown>> = {};
  for (const c of corrections) values[c.field as EntityField] = JSON.parse(c.after);
  return values;
}
