"use client";
// A place chosen by searching the gazetteer (Arabic or English, folded by the server): the event
// form's place, and the place a merge keeps.
import { useState } from "react";
import type { PlaceHit } from "@/lib/data/place-search";

export function PlacePicker({ label, onPick, testId }: { label: string; onPick: (p: { id: number; name: string }) => void; testId?: string }) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<PlaceHit[]>([]);

  async function search(q: string) {
    setQuery(q);
    if (q.trim().length < 2) return setHits([]);
    const res = await fetch(`/api/places/search?q=${encodeURIComponent(q)}`);
    if (res.ok) setHits(await res.json());
  }

  return (
    <fieldset>
      <legend>{label}</legend>
      <input type="search" placeholder="ابحث بالعربية أو الإنجليزية…" value={query} onChange={(e) => void search(e.target.value)} aria-label="البحث عن مكان" data-testid={testId} />
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
