"use client";
// «تسجيل الخروج»: ends the session on the server, then renders the app again without the account.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { csrfHeaders } from "@/lib/auth/csrf-client";

export function SignOutButton() {
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  return (
    <>
      <button type="button" className="link-button" data-testid="sign-out" onClick={async () => {
        const res = await fetch("/api/auth/sign-out", { method: "POST", headers: csrfHeaders() });
        if (res.ok) {
          router.push("/");
          router.refresh();
        }
        else setError("تعذّر تسجيل الخروج؛ أعد تحميل الصفحة.");
      }}>تسجيل الخروج</button>
      {error ? <span role="alert" className="error-state small">{error}</span> : null}
    </>
  );
}
