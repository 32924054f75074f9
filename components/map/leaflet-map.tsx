"use client";
// The Leaflet map itself, browser only. The base layer ships with the app (governorate polygons
// and neighbouring countries) so it works offline; a tile layer is added only when configured.
// Markers are drawn on one canvas, which keeps ten thousand places smooth.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import type { MapData, MapPlace } from "@/lib/api-types";
import { typeColor, typeLabel } from "@/lib/event-types";
import { GOVERNORATE_BY_CODE } from "@/lib/extract/lexicon/governorates";
import { PRECISION_STYLE, shade } from "./map-style";

export type MapMode = "points" | "shading";

interface Props {
  data: MapData;
  mode: MapMode;
  tileUrl?: string | null;
  focus: string[];
  onGovernorateClick?: (code: string) => void;
}

const SYRIA: L.LatLngBoundsExpression = [[32.3, 35.6], [37.35, 42.4]];
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
let geoCache: Promise<[GeoJSON.FeatureCollection, GeoJSON.FeatureCollection]> | null = null;
const loadGeo = () =>
  (geoCache ??= Promise.all([fetch("/geo/governorates.json").then((r) => r.json()), fetch("/geo/neighbours.json").then((r) => r.json())]));

function popupHtml(p: MapPlace): string {
  const gov = p.admin1 ? GOVERNORATE_BY_CODE.get(p.admin1)?.nameAr ?? "" : "";
  const precision = PRECISION_STYLE[p.precision]?.label ?? "";
  return `<div dir="rtl" class="map-popup"><strong>${escape(p.name)}</strong>${gov ? ` <span>(${escape(gov)})</span>` : ""}
<div>${p.events} حدث · ${p.fatalities} قتيل</div><div>الأكثر: ${escape(typeLabel(p.type))}</div><div class="muted">${escape(precision)}</div>
<a href="/places/${p.id}">صفحة المكان ←</a></div>`;
}

export default function LeafletMap({ data, mode, tileUrl, focus, onGovernorateClick }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<{ base?: L.GeoJSON; markers?: L.LayerGroup }>({});
  const clickRef = useRef(onGovernorateClick);
  useEffect(() => {
    clickRef.current = onGovernorateClick;
  }, [onGovernorateClick]);

  useEffect(() => {
    if (!el.current || map.current) return;
    const m = L.map(el.current, { preferCanvas: true, zoomSnap: 0.25, attributionControl: true, maxBounds: [[28, 30], [41, 48]], minZoom: 5 });
    m.fitBounds(SYRIA);
    m.attributionControl.setPrefix(false);
    // The base polygons get a pane under the markers' canvas, whatever order they load in.
    m.createPane("base").style.zIndex = "350";
    if (tileUrl) L.tileLayer(tileUrl, { attribution: /openstreetmap/i.test(tileUrl) ? "© OpenStreetMap contributors" : "" }).addTo(m);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
  }, [tileUrl]);

  // Governorates: light outlines in point mode, a choropleth of event counts in shading mode.
  useEffect(() => {
    let cancelled = false;
    loadGeo().then(([govs, neighbours]) => {
      const m = map.current;
      if (cancelled || !m) return;
      layers.current.base?.remove();
      const counts = new Map(data.governorates.map((g) => [g.code, g]));
      const max = Math.max(1, ...data.governorates.map((g) => g.events));
      const group = L.geoJSON(undefined);
      L.geoJSON(neighbours, { pane: "base", interactive: false, style: { color: "#9aa3ab", weight: 1, fillColor: "#e9ecef", fillOpacity: tileUrl ? 0 : 1 } }).addTo(group);
      L.geoJSON(govs, {
        pane: "base",
        style: (feature) => {
          const c = counts.get(feature?.properties.code)?.events ?? 0;
          const focused = focus.length === 0 || focus.includes(feature?.properties.code);
          return mode === "shading"
            ? { color: "#4a5560", weight: 1, fillColor: shade(c / max), fillOpacity: c ? 0.85 : 0.25 }
            : { color: focused ? "#4a5560" : "#aab2b9", weight: focused ? 1.2 : 0.8, fillColor: "#fbfbf8", fillOpacity: tileUrl ? 0.1 : focused ? 1 : 0.6 };
        },
        onEachFeature: (feature, layer) => {
          const g = counts.get(feature.properties.code);
          layer.bindTooltip(`<div dir="rtl"><strong>${escape(feature.properties.nameAr)}</strong><br>${g?.events ?? 0} حدث · ${g?.fatalities ?? 0} قتيل</div>`, { sticky: true });
          layer.on("click", () => clickRef.current?.(feature.properties.code));
        },
      }).addTo(group);
      group.addTo(m);
      layers.current.base = group;
      const focused: GeoJSON.Feature[] = govs.features.filter((f: GeoJSON.Feature) => focus.includes(f.properties?.code));
      m.fitBounds(focused.length ? L.geoJSON(focused).getBounds() : SYRIA, { maxZoom: 10 });
    });
    return () => {
      cancelled = true;
    };
  }, [data.governorates, mode, focus, tileUrl]);

  // One circle per place: size by events, colour by the dominant type, outline by geo-precision.
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    layers.current.markers?.remove();
    if (mode !== "points") return;
    const renderer = L.canvas({ padding: 0.3 });
    // Relative to the busiest place, but never to fewer than 20 events, so a handful of events
    // draws small dots rather than a map of equally large ones.
    const max = Math.max(20, ...data.places.map((p) => p.events));
    const group = L.layerGroup();
    // Small places last, so they stay clickable above the large ones.
    for (const p of [...data.places].sort((a, b) => b.events - a.events)) {
      const style = PRECISION_STYLE[p.precision] ?? PRECISION_STYLE[1];
      const color = typeColor(p.type);
      L.circleMarker([p.lat, p.lon], {
        renderer, radius: 4 + 18 * Math.sqrt(p.events / max), color: style.stroke === "type" ? color : style.stroke, fillColor: color,
        fillOpacity: style.fillOpacity, weight: style.weight, dashArray: style.dash,
      }).bindPopup(() => popupHtml(p)).addTo(group);
    }
    group.addTo(m);
    layers.current.markers = group;
  }, [data.places, mode]);

  return <div ref={el} className="leaflet-host" dir="ltr" data-testid="map" data-places={data.places.length} data-mode={mode} />;
}
