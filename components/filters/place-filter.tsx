"use client";
// The place filter: type part of an Arabic or English name and choose among the places that have
// events, the busiest first. The server searches (tens of thousands of places are too many to send).
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { PlaceOption } from "@/lib/api-types";
import { GOVERNORATE_BY_CODE } from "@/lib/extract/lexicon/governorates";
import type { Filters } from "@/lib/filters";
import { queries } from "@/lib/queries";
import { Combobox, type ComboOption } from "./combobox";

const WAIT_MS = 200;

const toOption = (p: PlaceOption): ComboOption => ({
  id: p.id, name: p.name,
  hint: [p.nameEn, p.admin1 ? GOVERNORATE_BY_CODE.get(p.admin1)?.nameAr : null].filter(Boolean).join(" · ") || null,
});

export function PlaceFilter({ f, set }: { f: Filters; set: (patch: Partial<Filters>) => void }) {
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  // Ask the server once the typing pauses, not on every key.
  useEffect(() => {
    const t = setTimeout(() => setSearch(text.trim()), WAIT_MS);
    return () => clearTimeout(t);
  }, [text]);
  const found = useQuery({ ...queries.placeOptions(search), enabled: search !== "" });
  const chosen = useQuery({ ...queries.placeOption(f.place ?? 0), enabled: f.place !== null });
  const selected = f.place ? { id: f.place, name: chosen.data?.[0]?.name ?? `#${f.place}` } : null;
  const waiting = text.trim() !== search || found.isFetching;

  return (
    <div className="filter-place">
      <Combobox
        label="المكان" placeholder="ابحث عن مكان" testId="place-combobox" clearLabel="إزالة مرشح المكان"
        options={search ? (found.data ?? []).map(toOption) : []} selected={selected} onText={setText}
        empty={!text.trim() ? "اكتب جزءاً من اسم المكان بالعربية أو الإنجليزية" : waiting ? "جارٍ البحث…" : "لا مكان بهذا الاسم فيه أحداث"}
        onSelect={(o) => set({ place: o?.id ?? null })}
      />
    </div>
  );
}
