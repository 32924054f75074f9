import { describe, expect, it } from "vitest";
import { actorNames, placeNames } from "../helpers/knowledge";

describe("a place inside an actor's name", () => {
  it("counts after «في» in a local body's name", () => {
    const s = "وقال عضو اللجنة المركزية في درعا البلد إن الاتفاق صامد.";
    expect(actorNames(s)).toContain("اللجنة المركزية في درعا");
    expect(placeNames(s)).toContain("درعا البلد");
    expect(placeNames("وأعلن المجلس العسكري في السويداء النفير العام.")).toContain("السويداء");
  });

  it("does not count a country that is part of the name", () => {
    expect(placeNames("وقُتل أربعة من عناصر الدولة الإسلامية في العراق والشام في دير الزور.")).not.toContain("العراق");
  });

  it("does not count a place written into the name without «في»", () => {
    expect(placeNames("وقال مجلس الرقة المدني إن المساعدات وصلت.")).not.toContain("الرقة");
  });
});
