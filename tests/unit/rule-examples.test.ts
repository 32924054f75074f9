// Every rule of the rule tables fires on its own example: the example is the rule's specification.
import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extract";
import { STATE_AS_PLACE_RULES } from "@/lib/extract/rules/actor-rules";
import { COUNT_RULES } from "@/lib/extract/rules/casualty-rules";
import { SITE_RULES } from "@/lib/extract/rules/site-rules";
import { TRIGGER_RULES } from "@/lib/extract/rules/trigger-rules";
import { knowledge } from "../helpers/knowledge";

const firedIn = (example: string) =>
  new Set((extract(`خبر\n\n${example}`, knowledge, { publishedAt: "2018-06-01", explain: true }).trace ?? []).map((t) => t.rule));

describe("trigger rules", () => {
  for (const rule of TRIGGER_RULES) {
    it(`${rule.id}: ${rule.example}`, () => {
      expect(firedIn(rule.example)).toContain(rule.id);
    });
  }
});

describe("site rules", () => {
  for (const rule of SITE_RULES) {
    it(`${rule.id}: ${rule.example}`, () => {
      expect(firedIn(rule.example)).toContain(rule.id);
    });
  }
});

describe("states named as places", () => {
  for (const rule of STATE_AS_PLACE_RULES) {
    it(`${rule.id}: ${rule.example}`, () => {
      expect(firedIn(rule.example)).toContain(rule.id);
    });
  }
  it("keeps a state that acts as an actor, and as a place where it is only named as one", () => {
    const r = extract("خبر\n\nدبي، الإمارات العربية المتحدة (CNN)-- قصفت تركيا مواقع في مدينة عفرين.", knowledge);
    expect(r.actors.map((a) => a.entry.nameAr)).toContain("تركيا");
    expect(r.actors.map((a) => a.entry.nameAr)).not.toContain("الإمارات");
    expect(r.places.map((p) => p.entry.countryCode)).toContain("AE");
  });
});

describe("casualty count rules", () => {
  for (const rule of COUNT_RULES) {
    it(`${rule.id}: ${rule.example} → ${rule.kind} ${rule.count ?? "uncounted"}`, () => {
      const trace = extract(`خبر\n\n${rule.example}`, knowledge, { publishedAt: "2018-06-01", explain: true }).trace ?? [];
      const effect = rule.effect === "veto" ? "veto" : `${rule.kind} ${rule.count ?? "uncounted"}`;
      expect(trace.filter((t) => t.stage === "casualty" && t.rule === rule.id).map((t) => t.effect)).toContain(effect);
    });
  }
});

describe("the tables", () => {
  it("give every rule a unique id, an example and a reason", () => {
    const ids = [...TRIGGER_RULES, ...SITE_RULES, ...STATE_AS_PLACE_RULES, ...COUNT_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of [...TRIGGER_RULES, ...SITE_RULES, ...STATE_AS_PLACE_RULES, ...COUNT_RULES]) {
      expect(r.example.length).toBeGreaterThan(10);
      expect(r.reason.length).toBeGreaterThan(10);
    }
  });
});
