"use client";
// "Merge with event N": event N is a duplicate of this one; its sources join this event and it leaves
// every count (rejected as duplicate). Undone from N's history.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./post-json";

export function MergeForm({ eventId }: { eventId: number }) {
  const router = useRouter();
  const [other, setOther] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form className="panel correction-form" data-testid="merge-form" onSubmit={async (e) => {
      e.preventDefault();
      try {
        await postJson(`/api/events/${eventId}/merge`, { duplicateId: Number(other) });
        setMessage({ ok: true, text: `دُمج الحدث #${other} في هذا الحدث.` });
        router.refresh();
      } catch (err) {
        setMessage({ ok: false, text: (err as Error).message });
      }
    }}>
      <h2>دمج حدث مكرر</h2>
      <label>رقم الحدث المكرر <input type="number" min={1} required value={other} onChange={(e) => setOther(e.target.value)} /></label>
      <div className="actions"><button type="submit">دمج في هذا الحدث</button></div>
      {message ? <p role="status" className={message.ok ? "muted" : "error-state"}>{message.text}</p> : null}
    </form>
  );
}
