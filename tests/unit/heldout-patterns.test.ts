// General patterns found by studying held-out misses: each with its own sentence.
import { describe, expect, it } from "vitest";
import { knowledge, run } from "../helpers/knowledge";

function events(text: string): string[] {
  const r = run(text);
  return r.events.map((e) => `${e.type}@${(r.places.find((p) => p.entry.key === e.placeKey)?.entry ?? knowledge.placeByKey.get(e.placeKey))?.nameAr ?? e.placeSurface}`);
}
const at = (text: string) => events(text).map((e) => e.split("@")[1]);

describe("place names", () => {
  it("names a supplement entry written with its cue word without the cue (حي عكرمة → عكرمة)", () => {
    const r = run("سقطت قذيفة هاون على حي عكرمة في مدينة حمص مساء أمس.");
    expect(r.places.map((p) => p.entry.nameAr)).toContain("عكرمة");
    expect(at("سقطت قذيفة هاون على حي عكرمة في مدينة حمص مساء أمس.")).toContain("عكرمة");
  });
});
