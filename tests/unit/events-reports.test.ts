// How real reports word events: a later reference to an attack, a place located in a mountain
// region, a governorate counted next to a town inside it, evacuation deals.
import { describe, expect, it } from "vitest";
import { eventsOf } from "../helpers/knowledge";

describe("events as reports word them", () => {
  it("reads «الهجوم على X» after the attack is reported as that attack, not a second event", () => {
    const text = "خبر\n\nقُتل سبعة مدنيين إثر قصف مدفعي استهدف مستشفى في بلدة الأتارب.\nوقال المنسق إن الهجوم على مستشفى الأتارب انتهاك صارخ.";
    expect(eventsOf(text)).toEqual(["Explosions/Remote violence@الأتارب"]);
  });

  it("locates a town in the mountain named after it, with no event in the mountain", () => {
    expect(eventsOf("خبر\n\nقصفت قوات النظام صباح اليوم بلدة البارة في جبل الزاوية بعدة قذائف مدفعية.")).toEqual(["Explosions/Remote violence@البارة"]);
  });

  it("counts a clash once when the governorate and a town inside it are both named", () => {
    const text = "خبر\n\nلقي اثنان من قادة الجيش مصرعهما في المعارك الدائرة بمحافظة درعا.\nوتدور اشتباكات عنيفة في محيط بلدة طفس بين قوات النظام والفصائل.";
    expect(eventsOf(text)).toEqual(["Battles@طفس"]);
  });

  it("reads an evacuation deal as a transfer of territory at the towns evacuated", () => {
    expect(eventsOf("خبر\n\nانتهت الخميس عملية إجلاء سكان بلدتي الفوعة وكفريا في ريف إدلب.")).toEqual([
      "Strategic developments@الفوعة", "Strategic developments@كفريا",
    ]);
  });
});

describe("names the gazetteer lacks", () => {
  it("takes no time word or indefinite noun into a new name, and no known name's first word as a cue", async () => {
    const { run } = await import("../helpers/knowledge");
    const names = run("خبر\n\nخلال الهجمات التي شنتها تل أبيب فجر الخميس على مواقع في الجولان التي تحتل تل أبيب قطاعاً كبيراً منها.").places.map((p) => p.entry.nameAr);
    expect(names.some((n) => n.includes("فجر") || n.includes("قطاع"))).toBe(false);
  });
});
