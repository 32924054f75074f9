"use client";
// The map panel: the filtered places from the API (prefetched on the server), a switch between
// points and governorate shading, and the legend. Clicking a governorate in shading mode filters by it.
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { MapData } from "@/lib/api-types";
import { EVENT_TYPES } from "@/lib/event-types";
import type { Filters } from "@/lib/filters";
import { apiPaths, getJson, queryKeys } from "@/lib/queries";
import { useFilters } from "../filters/use-filters";
import { QueryState } from "../ui/query-state";
import type { MapMode } from "./leaflet-map";
import { PRECISION_STYLE } from "./map-style";

const LeafletMap = dynamic(() => import("./leaflet-map"), { ssr: false, loading: () => <div className="skeleton map-skeleton" aria-label="جارٍ تحميل الخريطة" /> });

export function EventMap({ pinned, tileUrl, tall = false }: { pinned?: Partial<Filters>; tileUrl?: string | null; tall?: boolean }) {
  const { filters, query, setFilters, urlFilters } = useFilters(pinned);
  const [mode, setMode] = useState<MapMode>("points");
  const q = useQuery({ queryKey: queryKeys.map(query), queryFn: () => getJson<MapData>(apiPaths.map(query)), placeholderData: (prev) => prev });

  const toggleGov = (code: string) =>
    setFilters({ ...urlFilters, gov: urlFilters.gov.includes(code) ? urlFilters.gov.filter((c) => c !== code) : [...urlFilters.gov, code].sort() });

  return (
    <section className={`panel map-panel${tall ? " tall" : ""}`} aria-labelledby="map-title">
      <div className="panel-head">
        <h2 id="map-title">خريطة الأماكن</h2>
        <div className="segmented" role="group" aria-label="طريقة العرض">
          <button type="button" aria-pressed={mode === "points"} onClick={() => setMode("points")}>نقاط الأماكن</button>
          <button type="button" aria-pressed={mode === "shading"} onClick={() => setMode("shading")}>تظليل المحافظات</button>
        </div>
      </div>
      <QueryState query={q} skeleton={<div className="skeleton map-skeleton" />}>
        {(data) => (
          <>
            <div className={q.isFetching ? "map-wrap refreshing" : "map-wrap"}>
              <LeafletMap data={data} mode={mode} tileUrl={tileUrl} focus={filters.gov} onGovernorateClick={mode === "shading" ? toggleGov : undefined} />
            </div>
            <p className="muted small">
              {data.places.length} مكاناً على الخريطة
              {data.unlocated ? ` · ${data.unlocated} حدثاً بلا موقع معروف (لا نخترع له نقطة)` : ""}
              {mode === "shading" ? " · انقر محافظة لتصفية الأحداث بها" : ""}
            </p>
          </>
        )}
      </QueryState>
      {mode === "shading" ? (
        <p className="legend small">عدد الأحداث في المحافظة: أقل <span className="shade-scale" aria-hidden /> أكثر</p>
      ) : (
        <MapLegend />
      )}
    </section>
  );
}

function MapLegend() {
  return (
    <div className="legend map-legend" aria-label="مفتاح الخريطة">
      {EVENT_TYPES.map((t) => (
        <span key={t.slug}><span className="swatch" style={{ background: t.color }} aria-hidden />{t.label}</span>
      ))}
      {[1, 2, 3].map((p) => (
        <span key={p}>
          <svg width="18" height="18" aria-hidden><circle cx="9" cy="9" r="6" fill="#0072b2" fillOpacity={PRECISION_STYLE[p].fillOpacity} stroke="#0072b2" strokeWidth={PRECISION_STYLE[p].weight} strokeDasharray={PRECISION_STYLE[p].dash} /></svg>
          {PRECISION_STYLE[p].label}
        </span>
      ))}
      <span className="muted">حجم الدائرة: عدد الأحداث</span>
    </div>
  );
}
