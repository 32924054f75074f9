"use client";
// Adding a source: URL, name, outlet, language and polling interval; the answer says what happened.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addSourceAction, type ActionResult } from "@/app/sources/actions";
import { useEditorToken } from "./editor-token";

export function AddSourceForm() {
  const token = useEditorToken();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <form
      className="panel source-form"
      data-testid="add-source"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const f = new FormData(form);
        const field = (k: string) => String(f.get(k) ?? "");
        start(async () => {
          const r = await addSourceAction(token, { url: field("url"), name: field("name"), outlet: field("outlet"), language: field("language") || "ar", every: field("every") || "15m" });
          setResult(r);
          if (r.ok) {
            form.reset();
            router.refresh();
          }
        });
      }}
    >
      <h2>إضافة مصدر</h2>
      <label>رابط الخلاصة أو خريطة الموقع أو الصفحة<input type="url" name="url" required dir="ltr" placeholder="https://example.com/rss.xml" /></label>
      <label>الاسم<input type="text" name="name" required maxLength={200} /></label>
      <label>الجهة الناشرة<input type="text" name="outlet" maxLength={200} placeholder="الاسم إن تُرك فارغاً" /></label>
      <label>اللغة<input type="text" name="language" defaultValue="ar" maxLength={3} dir="ltr" size={4} /></label>
      <label>كل<input type="text" name="every" defaultValue="15m" dir="ltr" size={6} aria-describedby="every-help" /></label>
      <span id="every-help" className="muted small">مثل <code dir="ltr">15m</code> أو <code dir="ltr">2h</code> أو <code dir="ltr">1d</code></span>
      <button type="submit" disabled={pending}>{pending ? "جارٍ الحفظ…" : "إضافة"}</button>
      {result ? <p role="status" className={result.ok ? "muted" : "error-state"}>{result.message}</p> : null}
    </form>
  );
}
