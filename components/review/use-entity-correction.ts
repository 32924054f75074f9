"use client";
// Sends a place or actor correction (only the changed fields) and re-renders the page with its history.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./post-json";

export function useEntityCorrection(url: string) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function send(changes: Record<string, unknown>, reason: string) {
    if (Object.keys(changes).length === 0) return setMessage({ ok: false, text: "لم يتغير شيء." });
    try {
      await postJson(url, { changes, reason });
      setMessage({ ok: true, text: "حُفظ التصحيح." });
      router.refresh();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  }
  return { send, message };
}
