// Publication dates as files state them in metadata (<TIME>, front matter, pubDate, datePublished).
// The result is the calendar date as written, in the offset the value states: "Sat, 17 Feb 2018
// 23:30:00 +0400" is 17 February, not the UTC day. A value that is not a real date is dropped with a
// warning, never rolled over (2019-02-30 is not 2 March) and never thrown.
import type { Warn } from "./rejected";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The shapes metadata dates come in; each with an example from real files. */
const SHAPES: { re: RegExp; ymd: (m: RegExpMatchArray) => [number, number, number] | null; example: string }[] = [
  // ISO 8601, date only or with a time and offset: front matter, Atom, JSON-LD, ANT v1 <TIME>.
  { re: /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i, ymd: (m) => [+m[1], +m[2], +m[3]], example: "2017-02-25T08:24:00+01:00" },
  // RFC 822/2822, the weekday optional: RSS pubDate, ANT v2 <TIME>.
  {
    re: /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})(?:,?\s+[\d:]+(?:\s*(?:[+-]\d{2}:?\d{2}|[a-z]{1,5}))?)?$/i,
    ymd: (m) => {
      const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
      return month ? [+m[3], month, +m[1]] : null;
    },
    example: "Sat, 17 Feb 2018 09:17:32 +0400",
  },
  // Month name first (US English sites): "Feb 17, 2018 9:17 AM".
  {
    re: /^(?:[a-z]{3,9},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+[\d:]+.*)?$/i,
    ymd: (m) => {
      const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
      return month ? [+m[3], month, +m[2]] : null;
    },
    example: "Feb 17, 2018 09:17 AM",
  },
  // Day first (the Arab and European order), a time optional: ANT v1 <TIME>.
  { re: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T][\d:]+.*)?$/, ymd: (m) => [+m[3], +m[2], +m[1]], example: "11/08/2015" },
  // Year first with slashes or dots.
  { re: /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/, ymd: (m) => [+m[1], +m[2], +m[3]], example: "2019/05/04" },
];

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** YYYY-MM-DD, or null (with a warning when there was a value that is not a date). */
export function metaDate(value: unknown, warn: Warn, where = "date"): string | null {
  if (value === null || value === undefined) return null;
  // A YAML 1.1 timestamp or a caller's Date: its UTC day (YAML reads an offset-less date as UTC).
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return warnNull(warn, where, String(value));
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  // Arabic-Indic and Persian digits read as ASCII ("١٧/٠٢/٢٠١٨").
  const text = String(value)
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .trim()
    .replace(/\s+/g, " ");
  if (!text) return null;
  if (text.length > 100) return warnNull(warn, where, text);
  for (const shape of SHAPES) {
    const m = text.match(shape.re);
    if (!m) continue;
    const ymd = shape.ymd(m);
    if (ymd && isCalendarDate(...ymd)) return `${ymd[0]}-${pad(ymd[1])}-${pad(ymd[2])}`;
    return warnNull(warn, where, text);
  }
  return warnNull(warn, where, text);
}

function warnNull(warn: Warn, where: string, text: string): null {
  warn(`${where} «${text.slice(0, 60)}» is not a calendar date; ignored`);
  return null;
}
