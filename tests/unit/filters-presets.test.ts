import { describe, expect, it } from "vitest";
import { presetRange } from "@/lib/filters/presets";

const today = new Date("2026-12-01T10:00:00Z");

describe("date presets", () => {
  it("count back from the newest event when the data ends before today", () => {
    expect(presetRange(7, "2025-12-31", today)).toEqual({ from: "2025-12-25", to: "2025-12-31" });
    expect(presetRange(365, "2025-12-31", today)).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });
  it("count back from today when the data is current or unknown", () => {
    expect(presetRange(30, "2026-12-01", today)).toEqual({ from: "2026-11-02", to: "2026-12-01" });
    expect(presetRange(7, null, today)).toEqual({ from: "2026-11-25", to: "2026-12-01" });
  });
});
