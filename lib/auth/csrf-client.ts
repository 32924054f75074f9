// Browser side of the double-submit CSRF check: the value of the readable CSRF cookie, sent back as a
// header on every write (lib/auth/guard.ts compares it with the session's own).
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from "./cookies";

export function csrfHeaders(): Record<string, string> {
  const value = typeof document === "undefined" ? null : readCookie(document.cookie, CSRF_COOKIE);
  return value ? { [CSRF_HEADER]: value } : {};
}
