"use client";
// The analysts' finer filters, folded in one menu so the bar stays one line: ACLED sub-type, a floor
// on the dead, geo and time precision, and leaving synthetic data out.
import { useRef, useState } from "react";
import { EVENT_TYPES, SUB_TYPES_BY_TYPE, subTypeLabel } from "@/lib/event-types";
import { PRECISION_CODES, type Filters } from "@/lib/filters";
import { DATE_PRECISION, GEO_PRECISION } from "@/lib/precision";
import { useCloseOnOutside } from "./close-on-outside";

const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

export function moreFiltersCount(f: Filters): number {
  return [f.sub.length > 0, f.minFatal !== null, f.geo.length > 0, f.time.length > 0, f.noSynth].filter(Boolean).length;
}

export function MoreFilters({ f, set }: { f: Filters; set: (patch: Partial<Filters>) => void }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useCloseOnOutside(menu);
  const count = moreFiltersCount(f);
  return (
    <details className="filter-menu more-filters" data-testid="more-menu" ref={menu}>
      <summary>مرشحات أخرى{count ? <>: <strong>{count}</strong></> : null}</summary>
      <div className="more-filters-body">
        <fieldset className="sub-types">
          <legend>النوع الفرعي</legend>
          {EVENT_TYPES.map((t) => (
            <div key={t.slug} role="group" aria-label={t.label}>
              <p className="muted small">{t.label}</p>
              {(SUB_TYPES_BY_TYPE[t.acled] ?? []).map((s) => (
                <label key={s}>
                  <input type="checkbox" name="sub" value={s} checked={f.sub.includes(s)} onChange={() => set({ sub: toggle(f.sub, s).sort() })} />
                  {subTypeLabel(s)}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        {/* Keyed by the URL's value, so going back in history resets what the box shows. */}
        <MinFatalities key={f.minFatal ?? ""} value={f.minFatal} onChange={(minFatal) => set({ minFatal })} />
        <fieldset>
          <legend>دقة الموقع</legend>
          {PRECISION_CODES.map((c) => (
            <label key={c}>
              <input type="checkbox" name="geo" value={c} checked={f.geo.includes(c)} onChange={() => set({ geo: toggle(f.geo, c).sort() })} />
              {GEO_PRECISION[c]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>دقة التاريخ</legend>
          {PRECISION_CODES.map((c) => (
            <label key={c}>
              <input type="checkbox" name="time" value={c} checked={f.time.includes(c)} onChange={() => set({ time: toggle(f.time, c).sort() })} />
              {DATE_PRECISION[c]}
            </label>
          ))}
        </fieldset>
        <label className="no-synth">
          <input type="checkbox" name="nosynth" checked={f.noSynth} onChange={() => set({ noSynth: !f.noSynth })} />
          دون البيانات الاصطناعية
        </label>
      </div>
    </details>
  );
}

/** Applied on Enter or when the box loses focus, not on every key (typing 12 would filter by 1 first). */
function MinFatalities({ value, onChange }: { value: number | null; onChange: (v: number | null) => void }) {
  const [text, setText] = useState(value ? String(value) : "");
  const apply = () => {
    const n = Number(text);
    const next = text.trim() && Number.isInteger(n) && n > 0 ? Math.min(n, 100_000) : null;
    if (next !== value) onChange(next);
    else setText(value ? String(value) : "");
  };
  return (
    <label className="min-fatal">
      القتلى على الأقل
      <input
        type="number" name="minfat" min={0} max={100000} step={1} inputMode="numeric" value={text}
        onChange={(e) => setText(e.target.value)} onBlur={apply} onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); apply(); } }}
      />
    </label>
  );
}
