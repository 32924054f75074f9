import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fold } from "@/lib/extract/normalize";
import { buildContext } from "@/lib/extract/context";
import { findActorMentions } from "@/lib/extract/actors";
import { findPlaceMentions } from "@/lib/extract/places";
import { NAME_EVIDENCE } from "@/lib/extract/lexicon/name-evidence";
import { extract } from "@/lib/extract";
import { knowledge, run } from "../helpers/knowledge";

const placeSurfaces = (text: string) => run(text).places.flatMap((p) => p.mentions.map((m) => m.surface));
const actorSurfaces = (text: string) => run(text).actors.flatMap((a) => a.mentions.map((m) => m.surface));
const hasPlace = (text: string, name: string) => placeSurfaces(text).some((s) => fold(s).endsWith(fold(name)));
/** The rules that kept each mention of `name` in `text`. */
function evidenceAt(text: string, name: string, applies: string): string[] {
  const ctx = buildContext(text);
  const mentions = applies === "actor" ? findActorMentions(ctx, knowledge) : findPlaceMentions(ctx, knowledge, () => false);
  return mentions.filter((m) => fold(m.span.surface).endsWith(fold(name))).flatMap((m) => m.evidence ?? []);
}

describe("common-word names need evidence (lexicon/name-evidence.ts)", () => {
  it("the committed list marks the trap words and not the plain names", () => {
    for (const w of ["كيف", "اب", "سنه", "وان", "دوما", "كسب", "تدمر"]) expect(knowledge.commonPlaceNames.has(w), w).toBe(true);
    for (const w of ["الجيش", "الحزب", "الشرع", "المعلم", "النمر", "العربيه"]) expect(knowledge.commonActorNames.has(w), w).toBe(true);
    for (const w of ["ادلب", "عفرين", "القامشلي", "منبج", "حلب", "دمشق", "سوريا", "تركيا"]) expect(knowledge.commonPlaceNames.has(w), w).toBe(false);
  });

  for (const rule of NAME_EVIDENCE) {
    it(`${rule.id}: its example keeps ${rule.name} by this rule`, () => {
      expect(evidenceAt(rule.example, rule.name, rule.applies), rule.example).toContain(rule.id);
    });
  }

  it("general prose with the trap words gives no place and no actor", () => {
    const text = readFileSync("tests/fixtures/general/prose.txt", "utf8");
    for (const paragraph of text.split("\n").filter(Boolean)) {
      const r = run(paragraph);
      expect(r.places.map((p) => p.entry.nameAr), paragraph).toEqual([]);
      expect(r.actors.filter((a) => a.entry.origin === "kb").map((a) => a.entry.nameAr), paragraph).toEqual([]);
    }
  });

  it("each trap word in a neutral sentence gives nothing", () => {
    for (const s of ["لا أعرف كيف حدث ذلك.", "يبدأ العام الدراسي في آب.", "مرت سنة على الافتتاح.", "وأن النتيجة كانت مرضية.",
      "سيبقى دوما صديقا وفيا.", "كسب الفريق الرهان.", "الحزب يعقد مؤتمره.", "العربية لغة جميلة."]) {
      expect(placeSurfaces(s), s).toEqual([]);
    }
  });

  it("the same words with a cue still give the place", () => {
    expect(hasPlace("قصفت الطائرات مدينة دوما.", "دوما")).toBe(true);
    expect(hasPlace("اندلعت اشتباكات في كسب.", "كسب")).toBe(true);
    expect(hasPlace("وصل الوفد إلى مدينة وان التركية.", "وان")).toBe(true);
    expect(hasPlace("سيطرت القوات على تدمر شرق حمص.", "تدمر")).toBe(true);
  });

  it("a preposition counts only where the name ends its phrase; a time word after it still ends it", () => {
    for (const s of ["يعمل في مصنع من كسوة الكعبة.", "يحلم الشاب بكسب المال.", "حصل الفريق على كسب كبير.", "اعتمد المزارعون على المزرعة في كسب رزقهم."]) {
      expect(placeSurfaces(s), s).toEqual([]);
    }
    expect(hasPlace("قصف مدفعي على تدمر اليوم.", "تدمر")).toBe(true);
  });

  it("a written tanwin is never a name", () => {
    expect(placeSurfaces("قصفت الطائرات مدينة دوما. ويبقى دوماً الأمل.").filter((s) => s.includes("دوم"))).toHaveLength(1);
  });

  it("a weak alias stands for the actor named in full, not for the noun", () => {
    expect(actorSurfaces("درس الطلاب أحكام الشرع.")).toEqual([]);
    // Dated 2025: al-Sharaa is president then (lib/extract/periods.ts reads the title by the date).
    const r = extract("قال الرئيس أحمد الشرع إن الحكومة ماضية. وأضاف الشرع أن الانتخابات قريبة.", knowledge, { publishedAt: "2025-05-01" });
    expect(r.actors.flatMap((a) => a.mentions.map((m) => m.surface))).toEqual(expect.arrayContaining(["الرئيس أحمد الشرع", "الشرع"]));
  });
});
