// The sign-in page: accounts are made by an admin with `npm run users -- add EMAIL`.
import { SignInForm } from "@/components/auth/sign-in-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "تسجيل الدخول" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = (await searchParams).next;
  // Only a path of this site: never send a signed-in analyst to another site (open redirect).
  const target = typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  return (
    <>
      <h1>تسجيل الدخول</h1>
      <p className="muted">للمحررين والقرّاء المسجّلين. يُنشئ المسؤول الحسابات بالأمر <code dir="ltr">npm run users -- add EMAIL</code>.</p>
      <SignInForm next={target} />
    </>
  );
}
