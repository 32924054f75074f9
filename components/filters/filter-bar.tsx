"use client";
// The filter bar of every view: governorates, date range with presets, event type, actor (and its
// role), place, the finer filters (sub-type, dead, precision, synthetic data) and free text. Each change is written to the URL at once, so a view can be reloaded and shared.
import { useRef, useState } from "react";
import { EVENT_TYPES } from "@/lib/event-types";
import { GOVERNORATES } from "@/lib/extract/lexicon/governorates";
import { EMPTY_FILTERS, type Filters } from "@/lib/filters";
import { DATE_PRESETS, presetRange } from "@/lib/filters/presets";
import { formatDate } from "@/lib/format";
import { queries } from "@/lib/queries";
import { CopyLink } from "../ui/copy-link";
import { ActorFilter } from "./actor-filter";
import { useCloseOnOutside } from "./close-on-outside";
import { DateField } from "./date-field";
import { MoreFilters, moreFiltersCount } from "./more-filters";
import { PlaceFilter } from "./place-filter";
import { SaveView } from "./save-view";
import { TextSearch } from "./text-search";
import { useFilters } from "./use-filters";
import { usePeriod } from "./use-period";

const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

export function FilterBar({ pinned = {} }: { pinned?: Partial<Filters> }) {
  const { urlFilters: f, notices, setFilters, patchFilters: set } = useFilters(pinned);
  const govMenu = useRef<HTMLDetailsElement>(null);
  const typeMenu = useRef<HTMLDetailsElement>(null);
  useCloseOnOutside(govMenu);
  useCloseOnOutside(typeMenu);
  const period = usePeriod();
  // On a phone the bar folds behind one button that says how many filters are on.
  const [open, setOpen] = useState(false);
  const active = [
    f.gov.length > 0, Boolean(f.from || f.to), f.type.length > 0, f.actor !== null && !("actor" in pinned), f.place !== null && !("place" in pinned), f.q !== "",
  ].filter(Boolean).length + moreFiltersCount(f);

  const govLabel = f.gov.length ? f.gov.map((c) => GOVERNORATES.find((g) => g.code === c)?.nameAr ?? c).join("، ") : "كل المحافظات";
  const typeLabel = f.type.length ? `${f.type.length} من ${EVENT_TYPES.length}` : "كل الأنواع";

  return (
    <section className={`filter-bar${open ? " open" : ""}`} aria-label="المرشحات">
      <button type="button" className="filter-toggle" aria-expanded={open} aria-controls="filter-body" onClick={() => setOpen(!open)} data-testid="filter-toggle">
        المرشحات{active ? <span className="badge" aria-label={`${active} مفعّلة`}>{active}</span> : null}
      </button>
      <div className="filter-body" id="filter-body">
      <details className="filter-menu" data-testid="gov-menu" ref={govMenu}>
        <summary>المحافظات: <strong>{govLabel}</strong></summary>
        <fieldset>
          <legend className="sr-only">المحافظات</legend>
          {GOVERNORATES.map((g) => (
            <label key={g.code}>
              <input type="checkbox" name="gov" value={g.code} checked={f.gov.includes(g.code)} onChange={() => set({ gov: toggle(f.gov, g.code).sort() })} />
              {g.nameAr}
            </label>
          ))}
        </fieldset>
      </details>

      <div className="filter-dates">
        <DateField name="from" label="من" value={f.from} max={f.to ?? period.data?.last} min={period.data?.first} onChange={(from) => set({ from })} />
        <DateField name="to" label="إلى" value={f.to} min={f.from ?? period.data?.first} max={period.data?.last} onChange={(to) => set({ to })} />
        <span className="presets" role="group" aria-label="فترات جاهزة">
          {DATE_PRESETS.map((p) => (
            <button key={p.days} type="button" onClick={() => set(presetRange(p.days, period.data?.last))}>{p.label}</button>
          ))}
          <button type="button" onClick={() => set({ from: null, to: null })}>كل الفترات</button>
        </span>
      </div>
      {period.data?.first && period.data.last ? (
        <p className="muted small data-period" data-testid="data-period">
          البيانات من {formatDate(period.data.first)} إلى {formatDate(period.data.last)}
          {period.data.last < new Date().toISOString().slice(0, 10) ? " (الفترات الجاهزة تُحسب من آخر حدث)" : ""}
        </p>
      ) : null}

      <details className="filter-menu" data-testid="type-menu" ref={typeMenu}>
        <summary>النوع: <strong>{typeLabel}</strong></summary>
        <fieldset>
          <legend className="sr-only">نوع الحدث</legend>
          {EVENT_TYPES.map((t) => (
            <label key={t.slug}>
              <input type="checkbox" name="type" value={t.slug} checked={f.type.includes(t.slug)} onChange={() => set({ type: toggle(f.type, t.slug).sort() })} />
              <span className="swatch" style={{ background: t.color }} aria-hidden />
              {t.label}
            </label>
          ))}
        </fieldset>
      </details>

      {"actor" in pinned ? null : <ActorFilter f={f} set={set} />}
      {"place" in pinned ? null : <PlaceFilter f={f} set={set} />}
      <MoreFilters f={f} set={set} />

      {/* Keyed by the URL's text, so going back in history resets what the box shows. */}
      <TextSearch key={f.q} initial={f.q} onSearch={(q) => set({ q })} onPick={set} />

      <button type="button" className="filter-reset" onClick={() => setFilters({ ...EMPTY_FILTERS })}>مسح المرشحات</button>
      <CopyLink />
      {Object.keys(pinned).length === 0 ? <SaveView /> : null}
      </div>

      {notices.length > 0 ? (
        <div className="notice" role="status" data-testid="filter-notice">
          {notices.map((n) => <p key={n}>{n}</p>)}
        </div>
      ) : null}
    </section>
  );
}
