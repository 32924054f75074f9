// The checks every route handler and page makes. A write needs either the scripts' upload token
// (Authorization: Bearer UPLOAD_TOKEN, no cookies, so no CSRF risk) or a signed-in editor whose request
// passes both CSRF checks: the header equals the session's CSRF value, and the Origin, when the browser
// sends one, is this site. Reads are public unless PUBLIC_READ=false.
import "server-only";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { db } from "../db";
import { readEnv } from "../env";
import { tokenMatches, uploadToken } from "../upload/ingest-upload";
import { sessionUser, type SessionUser } from "./accounts";
import { CSRF_HEADER, readCookie, SESSION_COOKIE } from "./cookies";
import { roleAllows, type Role } from "./roles";

/** Who made a write: an analyst (by email) or a script holding the token. */
export type Writer = { kind: "user"; user: SessionUser } | { kind: "token" };
export const writerName = (w: Writer) => (w.kind === "user" ? w.user.email : "upload-token");

const refuse = (status: 401 | 403, error: string, code: string) => NextResponse.json({ error, code }, { status });

export const requestUser = (req: Request) => sessionUser(db, readCookie(req.headers.get("cookie"), SESSION_COOKIE));

function sameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return true; // not sent by every client; the CSRF header is the check that always applies
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  return URL.canParse(origin) && new URL(origin).host === host;
}

/** The writer, or the refusal to send back: 401 without a session or token, 403 for too low a role or a failed CSRF check. */
export async function requireWriter(req: Request, needed: Role = "editor"): Promise<Writer | NextResponse> {
  const bearer = req.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearer) {
    const expected = uploadToken();
    if (expected && tokenMatches(bearer, expected) && needed !== "admin") return { kind: "token" };
    return refuse(401, "رمز الرفع غير صحيح.", "bad_token");
  }
  const user = await requestUser(req);
  if (!user) return refuse(401, "سجّل الدخول بحساب محرر أولاً.", "signed_out");
  if (!sameOrigin(req)) return refuse(403, "رُفض الطلب: مصدره موقع آخر.", "csrf");
  if (!tokenMatches(req.headers.get(CSRF_HEADER), user.csrf)) return refuse(403, "رُفض الطلب: رمز الحماية (CSRF) مفقود أو غير صحيح. أعد تحميل الصفحة.", "csrf");
  if (!roleAllows(user.role, needed)) return refuse(403, "حسابك لا يملك صلاحية التعديل.", "role");
  return { kind: "user", user };
}

/** For read routes: null when the request may read, else the 401 to send. */
export async function readRefusal(req: Request): Promise<NextResponse | null> {
  if (readEnv().PUBLIC_READ) return null;
  if (await requestUser(req)) return null;
  return refuse(401, "هذه اللوحة للحسابات المسجّلة فقط: سجّل الدخول.", "signed_out");
}

/** The signed-in user of the current page render or server action (Next's request cookies). */
export async function currentUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  return sessionUser(db, jar.get(SESSION_COOKIE)?.value);
}

/** For server actions: the editor making the call, or null. Next refuses a server action whose Origin
 * is not this site, which is the CSRF check for actions (they cannot carry our header). */
export async function currentEditor(): Promise<SessionUser | null> {
  const user = await currentUser();
  return user && roleAllows(user.role, "editor") ? user : null;
}
