// The common shape of the read-only API: filters from the URL (malformed parts dropped, as on the
// pages), JSON out, and a clear error body instead of a stack trace.
import "server-only";
import { NextResponse } from "next/server";
import { readRefusal } from "./auth/guard";
import { parseFilters, type Filters } from "./filters";

/** At most this many notices in the header, and at most this many bytes: `gov` repeated 7,000 times made a 1.3 MB header. */
export const MAX_NOTICES = 5;
const MAX_NOTICE_HEADER = 2_000;

export function noticesHeader(notices: string[]): string {
  const unique = [...new Set(notices)];
  const shown = unique.slice(0, MAX_NOTICES);
  if (unique.length > shown.length) shown.push(`+${unique.length - shown.length}`);
  let value = encodeURIComponent(shown.join(" | "));
  if (value.length > MAX_NOTICE_HEADER) value = value.slice(0, MAX_NOTICE_HEADER).replace(/%[0-9A-F]?$/i, "");
  return value;
}

export function jsonRoute<T>(load: (f: Filters, params: URLSearchParams) => Promise<T>) {
  return async (req: Request) => {
    const refused = await readRefusal(req);
    if (refused) return refused;
    const params = new URL(req.url).searchParams;
    const { filters, notices } = parseFilters(params);
    try {
      const data = await load(filters, params);
      return NextResponse.json(data, { headers: notices.length ? { "x-filter-notices": noticesHeader(notices) } : {} });
    } catch (error) {
      console.error(error);
      return NextResponse.json({ error: "تعذّر قراءة البيانات من قاعدة البيانات" }, { status: 500 });
    }
  };
}
