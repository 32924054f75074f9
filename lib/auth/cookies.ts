// The two cookies of a signed-in browser. The session token is http-only (scripts never see it); the
// CSRF value is readable by the page's own scripts, which send it back in a header on every write
// (double submit): another site can make the browser send the cookies, but cannot read them to copy
// the value into a header. Both are SameSite=Lax, so cross-site POSTs carry neither.
import type { NextResponse } from "next/server";

export const SESSION_COOKIE = "dash_session";
export const CSRF_COOKIE = "dash_csrf";
export const CSRF_HEADER = "x-csrf-token";

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

const isHttps = (req: Request) => (req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(":", "")) === "https";

export function setSessionCookies(res: NextResponse, req: Request, token: string, csrf: string, expires: Date) {
  const base = { sameSite: "lax" as const, secure: isHttps(req), path: "/", expires };
  res.cookies.set(SESSION_COOKIE, token, { ...base, httpOnly: true });
  res.cookies.set(CSRF_COOKIE, csrf, { ...base, httpOnly: false });
}

export function clearSessionCookies(res: NextResponse) {
  res.cookies.set(SESSION_COOKIE, "", { path: "/", maxAge: 0 });
  res.cookies.set(CSRF_COOKIE, "", { path: "/", maxAge: 0 });
}
