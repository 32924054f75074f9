import { describe, expect, it } from "vitest";
import { actorNames, run } from "../helpers/knowledge";

describe("actor mentions", () => {
  it("finds knowledge-base actors by acronym and alias", () => {
    expect(actorNames("شنت قسد حملة اعتقالات بدعم من التحالف الدولي.")).toEqual(expect.arrayContaining(["قوات سوريا الديمقراطية"]));
  });

  it("finds a person the knowledge base lacks by title and follows the surname alone", () => {
    const r = run("وقال القيادي في الفصيل سامر الحمصاني إن الهجوم فشل. وأضاف الحمصاني أن المعارك مستمرة.");
    const p = r.actors.find((a) => a.entry.nameAr === "سامر الحمصاني");
    expect(p?.entry.kind).toBe("person");
    expect(p?.mentions.length).toBe(2);
  });

  it("finds armed groups by the word that heads their name", () => {
    expect(actorNames("قتل عناصر من لواء صقور الجبل في الاشتباكات.")).toContain("لواء صقور الجبل");
  });

  it("reads a state through its adjective after a governing noun", () => {
    expect(actorNames("وأعلنت الحكومة التركية دعمها.")).toContain("تركيا");
  });

  it("does not take bylines for actors", () => {
    expect(actorNames("Editing: سامر الحمصاني |\nقال مصدر إن القصف مستمر.")).not.toContain("سامر الحمصاني");
  });

  it("does not read the preposition على as the name علي", () => {
    expect(actorNames("قتل قائد على يد مجهولين في درعا.").some((n) => n.startsWith("على"))).toBe(false);
  });
});
