"use client";
// The gazetteer search of the event forms: type a name (Arabic or English, folded by the server), pick a place.
import { useState } from "react";

export type PickedPlace = { id: number; name: string } | null;

export function PlacePicker({ place, onPick }: { place: PickedPlace; onPick: (p: PickedPlace) => void }) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<{ id: number; nameAr: string; nameEn: string | null; admin1: string | null }[]>([]);

  async function search(q: string) {
    setQuery(q);
    if (q.trim().length < 2) return setHits([]);
    const res = await fetch(`/api/places/search?q=${encodeURIComponent(q)}`);
    if (res.ok) setHits(await res.json());
  }

  return (
    <fieldset>
      <legend>المكان: {place ? place.name : "غير معروف"}</legend>
      <input type="search" placeholder="ابحث بالعربية أو الإنجليزية…" value={query} onChange={(e) => void search(e.target.value)} aria-label="البحث عن مكان" />
      {hits.length ? (
        <ul className="plain-list place-hits">
          {hits.map((h) => (
            <li key={h.id}><button type="button" className="link-button" onClick={() => { onPick({ id: h.id, name: h.nameAr }); setHits([]); setQuery(""); }}>
              {h.nameAr}{h.nameEn ? <> · <bdi dir="ltr">{h.nameEn}</bdi></> : null}{h.admin1 ? <small className="muted"> ({h.admin1})</small> : null}
            </button></li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
