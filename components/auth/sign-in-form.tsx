"use client";
// Email and password, sent as JSON to /api/auth/sign-in; on success the whole app reloads at `next`
// so the server renders it for the signed-in account.
import { useState } from "react";

export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form className="panel sign-in-form" data-testid="sign-in-form" onSubmit={async (e) => {
      e.preventDefault();
      const data = new FormData(e.currentTarget);
      setPending(true);
      setError(null);
      const res = await fetch("/api/auth/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: data.get("email"), password: data.get("password") }),
      }).catch(() => null);
      if (res?.ok) return window.location.assign(next);
      const body = (await res?.json().catch(() => null)) as { error?: string } | null;
      setError(body?.error ?? "تعذّر الاتصال بالخادم.");
      setPending(false);
    }}>
      <label>
        البريد الإلكتروني
        <input type="email" name="email" dir="ltr" autoComplete="username" required />
      </label>
      <label>
        كلمة المرور
        <input type="password" name="password" dir="ltr" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={pending}>{pending ? "جارٍ الدخول…" : "دخول"}</button>
      {error ? <p className="error-state" role="alert" data-testid="sign-in-error">{error}</p> : null}
    </form>
  );
}
