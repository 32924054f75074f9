"use client";
// The map panel: the filtered places from the API (prefetched on the server), a switch between
// points and governorate shading, the legend and the image export. Clicking a governorate in
// shading mode filters by it.
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useRef, useState } from "react";
import { count } from "@/config/plurals";
import type { Filters } from "@/lib/filters";
import { queries } from "@/lib/queries";
import { SOURCE_LINE } from "../charts/chart-frame";
import { useFilterDescription } from "../filters/use-filter-description";
import { useFilters } from "../filters/use-filters";
import { QueryState } from "../ui/query-state";
import type { MapMode, ViewBounds } from "./leaflet-map";
import { loadGeo } from "./load-geo";
import { preloadMap } from "./map-chunk";
import { MapLegend } from "./map-legend";
import { CLUSTER_MIN } from "./map-style";
import { TimePlayer } from "./time-player";

// Leaflet's chunk and the base layers are asked for as soon as the page starts to hydrate (see
// ./preload-map), not once the map has mounted; on a page without <PreloadMap />, when this module runs.
preloadMap();
const LeafletMap = dynamic(() => preloadMap() ?? import("./leaflet-map"), { ssr: false, loading: () => <div className="skeleton map-skeleton" aria-label="جارٍ تحميل الخريطة" /> });

interface Props {
  pinned?: Partial<Filters>;
  tileUrl?: string | null;
  tall?: boolean;
  /** Open on this point (a place page) instead of the whole country. */
  center?: { lat: number; lon: number } | null;
  /** Names for the export's filter line (a pinned place or actor). */
  names?: { actor?: string; place?: string };
  /** Show the control that steps the map through time (the map page). */
  player?: boolean;
}

export function EventMap({ pinned, tileUrl, tall = false, center, names, player = false }: Props) {
  const { filters, query, setFilters, urlFilters } = useFilters(pinned);
  const [mode, setMode] = useState<MapMode>("points");
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const view = useRef<ViewBounds>([32.3, 35.6, 37.35, 42.4]);
  const description = useFilterDescription(filters, names);
  // The places arrive in columns and are decoded by the query's `select` (lib/map-codec.ts).
  const q = useQuery({ ...queries.map(query), placeholderData: (prev) => prev });

  const toggleGov = useCallback(
    (code: string) => setFilters({ ...urlFilters, gov: urlFilters.gov.includes(code) ? urlFilters.gov.filter((c) => c !== code) : [...urlFilters.gov, code].sort() }),
    [setFilters, urlFilters],
  );
  const onView = useCallback((b: ViewBounds) => {
    view.current = b;
  }, []);

  async function exportAs(kind: "png" | "svg") {
    if (!q.data) return;
    setExporting(true);
    setError(null);
    try {
      // The export code loads on the first click, not with the page (issue #11, first-load JavaScript).
      const [[govs, neighbours], { download, frameSvg, svgToPng }, { mapBody, mapLegend }] = await Promise.all([loadGeo(), import("../charts/export-image"), import("./map-export")]);
      const body = mapBody({ data: q.data, mode, focus: filters.gov, bounds: view.current, govs, neighbours });
      const { legend, notes } = mapLegend(q.data, mode);
      const title = mode === "shading" ? "الأحداث حسب المحافظة" : "خريطة أماكن الأحداث";
      const { svg, width, height } = await frameSvg(body.body, body.width, body.height, { title, filters: description, source: SOURCE_LINE, legend, notes });
      download(kind === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await svgToPng(svg, width, height), `map.${kind}`);
    } catch (e) {
      setError(`تعذّر تصدير الخريطة: ${(e as Error).message}`);
    } finally {
      setExporting(false);
    }
  }

  const maxEvents = Math.max(1, ...(q.data?.places.map((p) => p.events) ?? [1]));
  return (
    <section className={`panel map-panel${tall ? " tall" : ""}`} aria-labelledby="map-title">
      <div className="panel-head">
        <h2 id="map-title">خريطة الأماكن</h2>
        <div className="chart-actions">
          <div className="segmented" role="group" aria-label="طريقة العرض">
            <button type="button" aria-pressed={mode === "points"} onClick={() => setMode("points")}>نقاط الأماكن</button>
            <button type="button" aria-pressed={mode === "shading"} onClick={() => setMode("shading")}>تظليل المحافظات</button>
          </div>
          <button type="button" onClick={() => exportAs("png")} disabled={exporting || !q.data} data-testid="map-png">تنزيل PNG</button>
          <button type="button" onClick={() => exportAs("svg")} disabled={exporting || !q.data} data-testid="map-svg">تنزيل SVG</button>
        </div>
      </div>
      {player ? <TimePlayer /> : null}
      <QueryState query={q} skeleton={<div className="skeleton map-skeleton" />}>
        {(data) => (
          <>
            <div className={q.isFetching ? "map-wrap refreshing" : "map-wrap"}>
              <LeafletMap data={data} mode={mode} tileUrl={tileUrl} focus={filters.gov} center={center} onView={onView} onGovernorateClick={mode === "shading" ? toggleGov : undefined} />
            </div>
            <p className="muted small">
              {count(data.places.length, "place")} على الخريطة
              {data.unlocated ? ` · ${count(data.unlocated, "event")} بلا موقع معروف (لا نخترع له نقطة)` : ""}
              {mode === "shading" ? " · انقر محافظة لتصفية الأحداث بها" : ""}
            </p>
          </>
        )}
      </QueryState>
      {error ? <p role="alert" className="error-state">{error}</p> : null}
      {mode === "shading" ? (
        <p className="legend small">عدد الأحداث في المحافظة: أقل <span className="shade-scale" aria-hidden /> أكثر</p>
      ) : (
        <MapLegend maxEvents={maxEvents} clustered={(q.data?.places.length ?? 0) > CLUSTER_MIN} />
      )}
    </section>
  );
}
