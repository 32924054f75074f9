import { expect, it } from "vitest";
import { backoffMs } from "@/lib/jobs/backoff";

it("doubles the wait for each try, caps it, and adds at most 20% jitter", () => {
  const p = { baseMs: 1_000, maxMs: 30_000 };
  expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n, { ...p, random: 0 }))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  expect(backoffMs(3, { ...p, random: 1 })).toBe(4_800);
  expect(backoffMs(0, { ...p, random: 0 })).toBe(1_000);
});
