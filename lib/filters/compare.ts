// What /compare compares, read from its URL: two governorates (a, b), two periods (afrom–ato against
// bfrom–bto) or two actors (a, b as actor ids). A missing or malformed side falls back to a default
// the page picks from the data, so a hand-edited URL still shows a comparison.
import "../zod-config";
import { z } from "zod";
import { GOVERNORATE_BY_CODE } from "../extract/lexicon/governorates";
import { isDay } from "./coerce";

export const COMPARE_MODES = ["gov", "period", "actor"] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export interface PeriodSide {
  from: string;
  to: string;
}

export type CompareSides =
  | { mode: "gov"; a: string; b: string }
  | { mode: "period"; a: PeriodSide | null; b: PeriodSide | null }
  | { mode: "actor"; a: number | null; b: number | null };

type Raw = Record<string, string | string[] | undefined>;
const first = (raw: Raw, k: string) => [raw[k]].flat()[0];
const day = z.string().refine(isDay);
const gov = z.string().refine((c) => GOVERNORATE_BY_CODE.has(c));
const actorId = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(z.number().max(2 ** 31 - 1));

function period(raw: Raw, side: "a" | "b"): PeriodSide | null {
  const from = day.safeParse(first(raw, `${side}from`));
  const to = day.safeParse(first(raw, `${side}to`));
  if (!from.success || !to.success) return null;
  return from.data <= to.data ? { from: from.data, to: to.data } : { from: to.data, to: from.data };
}

export function parseCompare(raw: Raw): CompareSides {
  const mode = z.enum(COMPARE_MODES).catch("gov").parse(first(raw, "by"));
  if (mode === "period") return { mode, a: period(raw, "a"), b: period(raw, "b") };
  if (mode === "actor") {
    const id = (k: string) => { const r = actorId.safeParse(first(raw, k)); return r.success ? r.data : null; };
    return { mode, a: id("a"), b: id("b") };
  }
  return { mode, a: gov.catch("SY-ID").parse(first(raw, "a")), b: gov.catch("SY-HL").parse(first(raw, "b")) };
}

const shift = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Default periods: the last 365 days of the data against the 365 before them. */
export function defaultPeriods(last: string): { a: PeriodSide; b: PeriodSide } {
  const bFrom = shift(last, -364);
  return { a: { from: shift(bFrom, -365), to: shift(bFrom, -1) }, b: { from: bFrom, to: last } };
}
