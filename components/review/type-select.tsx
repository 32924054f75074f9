"use client";
// The event type and its sub-type, as two selects: changing the type resets the sub-type to one of its own.
import { EVENT_TYPES, SUB_TYPES_BY_TYPE, subTypeLabel } from "@/lib/event-types";

export function TypeSelect({ type, subType, onChange }: { type: string; subType: string; onChange: (type: string, subType: string) => void }) {
  return (
    <>
      <label>النوع
        <select value={type} onChange={(e) => onChange(e.target.value, SUB_TYPES_BY_TYPE[e.target.value]?.[0] ?? "")}>
          {EVENT_TYPES.map((t) => <option key={t.acled} value={t.acled}>{t.label}</option>)}
        </select>
      </label>
      <label>النوع الفرعي
        <select value={subType} onChange={(e) => onChange(type, e.target.value)}>
          {(SUB_TYPES_BY_TYPE[type] ?? []).map((s) => <option key={s} value={s}>{subTypeLabel(s)}</option>)}
        </select>
      </label>
    </>
  );
}
