// The checks and the fold of place and actor corrections (lib/review/entity-fields.ts).
import { describe, expect, it } from "vitest";
import { entityFieldValue, foldEntity } from "@/lib/review/entity-fields";

describe("entity correction fields", () => {
  it("accepts the shared vocabularies only", () => {
    const place = entityFieldValue.place;
    expect(place.admin1!.safeParse("SY-HA").success).toBe(true);
    expect(place.admin1!.safeParse("SY-XX").success).toBe(false);
    expect(place.admin1!.safeParse(null).success).toBe(true);
    expect(place.kind!.safeParse("village").success).toBe(true);
    expect(place.kind!.safeParse("planet").success).toBe(false);
    expect(place.lat!.safeParse(91).success).toBe(false);
    expect(place.nameAr!.safeParse("  ").success).toBe(false);
    expect(entityFieldValue.actor.kind!.safeParse("armed_group").success).toBe(true);
    expect(entityFieldValue.actor.aliases!.safeParse(["أ", ""]).success).toBe(false);
    expect(entityFieldValue.place.aliases).toBeUndefined();
  });

  it("folds records in order: the last one of a field wins, a revert included", () => {
    const records = [
      { field: "admin1", after: '"SY-HA"' },
      { field: "lat", after: "36.5" },
      { field: "admin1", after: '"SY-ID"' },
      { field: "mergeInto", after: '"geonames:1"' },
      { field: "mergeInto", after: "null" },
    ];
    expect(foldEntity(records)).toEqual({ admin1: "SY-ID", lat: 36.5, mergeInto: null });
  });
});
