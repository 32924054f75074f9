// Days → buckets of a day, a week or a month, chosen by the span so a chart has between a few and
// a couple of hundred bars. Pure, so it is tested on its own and shared by the data layer.
import type { TimeUnit } from "./api-types";

const DAY = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The day `n` days after `day` (before, when negative), YYYY-MM-DD. */
export const addDays = (day: string, n: number) => toDay(parse(day) + n * DAY);

export function unitFor(first: string, last: string): TimeUnit {
  const days = (parse(last) - parse(first)) / DAY + 1;
  if (days <= 120) return "day";
  if (days <= 3 * 366) return "week";
  return "month";
}

/** The first day of the bucket holding `day` (weeks start on Monday, as ISO 8601). */
export function bucketStart(day: string, unit: TimeUnit): string {
  if (unit === "day") return day;
  if (unit === "month") return `${day.slice(0, 7)}-01`;
  const ms = parse(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return toDay(ms - weekday * DAY);
}

export function nextBucket(start: string, unit: TimeUnit): string {
  if (unit === "day") return toDay(parse(start) + DAY);
  if (unit === "week") return toDay(parse(start) + 7 * DAY);
  const d = new Date(parse(start));
  return toDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** Every bucket start from the bucket of `first` to that of `last`, so empty periods show as gaps. */
export function bucketRange(first: string, last: string, unit: TimeUnit): string[] {
  const out: string[] = [];
  const end = bucketStart(last, unit);
  for (let b = bucketStart(first, unit); b <= end; b = nextBucket(b, unit)) out.push(b);
  return out;
}

/** The last day of the bucket that starts at `start`. */
export const bucketEnd = (start: string, unit: TimeUnit) => toDay(parse(nextBucket(start, unit)) - DAY);
