"use client";
// The review queue: one event at a time, worked from the keyboard. ت or C confirms, ر or R rejects
// with the chosen reason, ن or N (or J) goes to the next, K to the previous. After a decision the
// server renders the queue again without that event, so the same position shows the next one.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { EventRow } from "@/lib/api-types";
import { REJECT_REASONS, subTypeLabel, typeLabel } from "@/lib/event-types";
import { formatDate } from "@/lib/format";
import { Evidence } from "../events/evidence";
import { postJson } from "./post-json";

const KEYS: Record<string, "confirm" | "reject" | "next" | "previous"> = {
  c: "confirm", C: "confirm", "ت": "confirm", r: "reject", R: "reject", "ر": "reject",
  n: "next", N: "next", j: "next", J: "next", "ن": "next", k: "previous", K: "previous",
};

export function ReviewQueue({ rows, total }: { rows: EventRow[]; total: number }) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [reason, setReason] = useState("not_event");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = rows[Math.min(index, rows.length - 1)];

  const decide = useCallback(async (status: "confirmed" | "rejected") => {
    if (!current || busy) return;
    setBusy(true);
    try {
      await postJson(`/api/events/${current.id}/corrections`, { changes: { status }, reason: status === "rejected" ? reason : "" });
      setMessage(status === "confirmed" ? `أُكِّد الحدث #${current.id}` : `رُفض الحدث #${current.id} (${REJECT_REASONS[reason]})`);
      router.refresh();
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [current, busy, reason, router]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) return;
      const action = KEYS[e.key];
      if (!action) return;
      e.preventDefault();
      if (action === "confirm") void decide("confirmed");
      else if (action === "reject") void decide("rejected");
      else if (action === "next") setIndex((i) => Math.min(i + 1, rows.length - 1));
      else setIndex((i) => Math.max(i - 1, 0));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [decide, rows.length]);

  if (!current) return <p className="panel empty-state" data-testid="queue-empty">لا أحداث تنتظر المراجعة بهذه المرشحات.</p>;
  return (
    <section className="panel review-card" data-testid="review-card" data-event={current.id}>
      <p className="muted small">{index + 1} من {Math.min(rows.length, total)} (المتبقي كله: {total}) · الثقة {Math.round(current.confidence * 100)}٪</p>
      <h2><a href={`/events/${current.id}`}>#{current.id}</a> {typeLabel(current.type)} · {subTypeLabel(current.subType)}</h2>
      <p>{current.date ? formatDate(current.date) : "تاريخ غير معروف"} · {current.place?.name ?? "مكان غير معروف"} · القتلى {current.fatalities ?? "—"} · الجرحى {current.injured ?? "—"}</p>
      <Evidence event={current} />
      <div className="actions">
        <button type="button" onClick={() => void decide("confirmed")} disabled={busy} data-testid="queue-confirm">تأكيد <kbd>ت</kbd>/<kbd>C</kbd></button>
        <label>سبب الرفض{" "}
          <select value={reason} onChange={(e) => setReason(e.target.value)} data-testid="queue-reason">
            {Object.entries(REJECT_REASONS).filter(([k]) => k !== "duplicate").map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </label>
        <button type="button" className="danger" onClick={() => void decide("rejected")} disabled={busy} data-testid="queue-reject">رفض <kbd>ر</kbd>/<kbd>R</kbd></button>
        <button type="button" onClick={() => setIndex((i) => Math.min(i + 1, rows.length - 1))} data-testid="queue-next">التالي <kbd>ن</kbd>/<kbd>N</kbd></button>
      </div>
      {message ? <p role="status" className="muted" data-testid="queue-message">{message}</p> : null}
    </section>
  );
}
