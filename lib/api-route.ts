// The common shape of the read-only API: filters from the URL (malformed parts dropped, as on the
// pages), JSON out, and a clear error body instead of a stack trace.
import "server-only";
import { NextResponse } from "next/server";
import { parseFilters, type Filters } from "./filters";

export function jsonRoute<T>(load: (f: Filters, params: URLSearchParams) => Promise<T>) {
  return async (req: Request) => {
    const params = new URL(req.url).searchParams;
    const { filters, notices } = parseFilters(params);
    try {
      const data = await load(filters, params);
      return NextResponse.json(data, { headers: notices.length ? { "x-filter-notices": encodeURIComponent(notices.join(" | ")) } : {} });
    } catch (error) {
      console.error(error);
      return NextResponse.json({ error: "تعذّر قراءة البيانات من قاعدة البيانات" }, { status: 500 });
    }
  };
}
