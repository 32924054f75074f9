"use client";
// One date picker for the whole app, in Arabic: the day typed as YYYY-MM-DD (the URL's form, so a
// pasted date just works) with its Arabic reading beside it («4 أيار 2019»), and a calendar with
// Levantine month names, right to left, weeks from Saturday, usable from the keyboard (arrows move
// a day in reading direction, Page Up/Down a month, Enter picks, Escape closes back to the button).
// The browser's own date input showed mm/dd/yyyy beside the Arabic dates of the tables.
import { useEffect, useRef, useState } from "react";
import { formatDate } from "@/lib/format";
import { addDays, addMonths, isIsoDay, monthGrid, WEEK_START } from "./calendar";

const monthTitle = new Intl.DateTimeFormat("ar-SY-u-nu-latn", { month: "long", year: "numeric", timeZone: "UTC" });
const weekday = new Intl.DateTimeFormat("ar-SY", { weekday: "short", timeZone: "UTC" });
// 2 Jan 2000 was a Sunday: day k of the week is 2 + k.
const WEEKDAYS = Array.from({ length: 7 }, (_, i) => weekday.format(new Date(Date.UTC(2000, 0, 2 + ((WEEK_START + i) % 7)))));
const today = () => new Date().toISOString().slice(0, 10);

interface Props {
  name: string;
  label: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  /** Without it the field is a plain form field (the comparison's GET form reads it on submit). */
  onChange?: (day: string | null) => void;
}

export function DateField({ name, label, value, min, max, onChange }: Props) {
  const [text, setText] = useState(value ?? "");
  const [shownValue, setShownValue] = useState(value);
  // The days this field sent up whose URL has not come back yet: the URL brings each back a moment
  // later, by when the analyst may have typed on (an invalid day, another day), and that echo must not
  // overwrite what they typed.
  const [pending, setPending] = useState<(string | null)[]>([]);
  // The URL changed under us (a preset, the back button): show its date.
  if (value !== shownValue) {
    setShownValue(value);
    // An echo is taken once, with the older ones it overtook; a later arrival of the same day (back,
    // then forward) is shown again.
    const echo = pending.indexOf(value);
    if (echo >= 0) setPending(pending.slice(echo + 1));
    else setText(value ?? "");
  }
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);
  const valid = text === "" || isIsoDay(text);

  function type(next: string) {
    setText(next);
    if (next === "" || isIsoDay(next)) {
      const day = next === "" ? null : next;
      // A day the URL already holds brings no echo.
      if (onChange && day !== value) setPending((p) => [...p, day]);
      onChange?.(day);
    }
  }

  return (
    <span className="date-field" ref={wrapper}>
      <label>
        {label}
        <input type="text" name={name} dir="ltr" inputMode="numeric" autoComplete="off" placeholder="YYYY-MM-DD" value={text} maxLength={10}
          aria-invalid={!valid} aria-describedby={`${name}-reading`} onChange={(e) => type(e.target.value.trim())} />
      </label>
      <span id={`${name}-reading`} className="muted small date-reading">{valid ? (text ? formatDate(text) : "") : "تاريخ غير صالح"}</span>
      <button ref={button} type="button" className="date-open" aria-haspopup="dialog" aria-expanded={open} aria-label={`اختيار ${label} من التقويم`} onClick={() => setOpen(!open)}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden fill="none" stroke="currentColor" strokeWidth="1.4">
          <rect x="2" y="3" width="12" height="11" rx="1.5" /><path d="M2 6.5h12M5 1.5v3M11 1.5v3" />
        </svg>
      </button>
      {open ? (
        <Calendar
          label={label}
          start={value ?? (max && max < today() ? max : today())}
          min={min ?? null}
          max={max ?? null}
          onPick={(d) => {
            setOpen(false);
            type(d);
            button.current?.focus();
          }}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </span>
  );
}

function Calendar({ label, start, min, max, onPick, onClose }: { label: string; start: string; min: string | null; max: string | null; onPick: (d: string) => void; onClose: () => void }) {
  const [focus, setFocus] = useState(start);
  const grid = useRef<HTMLTableElement>(null);
  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>(`button[data-day="${focus}"]`)?.focus();
  }, [focus]);
  const allowed = (d: string) => (!min || d >= min) && (!max || d <= max);

  function key(e: React.KeyboardEvent) {
    // Right to left: the next day is to the left.
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focus, 1), ArrowRight: () => addDays(focus, -1), ArrowDown: () => addDays(focus, 7), ArrowUp: () => addDays(focus, -7),
      PageDown: () => addMonths(focus, 1), PageUp: () => addMonths(focus, -1), Home: () => addDays(focus, -((new Date(`${focus}T00:00:00Z`).getUTCDay() - WEEK_START + 7) % 7)),
    };
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (moves[e.key]) {
      e.preventDefault();
      setFocus(moves[e.key]());
    }
  }

  return (
    <div className="calendar" role="dialog" aria-label={`تقويم: ${label}`} onKeyDown={key} data-testid="calendar">
      <div className="calendar-head">
        <button type="button" onClick={() => setFocus(addMonths(focus, -1))} aria-label="الشهر السابق">→</button>
        <strong aria-live="polite">{monthTitle.format(new Date(`${focus}T00:00:00Z`))}</strong>
        <button type="button" onClick={() => setFocus(addMonths(focus, 1))} aria-label="الشهر التالي">←</button>
      </div>
      <table ref={grid} role="grid">
        <thead>
          <tr>{WEEKDAYS.map((w) => <th key={w} scope="col" abbr={w}>{w.replace(/^ال/, "")}</th>)}</tr>
        </thead>
        <tbody>
          {monthGrid(focus).map((week, i) => (
            <tr key={i}>
              {week.map((d, j) => (
                <td key={j}>
                  {d ? (
                    <button type="button" data-day={d} tabIndex={d === focus ? 0 : -1} disabled={!allowed(d)} aria-current={d === start ? "date" : undefined}
                      aria-label={formatDate(d)} onClick={() => onPick(d)}>
                      {Number(d.slice(8))}
                    </button>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
