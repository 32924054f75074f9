// The filter bar's date presets («آخر ٧ أيام»، «آخر ٣٠ يوماً»، «آخر سنة»). They count back from
// today, unless the data ends earlier: then from the newest event, so a preset on an archive never
// comes back empty just because nothing happened after the archive was made.
import { lastDays } from "./index";

export const DATE_PRESETS = [
  { days: 7, label: "آخر ٧ أيام" },
  { days: 30, label: "آخر ٣٠ يوماً" },
  { days: 365, label: "آخر سنة" },
] as const;

/** The day presets end on: today, or the data's last day when that is earlier. */
export function presetEnd(lastEvent: string | null | undefined, today = new Date()): Date {
  const t = today.toISOString().slice(0, 10);
  return lastEvent && lastEvent < t ? new Date(`${lastEvent}T00:00:00Z`) : today;
}

export function presetRange(days: number, lastEvent: string | null | undefined, today = new Date()) {
  return lastDays(days, presetEnd(lastEvent, today));
}
