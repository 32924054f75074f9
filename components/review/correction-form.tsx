"use client";
// An editor's correction of one event: only the fields changed from the shown values are sent; the
// server keeps each as its own record (before, after, who, when, why) and the page re-renders.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { REJECT_REASONS } from "@/lib/event-types";
import { PlacePicker } from "./place-picker";
import { postJson } from "./post-json";
import { TypeSelect } from "./type-select";
import type { EventRow } from "@/lib/api-types";

/** The correctable fields of an event row (lib/api-types.ts), with its place by id and name. */
export type FormEvent = Pick<EventRow, "id" | "type" | "subType" | "date" | "datePrecision" | "fatalities" | "injured"> & {
  place: { id: number; name: string } | null;
};

const num = (s: string) => (s.trim() === "" ? null : Number(s));

export function CorrectionForm({ event }: { event: FormEvent }) {
  const router = useRouter();
  const [type, setType] = useState(event.type);
  const [subType, setSubType] = useState(event.subType);
  const [date, setDate] = useState(event.date ?? "");
  const [precision, setPrecision] = useState(String(event.datePrecision ?? ""));
  const [fatalities, setFatalities] = useState(event.fatalities === null ? "" : String(event.fatalities));
  const [injured, setInjured] = useState(event.injured === null ? "" : String(event.injured));
  const [place, setPlace] = useState(event.place);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function send(changes: Record<string, unknown>, why: string) {
    try {
      await postJson(`/api/events/${event.id}/corrections`, { changes, reason: why });
      setMessage({ ok: true, text: "حُفظ التصحيح." });
      router.refresh();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  }

  function changed(): Record<string, unknown> {
    const c: Record<string, unknown> = {};
    if (type !== event.type) c.type = type;
    if (subType !== event.subType) c.subType = subType;
    if ((date || null) !== event.date) c.date = date || null;
    if (num(precision) !== event.datePrecision) c.datePrecision = num(precision);
    if (num(fatalities) !== event.fatalities) c.fatalities = num(fatalities);
    if (num(injured) !== event.injured) c.injured = num(injured);
    if ((place?.id ?? null) !== (event.place?.id ?? null)) c.placeId = place?.id ?? null;
    return c;
  }

  return (
    <form className="panel correction-form" data-testid="correction-form" onSubmit={(e) => {
      e.preventDefault();
      const c = changed();
      if (Object.keys(c).length === 0) return setMessage({ ok: false, text: "لم يتغير شيء." });
      void send(c, reason);
    }}>
      <h2>تصحيح الحدث</h2>
      <TypeSelect type={type} subType={subType} onChange={(t, st) => { setType(t); setSubType(st); }} />
      <label>التاريخ <input type="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
      <label>دقة التاريخ
        <select value={precision} onChange={(e) => setPrecision(e.target.value)}>
          <option value="">غير معروفة</option><option value="1">يوم</option><option value="2">أسبوع</option><option value="3">شهر</option>
        </select>
      </label>
      <label>القتلى <input type="number" min={0} name="fatalities" value={fatalities} onChange={(e) => setFatalities(e.target.value)} /></label>
      <label>الجرحى <input type="number" min={0} name="injured" value={injured} onChange={(e) => setInjured(e.target.value)} /></label>
      <PlacePicker label={`المكان: ${place ? place.name : "غير معروف"}`} onPick={setPlace} />
      <label>السبب (اختياري) <input type="text" name="reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
      <div className="actions">
        <button type="submit" data-testid="save-correction">حفظ التصحيح</button>
        <button type="button" data-testid="confirm-event" onClick={() => void send({ status: "confirmed" }, reason)}>تأكيد الحدث كما هو</button>
        {Object.entries(REJECT_REASONS).filter(([k]) => k !== "duplicate").map(([k, label]) => (
          <button type="button" key={k} className="danger" onClick={() => void send({ status: "rejected" }, k)}>رفض: {label}</button>
        ))}
        <button type="button" className="danger" onClick={() => {
          const n = window.prompt("رقم الحدث الذي يكرره هذا الحدث:");
          if (n && /^\d+$/.test(n.trim())) void send({ status: "rejected" }, `duplicate:${n.trim()}`);
        }}>رفض: تكرار لحدث آخر</button>
      </div>
      {message ? <p role="status" data-testid="correction-message" className={message.ok ? "muted" : "error-state"}>{message.text}</p> : null}
    </form>
  );
}
