// POST: ends this browser's session. It is a write like any other (CSRF header required), so another
// site cannot sign an analyst out.
import { NextResponse } from "next/server";
import { endSession } from "@/lib/auth/accounts";
import { clearSessionCookies, readCookie, SESSION_COOKIE } from "@/lib/auth/cookies";
import { requireWriter } from "@/lib/auth/guard";
import { db } from "@/lib/db";

export async function POST(req: Request) {
  const writer = await requireWriter(req, "viewer");
  if (writer instanceof NextResponse) return writer;
  await endSession(db, readCookie(req.headers.get("cookie"), SESSION_COOKIE));
  const res = NextResponse.json({ ok: true });
  clearSessionCookies(res);
  return res;
}
