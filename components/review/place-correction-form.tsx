"use client";
// An editor's correction of a place: point (typed, or by dragging the marker), governorate, kind,
// Arabic name, or a merge into another place. Only the fields changed from the shown values are sent.
import dynamic from "next/dynamic";
import { useState } from "react";
import { GOVERNORATES } from "@/lib/extract/lexicon/governorates";
import { PLACE_KIND_LABELS } from "@/lib/format";
import { PlacePicker } from "./place-picker";
import { useEntityCorrection } from "./use-entity-correction";

const MarkerMap = dynamic(() => import("./marker-map"), { ssr: false, loading: () => <div className="skeleton marker-map" aria-label="جارٍ تحميل الخريطة" /> });

export interface FormPlace { id: number; nameAr: string; kind: string; admin1: string | null; lat: number | null; lon: number | null }

const num = (s: string) => (s.trim() === "" ? null : Number(s));

export function PlaceCorrectionForm({ place }: { place: FormPlace }) {
  const { send, message } = useEntityCorrection(`/api/places/${place.id}/corrections`);
  const [lat, setLat] = useState(place.lat === null ? "" : String(place.lat));
  const [lon, setLon] = useState(place.lon === null ? "" : String(place.lon));
  const [admin1, setAdmin1] = useState(place.admin1 ?? "");
  const [kind, setKind] = useState(place.kind);
  const [nameAr, setNameAr] = useState(place.nameAr);
  const [mergeInto, setMergeInto] = useState<{ id: number; name: string } | null>(null);
  const [reason, setReason] = useState("");

  function changed(): Record<string, unknown> {
    const c: Record<string, unknown> = {};
    if (num(lat) !== place.lat) c.lat = num(lat);
    if (num(lon) !== place.lon) c.lon = num(lon);
    if ((admin1 || null) !== place.admin1) c.admin1 = admin1 || null;
    if (kind !== place.kind) c.kind = kind;
    if (nameAr.trim() !== place.nameAr) c.nameAr = nameAr.trim();
    if (mergeInto) c.mergeInto = mergeInto.id;
    return c;
  }

  return (
    <form className="panel correction-form" data-testid="place-correction-form" onSubmit={(e) => { e.preventDefault(); void send(changed(), reason); }}>
      <h2>تصحيح المكان</h2>
      <div className="coords" dir="ltr">
        <label>خط العرض <input type="number" step="any" min={-90} max={90} name="lat" value={lat} onChange={(e) => setLat(e.target.value)} /></label>
        <label>خط الطول <input type="number" step="any" min={-180} max={180} name="lon" value={lon} onChange={(e) => setLon(e.target.value)} /></label>
      </div>
      <MarkerMap lat={num(lat)} lon={num(lon)} onMove={(a, o) => { setLat(String(a)); setLon(String(o)); }} />
      <label>المحافظة
        <select name="admin1" value={admin1} onChange={(e) => setAdmin1(e.target.value)}>
          <option value="">خارج سوريا / غير معروفة</option>
          {GOVERNORATES.map((g) => <option key={g.code} value={g.code}>{g.nameAr}</option>)}
        </select>
      </label>
      <label>النوع
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {Object.entries(PLACE_KIND_LABELS).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
        </select>
      </label>
      <label>الاسم العربي <input type="text" name="nameAr" maxLength={200} value={nameAr} onChange={(e) => setNameAr(e.target.value)} /></label>
      <PlacePicker label={mergeInto ? `دمج في: ${mergeInto.name} (يصير هذا المكان اسماً آخر له)` : "دمج في مكان آخر (اختياري)"} onPick={(p) => setMergeInto(p.id === place.id ? null : p)} />
      <label>السبب (اختياري) <input type="text" name="reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
      <div className="actions"><button type="submit" data-testid="save-place-correction">حفظ التصحيح</button></div>
      {message ? <p role="status" data-testid="correction-message" className={message.ok ? "muted" : "error-state"}>{message.text}</p> : null}
    </form>
  );
}
