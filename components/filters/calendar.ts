// Plain calendar arithmetic for the date picker (UTC days as YYYY-MM-DD), no DOM: unit-tested.
// Weeks start on Saturday, as Syrian calendars print them.

export const WEEK_START = 6; // Saturday (0 = Sunday)

/** A real calendar day written YYYY-MM-DD: the URL filters' own check. */
export { isDay as isIsoDay } from "@/lib/filters/coerce";

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The same day n months later, clamped to the month's last day (31 Jan + 1 month = 29 Feb 2020). */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** The weeks of the month holding `day`, each seven cells, null outside the month. */
export function monthGrid(day: string): (string | null)[][] {
  const [y, m] = day.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() - WEEK_START + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}
