// POST { email, password } (JSON): a session in http-only cookies, or a clear refusal. Five wrong
// passwords for one email, or twenty from one client address, within 15 minutes lock further tries
// for the rest of the window (429).
import { NextResponse } from "next/server";
import { z } from "zod";
import { clientIp, signIn } from "@/lib/auth/accounts";
import { setSessionCookies } from "@/lib/auth/cookies";
import { db } from "@/lib/db";

const input = z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(200) });

export async function POST(req: Request) {
  // A sign-in from another site would plant that site's chosen session (login CSRF).
  const origin = req.headers.get("origin");
  if (origin && URL.canParse(origin) && new URL(origin).host !== (req.headers.get("host") ?? new URL(req.url).host)) {
    return NextResponse.json({ error: "رُفض الطلب: مصدره موقع آخر.", code: "csrf" }, { status: 403 });
  }
  const parsed = input.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "اكتب البريد الإلكتروني وكلمة المرور.", code: "input" }, { status: 400 });
  try {
    const result = await signIn(db, parsed.data.email, parsed.data.password, new Date(), clientIp(req.headers));
    if (!result.ok && result.reason === "rate_limited") {
      return NextResponse.json({ error: "محاولات خاطئة كثيرة لهذا الحساب أو من هذا العنوان؛ انتظر ربع ساعة ثم أعد المحاولة.", code: "rate_limited" }, { status: 429 });
    }
    if (!result.ok) return NextResponse.json({ error: "البريد الإلكتروني أو كلمة المرور غير صحيحة.", code: "invalid" }, { status: 401 });
    const res = NextResponse.json({ user: result.user });
    setSessionCookies(res, req, result.token, result.csrf, result.expiresAt);
    return res;
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: "تعذّر تسجيل الدخول: خطأ في قاعدة البيانات." }, { status: 500 });
  }
}
