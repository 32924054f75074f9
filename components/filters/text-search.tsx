"use client";
// The free-text box of the filter bar. As the user types it suggests places and actors whose folded
// names contain the text (GET /api/suggest), so «ادلب» offers إدلب whatever the hamza; picking one
// filters by that place or actor, submitting filters by the text itself.
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Suggestion } from "@/lib/api-types";
import { GOVERNORATE_BY_CODE } from "@/lib/extract/lexicon/governorates";
import type { Filters } from "@/lib/filters";
import { queries } from "@/lib/queries";

const DEBOUNCE_MS = 200;
/** One letter matches half the gazetteer: suggestions start at two. */
const MIN_LETTERS = 2;

function useDebounced(value: string, ms: number) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function TextSearch({ initial, onSearch, onPick }: { initial: string; onSearch: (q: string) => void; onPick: (patch: Partial<Filters>) => void }) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const typed = useDebounced(text.trim(), DEBOUNCE_MS);
  const enabled = open && Array.from(typed).length >= MIN_LETTERS;
  const { data } = useQuery({ ...queries.suggest(typed), enabled, staleTime: 60_000 });
  const shown = enabled ? data ?? [] : [];

  const detail = (s: Suggestion) => (s.kind === "place" ? (s.detail && GOVERNORATE_BY_CODE.get(s.detail)?.nameAr) || "مكان" : "جهة فاعلة");
  return (
    <form className="filter-text" role="search" onSubmit={(e) => { e.preventDefault(); setOpen(false); onSearch(text.trim()); }}>
      <label>
        <span className="sr-only">بحث في نص الأحداث</span>
        <input
          type="search" name="q" placeholder="بحث في النص…" value={text} maxLength={200} autoComplete="off"
          aria-autocomplete="list" aria-controls="search-suggestions"
          onChange={(e) => { setText(e.target.value); setOpen(true); }}
          onFocus={() => setOpen(true)}
          onKeyDown={(e) => { if (e.key === "Escape") setOpen(false); }}
        />
      </label>
      <button type="submit">بحث</button>
      {shown.length > 0 ? (
        <ul id="search-suggestions" className="suggestions" role="listbox" aria-label="اقتراحات" data-testid="suggestions">
          {shown.map((s) => (
            <li key={`${s.kind}-${s.id}`} role="option" aria-selected={false}>
              <button type="button" onClick={() => { setOpen(false); setText(""); onPick(s.kind === "place" ? { place: s.id, q: "" } : { actor: s.id, q: "" }); }}>
                <span>{s.name}</span> <small>{detail(s)}</small>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
