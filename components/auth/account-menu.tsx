// The header's account corner: who is signed in (and as what), or the way to sign in.
import Link from "next/link";
import { roleLabel, isRole } from "@/lib/auth/roles";
import type { BrowserSession } from "./session-context";
import { SignOutButton } from "./sign-out-button";

export function AccountMenu({ session }: { session: BrowserSession | null }) {
  if (!session) return <Link href="/sign-in" className="account-menu" data-testid="sign-in-link">تسجيل الدخول</Link>;
  return (
    <span className="account-menu" data-testid="account-menu">
      <bdi dir="ltr">{session.email}</bdi> <span className="muted small">({isRole(session.role) ? roleLabel[session.role] : session.role})</span>{" "}
      <SignOutButton />
    </span>
  );
}
