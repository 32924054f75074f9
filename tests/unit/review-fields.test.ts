// The fold of corrections onto extracted values: last write wins in order, a revert (a record that
// sets the old value back) clears the edit, "corrected" follows from edited fields, rejected wins.
import { describe, expect, it } from "vitest";
import { fold, subTypeFits, type EventValues } from "@/lib/review/fields";

const extracted: EventValues = { type: "Battles", subType: "Armed clash", date: "2019-05-04", datePrecision: 1, placeId: 3, fatalities: 0, injured: null };
const c = (field: string, after: unknown, author = "a@x") => ({ field, after: JSON.stringify(after), author, reason: "" });

describe("fold", () => {
  it("applies corrections in order and names the edited fields", () => {
    const f = fold(extracted, [c("fatalities", 100), c("fatalities", 12, "b@x"), c("placeId", 9)]);
    expect(f.values).toMatchObject({ fatalities: 12, placeId: 9 });
    expect(f).toMatchObject({ status: "corrected", reviewedBy: "a@x", editedFields: ["placeId", "fatalities"] });
  });
  it("a value set back to the extracted one is no edit; a confirmation stays", () => {
    expect(fold(extracted, [c("fatalities", 5), c("fatalities", 0)])).toMatchObject({ status: "unreviewed", reviewedBy: null, editedFields: [] });
    expect(fold(extracted, [c("status", "confirmed"), c("fatalities", 5), c("fatalities", 0)])).toMatchObject({ status: "confirmed", editedFields: [] });
  });
  it("rejected wins over edits until a later status record changes it", () => {
    expect(fold(extracted, [c("fatalities", 5), c("status", "rejected")]).status).toBe("rejected");
    expect(fold(extracted, [c("status", "rejected"), c("status", "unreviewed"), c("fatalities", 5)]).status).toBe("corrected");
  });
  it("checks that a sub-type belongs to its type", () => {
    expect(subTypeFits("Explosions/Remote violence", "Air/drone strike")).toBe(true);
    expect(subTypeFits("Protests", "Air/drone strike")).toBe(false);
  });
  it("an actor list replaces the extracted one, in canonical order, and is an edit only when it differs", () => {
    const ex = [{ actorId: 2, role: "actor1" }, { actorId: 5, role: "actor2" }];
    const f = fold(extracted, [c("actors", [{ actorId: 7, role: "associated" }, { actorId: 2, role: "actor1" }])], ex);
    expect(f).toMatchObject({ status: "corrected", editedFields: ["actors"], actors: [{ actorId: 2, role: "actor1" }, { actorId: 7, role: "associated" }] });
    expect(fold(extracted, [c("actors", [...ex].reverse())], ex)).toMatchObject({ status: "unreviewed", editedFields: [], actors: ex });
    expect(fold(extracted, [], ex).actors).toBeNull();
  });
  it("a merge rejects the duplicate while it stands; once reverted, the target is listed to unmerge", () => {
    expect(fold(extracted, [c("mergedInto", "key-a")])).toMatchObject({ status: "rejected", mergedInto: "key-a", unmergedFrom: [] });
    expect(fold(extracted, [c("mergedInto", "key-a"), c("mergedInto", null)])).toMatchObject({ status: "unreviewed", reviewedBy: null, mergedInto: null, unmergedFrom: ["key-a"] });
  });
});
