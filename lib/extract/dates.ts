// Dates: the article's own publication date (from what the page says about itself) and the dates of
// the events it reports (explicit, or relative to publication: اليوم، أمس، السبت الماضي، منذ أيام).
// A date the article only refers to (a 2018 memorandum) is never taken as its publication date.
import { fold } from "./normalize";
import { MONTHS, PUBLICATION_LABELS, WEEKDAYS } from "./lexicon/dates";
import { looksLikeTicker } from "./segment";
import type { Span } from "./types";

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
const MONTH_BY_FOLDED = new Map(Object.entries(MONTHS).map(([k, v]) => [fold(k), v]));
const WEEKDAY_BY_FOLDED = new Map(Object.entries(WEEKDAYS).map(([k, v]) => [fold(k), v]));
const monthAlt = MONTH_NAMES.map((m) => fold(m).replace(/ /g, "\\s+")).join("|");
const weekdayAlt = Object.keys(WEEKDAYS).map(fold).join("|");

// In folded text (digits are ASCII, hamza forms folded).
const NUMERIC = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)|(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
// "12 أيار 2019", "12 أيار/مايو 2019", "23 نوفمبر تشرين الثاني 2017" (two calendars side by side),
// "27 - مايو - 2019".
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:[-–]\\s*)?(?:من\\s+)?(?:شهر\\s+)?(${monthAlt})(?:\\s*[/(（-]?\\s*(?:${monthAlt})\\s*\\)?)?(?:\\s*[-–]?\\s*[,،]?\\s*(?:عام|سنه)?\\s*(\\d{4}))?`, "g");
const MONTH_DAY_YEAR = new RegExp(`(${monthAlt})\\s+(\\d{1,2})\\s*[,،]\\s*(\\d{4})`, "g");
const WEEKDAY_NEAR = new RegExp(`(?:يوم\\s+)?(?:ال)?(${weekdayAlt.replace(/ال/g, "")})\\s*[,،]?\\s*$`);

export interface DateCandidate {
  iso: string | null;
  year: number | null;
  month: number;
  day: number;
  weekday: number | null;
  /** folded offsets */
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const DAY_MS = 86400000;
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function valid(y: number, m: number, d: number) {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function weekdayBefore(folded: string, pos: number): number | null {
  const m = folded.slice(Math.max(0, pos - 20), pos).match(WEEKDAY_NEAR);
  return m ? WEEKDAY_BY_FOLDED.get("ال" + m[1]) ?? WEEKDAY_BY_FOLDED.get(m[1]) ?? null : null;
}

/** Every date written in the (folded) text. */
export function findDates(folded: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of folded.matchAll(NUMERIC)) {
    const [y, mo, d] = m[1] ? [+m[1], +m[2], +m[3]] : [+m[6], +m[5], +m[4]];
    if (valid(y, mo, d)) out.push({ iso: isoDate(y, mo, d), year: y, month: mo, day: d, weekday: weekdayBefore(folded, m.index!), start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of folded.matchAll(DAY_MONTH_YEAR)) {
    const mo = MONTH_BY_FOLDED.get(m[2].replace(/\s+/g, " "))!;
    const d = +m[1];
    const y = m[3] ? +m[3] : null;
    if (y !== null && !valid(y, mo, d)) continue;
    if (d < 1 || d > 31) continue;
    out.push({ iso: y ? isoDate(y, mo, d) : null, year: y, month: mo, day: d, weekday: weekdayBefore(folded, m.index!), start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) {
    const mo = MONTH_BY_FOLDED.get(m[1].replace(/\s+/g, " "))!;
    const d = +m[2];
    const y = +m[3];
    if (!valid(y, mo, d)) continue;
    out.push({ iso: isoDate(y, mo, d), year: y, month: mo, day: d, weekday: weekdayBefore(folded, m.index!), start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const LABELS = PUBLICATION_LABELS.map(fold);
/** A news agency's tag after a dateline (folded text): (أ ف ب)، (رويترز)، (د ب أ)، (الأناضول)، (سانا). */
const WIRE_TAG = /^\s*[-–]?\s*\(\s*(?:ا\s*ف\s*ب|رويترز|د\s*ب\s*ا|الاناضول|يو\s*بي\s*اي|سانا|وام|واس|كونا|قنا|ا\s*ب|ا\.ف\.ب)\s*\)/;

export interface Publication {
  iso: string;
  precision: 1;
  /** folded offsets of the evidence */
  start: number;
  end: number;
}

const weekdayOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const CURRENT_YEAR = /(?:العام|عام|السنه)\s+(?:الجاري|الحالي)\s*\(?\s*(\d{4})|(\d{4})\s*(?:الجاري|الحالي)/g;

/**
 * The year of a date written with its weekday but no year ("السبت 12 تشرين الأول"): among the years
 * the article's own dates allow — the year of a dated event up to two months before it (or the next
 * year, across new year), or a year called current ("العام الجاري 2019") — the one where that day
 * falls on that weekday. None, or more than one: no year (abstain rather than guess).
 */
export function yearByWeekday(d: DateCandidate, dates: DateCandidate[], folded: string): number | null {
  if (d.weekday === null || d.year !== null) return null;
  const candidates = new Set<number>();
  for (const o of dates) {
    if (o === d || o.year === null) continue;
    for (const y of [o.year, o.year + 1]) {
      if (!valid(y, d.month, d.day)) continue;
      const lag = (Date.UTC(y, d.month - 1, d.day) - Date.UTC(o.year, o.month - 1, o.day)) / DAY_MS;
      if (lag >= 0 && lag <= 62) candidates.add(y);
    }
  }
  for (const m of folded.matchAll(CURRENT_YEAR)) candidates.add(Number(m[1] ?? m[2]));
  const fits = [...candidates].filter((y) => valid(y, d.month, d.day) && weekdayOf(y, d.month, d.day) === d.weekday);
  return fits.length === 1 ? fits[0] : null;
}

/**
 * The page's own date: a date after a publication label, or a date line in the page header (a short
 * line that is mostly the date, before the body). A weekday with day and month but no year is kept
 * only when exactly one year the article's own dates allow fits the weekday (yearByWeekday).
 */
export function publicationDate(folded: string, bodyStart: number): Publication | null {
  const dates = findDates(folded);
  for (const d of dates) {
    if (!d.iso) continue;
    const before = folded.slice(Math.max(0, d.start - 30), d.start);
    if (LABELS.some((l) => before.includes(l))) return { iso: d.iso, precision: 1, start: d.start, end: d.end };
  }
  // A wire dateline opens the first paragraph: "حلب (سوريا) 1 شباط/فبراير 2014 (أ ف ب) - قتل …".
  for (const d of dates) {
    if (!d.iso || d.start - (folded.lastIndexOf("\n", d.start) + 1) > 40) continue;
    if (WIRE_TAG.test(folded.slice(d.end, d.end + 30))) return { iso: d.iso, precision: 1, start: d.start, end: d.end };
  }
  for (const d of dates) {
    if (d.start > bodyStart) continue;
    if (!d.iso) {
      const y = yearByWeekday(d, dates, folded);
      if (y === null) continue;
      d.iso = isoDate(y, d.month, d.day);
    }
    const lineStart = folded.lastIndexOf("\n", d.start) + 1;
    const lineEnd = folded.indexOf("\n", d.end);
    const line = folded.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    const rest = line.replace(folded.slice(d.start, d.end), "").replace(/[\d:.,،|\-–\s]/g, "").replace(new RegExp(weekdayAlt, "g"), "");
    if (rest.length <= 12) return { iso: d.iso, precision: 1, start: d.start, end: d.end };
  }
  return null;
}

/** Offset of the first body paragraph: the first line of 120 characters or more that is not a
 * breaking-news ticker (a ticker above the title would hide the header's date line). */
export function bodyStartOf(text: string): number {
  let pos = 0;
  for (const line of text.split("\n")) {
    if (line.trim().length >= 120 && !looksLikeTicker(line)) return pos;
    pos += line.length + 1;
  }
  return text.length;
}

const addDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * DAY_MS).toISOString().slice(0, 10);

export interface RelativeDate {
  iso: string;
  precision: 1 | 2 | 3;
}

const WEEKDAY_IN = new RegExp(`(?:يوم\\s+)?(${weekdayAlt})(?:\\s+الماضي|\\s+الفائت)?`, "g");
/** What stands before a weekday that bounds a span ("حتى صباح السبت"), folded. */
const UNTIL_BEFORE = /(?:^|\s)(?:حتي|لغايه|الي)\s+(?:(?:صباح|مساء|ظهر|فجر|ليل|ليله|يوم)\s+)?$/;

/** The end of a word: a space, the end, or punctuation written against it ("، صباح اليوم،"). */
const WORD_END = "(?=[\\s،,.؛;:!?؟)»\"]|$)";
const YESTERDAY = new RegExp(`(^|\\s)(?:[وف]?(?:ب|ل)?)امس${WORD_END}|مساء امس|فجر امس|ليل امس`);
const TODAY = new RegExp(`(^|\\s)(?:[وف]?)اليوم${WORD_END}`);

/** "في 28 من الشهر الماضي"، "يوم 3 الشهر الجاري": a day of the month of publication or the one before it. */
const DAY_OF_MONTH = /(?:^|\s)(\d{1,2})\s+(?:من\s+)?(?:الشهر|شهر)\s+(الجاري|الحالي|الماضي|المنصرم|الفائت|المنقضي|السابق)(?=[\s،,.؛;:!?؟)»"]|$)/;

/** The date a sentence gives its event, relative to the publication date. */
export function eventDateIn(sentenceFolded: string, published: string | null): RelativeDate | null {
  for (const d of findDates(sentenceFolded)) {
    if (d.iso) return { iso: d.iso, precision: 1 };
    if (published) {
      const y = +published.slice(0, 4);
      const candidate = isoDate(y, d.month, d.day) > published ? isoDate(y - 1, d.month, d.day) : isoDate(y, d.month, d.day);
      return { iso: candidate, precision: 1 };
    }
  }
  if (!published) return null;
  const dayOf = DAY_OF_MONTH.exec(sentenceFolded);
  if (dayOf) {
    const [y, m] = published.split("-").map(Number);
    const back = !/^(?:الجاري|الحالي)$/.test(dayOf[2]);
    const year = back && m === 1 ? y - 1 : y;
    const month = back ? (m === 1 ? 12 : m - 1) : m;
    if (valid(year, month, +dayOf[1])) return { iso: isoDate(year, month, +dayOf[1]), precision: 1 };
  }
  if (YESTERDAY.test(sentenceFolded)) return { iso: addDays(published, -1), precision: 1 };
  // "حظر تجول حتى صباح السبت": a weekday after حتى bounds what lasts; it does not date it.
  const wd = [...sentenceFolded.matchAll(WEEKDAY_IN)].find((m) => !UNTIL_BEFORE.test(sentenceFolded.slice(Math.max(0, m.index - 16), m.index)));
  if (wd) {
    const target = WEEKDAY_BY_FOLDED.get(wd[1])!;
    const pubDay = new Date(Date.parse(published)).getUTCDay();
    const back = (pubDay - target + 7) % 7;
    return { iso: addDays(published, -back), precision: 1 };
  }
  if (TODAY.test(sentenceFolded)) return { iso: published, precision: 1 };
  if (/منذ (ايام|يومين)|الاسبوع الماضي|خلال الايام الماضيه/.test(sentenceFolded)) return { iso: addDays(published, -3), precision: 2 };
  if (/الشهر الماضي|منذ اسابيع/.test(sentenceFolded)) return { iso: addDays(published, -30), precision: 3 };
  return null;
}

export function dateSpan(text: string, start: number, end: number): Span {
  return { start, end, surface: text.slice(start, end) };
}

/** Whether a folded token names a weekday (الجمعة، وفي السبت → السبت is checked as written). */
export function isWeekday(token: string): boolean {
  return WEEKDAY_BY_FOLDED.has(token) || WEEKDAY_BY_FOLDED.has(token.replace(/^[وف]/, ""));
}
