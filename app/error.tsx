"use client";
// An unexpected error in a page, in Arabic, with a retry; the digest lets the operator find the
// server log line without showing the error's text to the reader.
import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel status-page" role="alert">
      <h1>حدث خطأ غير متوقع</h1>
      <p>تعذّر عرض هذه الصفحة. جرّب مرة أخرى، وإن تكرر الخطأ فأبلغ مسؤول النظام.</p>
      {error.digest ? <p className="muted small">رمز الخطأ: <bdi dir="ltr">{error.digest}</bdi></p> : null}
      <p>
        <button type="button" onClick={reset}>إعادة المحاولة</button> أو عُد إلى <Link href="/">نظرة عامة</Link>.
      </p>
    </section>
  );
}
