"use client";
// Copies the current address (the filters live in it) so a view can be pasted to a colleague.
import { useState } from "react";

export function CopyLink() {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2500);
  }
  return (
    <button type="button" onClick={copy} data-testid="copy-link" aria-live="polite">
      {state === "copied" ? "نُسخ الرابط ✓" : state === "failed" ? "تعذّر النسخ: انسخ من شريط العنوان" : "نسخ رابط هذا العرض"}
    </button>
  );
}
