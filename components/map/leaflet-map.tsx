"use client";
// The Leaflet map itself, browser only. The base layer ships with the app (governorate polygons
// and neighbouring countries) so it works offline; a tile layer is added only when configured.
// Panes, bottom to top: base (SVG polygons, clickable in shading mode), points (ONE canvas for all
// circles, created once and hidden in shading mode so it never swallows a governorate's click),
// labels (names, never interactive).
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { count } from "@/config/plurals";
import type { MapData, MapPlace } from "@/lib/api-types";
import { typeColor, typeLabel } from "@/lib/event-types";
import { GOVERNORATE_BY_CODE } from "@/lib/extract/lexicon/governorates";
import { dominantType, gridCells, labelPoint, nonOverlapping, textWidth } from "./geo";
import { mapSettled } from "../ui/map-first";
import { loadGeo } from "./load-geo";
import { CLUSTER_CELL_PX, CLUSTER_MAX_ZOOM, CLUSTER_MIN, PLACE_LABEL_MAX, PLACE_LABEL_ZOOM, PRECISION_STYLE, radiusFor, shade } from "./map-style";

export type MapMode = "points" | "shading";
export type ViewBounds = [number, number, number, number];

interface Props {
  data: MapData;
  mode: MapMode;
  tileUrl?: string | null;
  focus: string[];
  /** A place page's map opens on the place instead of the whole country. */
  center?: { lat: number; lon: number } | null;
  onGovernorateClick?: (code: string) => void;
  /** The visible [south, west, north, east], for the image export. */
  onView?: (b: ViewBounds) => void;
}

const SYRIA: L.LatLngBoundsExpression = [[32.3, 35.6], [37.35, 42.4]];
const PLACE_ZOOM = 10;
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const label = (text: string, cls: string) => L.divIcon({ className: `map-label ${cls}`, html: `<span dir="auto">${escape(text)}</span>`, iconSize: [0, 0] });

function popupHtml(p: MapPlace): string {
  const gov = p.admin1 ? GOVERNORATE_BY_CODE.get(p.admin1)?.nameAr ?? "" : "";
  const precision = PRECISION_STYLE[p.precision]?.label ?? "";
  return `<div dir="rtl" class="map-popup"><strong>${escape(p.name)}</strong>${gov ? ` <span>(${escape(gov)})</span>` : ""}
<div>${count(p.events, "event")} · ${count(p.fatalities, "killed")}</div><div>الأكثر: ${escape(typeLabel(p.type))}</div><div class="muted">${escape(precision)}</div>
<a href="/places/${p.id}">صفحة المكان ←</a></div>`;
}

/** The charts may load once the canvas has painted (Leaflet redraws it on the next frame). */
const settleAfterFrame = () => requestAnimationFrame(() => setTimeout(mapSettled, 0));

export default function LeafletMap({ data, mode, tileUrl, focus, center, onGovernorateClick, onView }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const renderer = useRef<L.Canvas | null>(null);
  const svgRenderer = useRef<L.SVG | null>(null);
  const layers = useRef<{ base?: L.LayerGroup; markers?: L.LayerGroup; govLabels?: L.LayerGroup; placeLabels?: L.LayerGroup }>({});
  const handlers = useRef({ onGovernorateClick, onView });
  const [drawn, setDrawn] = useState({ circles: 0, cells: 0 });
  const [zoom, setZoom] = useState<number | null>(null);
  const centered = Boolean(center);
  const fitted = useRef<string | null>(null);
  // Where the governorate names sit, so a density cell's number never prints over one.
  const govNames = useRef<{ text: string; at: [number, number] }[]>([]);
  useEffect(() => {
    handlers.current = { onGovernorateClick, onView };
  }, [onGovernorateClick, onView]);

  useEffect(() => {
    if (!el.current || map.current) return;
    const m = L.map(el.current, { zoomSnap: 0.25, attributionControl: true, maxBounds: [[28, 30], [41, 48]], minZoom: 5 });
    m.attributionControl.setPrefix(false);
    m.createPane("base").style.zIndex = "350";
    m.createPane("points").style.zIndex = "420";
    const labels = m.createPane("labels");
    labels.style.zIndex = "440";
    labels.style.pointerEvents = "none";
    renderer.current = L.canvas({ pane: "points", padding: 0.3 });
    svgRenderer.current = L.svg({ pane: "base" });
    if (center) m.setView([center.lat, center.lon], PLACE_ZOOM);
    else m.fitBounds(SYRIA);
    L.control.scale({ metric: true, imperial: false, position: "bottomleft" }).addTo(m);
    if (tileUrl) L.tileLayer(tileUrl, { attribution: /openstreetmap/i.test(tileUrl) ? "© OpenStreetMap contributors" : "" }).addTo(m);
    const report = () => {
      const b = m.getBounds();
      handlers.current.onView?.([b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]);
      setZoom(m.getZoom());
    };
    m.on("moveend", report);
    report();
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
      renderer.current = null;
      svgRenderer.current = null;
    };
    // The centre only matters when the map is created; later data changes keep the analyst's view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tileUrl]);

  // Governorates: light outlines in point mode, a choropleth of event counts in shading mode, and
  // their names (Damascus only once zoomed in, where it no longer sits on Rif Dimashq's name).
  useEffect(() => {
    let cancelled = false;
    loadGeo().then(([govs, neighbours]) => {
      const m = map.current;
      const svg = svgRenderer.current;
      if (cancelled || !m || !svg) return;
      layers.current.base?.remove();
      layers.current.govLabels?.remove();
      const counts = new Map(data.governorates.map((g) => [g.code, g]));
      const max = Math.max(1, ...data.governorates.map((g) => g.events));
      const group = L.layerGroup();
      // GeoJSON passes its options on to each polygon, renderer included (the typings omit it).
      const neighbourOptions: L.GeoJSONOptions & L.PathOptions = { pane: "base", renderer: svg, interactive: false, style: { color: "#9aa3ab", weight: 1, fillColor: "#e9ecef", fillOpacity: tileUrl ? 0 : 1 } };
      L.geoJSON(neighbours, neighbourOptions).addTo(group);
      const govOptions: L.GeoJSONOptions & L.PathOptions = {
        pane: "base",
        renderer: svg,
        interactive: mode === "shading",
        style: (feature) => {
          const c = counts.get(feature?.properties.code)?.events ?? 0;
          const focused = focus.length === 0 || focus.includes(feature?.properties.code);
          return mode === "shading"
            ? { color: focused && focus.length ? "#1d232a" : "#4a5560", weight: focused && focus.length ? 2.5 : 1, fillColor: shade(c / max), fillOpacity: c ? 0.85 : 0.25 }
            : { color: focused ? "#4a5560" : "#aab2b9", weight: focused ? 1.2 : 0.8, fillColor: "#fbfbf8", fillOpacity: tileUrl ? 0.1 : focused ? 1 : 0.6 };
        },
        onEachFeature: (feature, layer) => {
          if (mode !== "shading") return;
          const g = counts.get(feature.properties.code);
          layer.bindTooltip(`<div dir="rtl"><strong>${escape(feature.properties.nameAr)}</strong><br>${count(g?.events ?? 0, "event")} · ${count(g?.fatalities ?? 0, "killed")}</div>`, { sticky: true });
          layer.on("click", () => handlers.current.onGovernorateClick?.(feature.properties.code));
        },
      };
      L.geoJSON(govs, govOptions).addTo(group);
      group.addTo(m);
      layers.current.base = group;

      govNames.current = govs.features.map((f: GeoJSON.Feature) => ({ text: String(f.properties?.nameAr ?? ""), at: labelPoint(f.geometry) }));
      const names = L.layerGroup();
      const showNames = () => {
        names.clearLayers();
        for (const f of govs.features) {
          if (f.properties?.code === "SY-DI" && m.getZoom() < 8) continue;
          L.marker(labelPoint(f.geometry), { pane: "labels", interactive: false, keyboard: false, icon: label(f.properties?.nameAr ?? "", "gov-label") }).addTo(names);
        }
      };
      showNames();
      m.on("zoomend", showNames);
      names.addTo(m);
      layers.current.govLabels = names;
      // Refit only when the governorates asked for change, not on every new count (a date step of
      // the player, a type toggled): the analyst's zoom stays put.
      const focusKey = focus.join(",");
      if (!centered && fitted.current !== focusKey) {
        fitted.current = focusKey;
        const focused: GeoJSON.Feature[] = govs.features.filter((f: GeoJSON.Feature) => focus.includes(f.properties?.code));
        m.fitBounds(focused.length ? L.geoJSON(focused).getBounds() : SYRIA, { maxZoom: 10 });
      }
      cleanup = () => m.off("zoomend", showNames);
    });
    let cleanup = () => {};
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [data.governorates, mode, focus, tileUrl, centered]);

  // One circle per place (size: events, colour: dominant type, outline: geo-precision), or at low
  // zoom with many places one circle per grid cell; and the names of the busiest places in view.
  useEffect(() => {
    const m = map.current;
    const canvas = renderer.current;
    if (!m || !canvas) return;
    const pointsPane = m.getPane("points");
    if (pointsPane) pointsPane.style.display = mode === "points" ? "" : "none";
    const draw = () => {
      layers.current.markers?.remove();
      layers.current.placeLabels?.remove();
      if (mode !== "points") {
        setDrawn({ circles: 0, cells: 0 });
        settleAfterFrame();
        return;
      }
      const group = L.layerGroup();
      const names = L.layerGroup();
      const zoom = m.getZoom();
      if (data.places.length > CLUSTER_MIN && zoom < CLUSTER_MAX_ZOOM) {
        const cells = gridCells(data.places, (p) => {
          const pt = m.project([p.lat, p.lon], zoom);
          return [pt.x, pt.y];
        }, m.getSize().x < 500 ? CLUSTER_CELL_PX * 1.3 : CLUSTER_CELL_PX);
        const max = Math.max(...cells.map((c) => c.events));
        const nameBoxes = govNames.current.map((g) => {
          const pt = m.latLngToContainerPoint(g.at);
          return { x: pt.x, y: pt.y, w: textWidth(g.text, 13), h: 15 };
        });
        const clear = (at: L.LatLng, text: string) => {
          const pt = m.latLngToContainerPoint(at);
          const w = textWidth(text, 11);
          return !nameBoxes.some((b) => Math.abs(b.x - pt.x) * 2 < b.w + w && Math.abs(b.y - pt.y) * 2 < b.h + 12);
        };
        for (const c of cells) {
          const at = m.unproject([c.x, c.y], zoom);
          const color = typeColor(dominantType(c.items));
          const circle = L.circleMarker(at, { renderer: canvas, radius: 5 + 16 * Math.sqrt(c.events / max), color: "#ffffff", weight: 1.5, fillColor: color, fillOpacity: 0.75 });
          if (c.items.length === 1) circle.bindPopup(() => popupHtml(c.items[0]));
          else {
            circle.bindTooltip(`<div dir="rtl">${count(c.items.length, "place")} · ${count(c.events, "event")}<br><span class="muted">انقر للتقريب</span></div>`);
            circle.on("click", () => m.fitBounds(L.latLngBounds(c.items.map((p) => [p.lat, p.lon])), { maxZoom: CLUSTER_MAX_ZOOM, padding: [20, 20] }));
            // The count is in the tooltip too: where it would cover a governorate's name, the name wins.
            if (clear(at, String(c.items.length))) L.marker(at, { pane: "labels", interactive: false, keyboard: false, icon: label(String(c.items.length), "cell-label") }).addTo(names);
          }
          circle.addTo(group);
        }
        setDrawn({ circles: cells.length, cells: cells.length });
      } else {
        const max = Math.max(...data.places.map((p) => p.events));
        // Small places last, so they stay clickable above the large ones.
        for (const p of [...data.places].sort((a, b) => b.events - a.events)) {
          const style = PRECISION_STYLE[p.precision] ?? PRECISION_STYLE[1];
          const color = typeColor(p.type);
          L.circleMarker([p.lat, p.lon], {
            renderer: canvas, radius: radiusFor(p.events, max), color: style.stroke === "type" ? color : style.stroke, fillColor: color,
            fillOpacity: style.fillOpacity, weight: style.weight, dashArray: style.dash,
          }).bindPopup(() => popupHtml(p)).addTo(group);
        }
        if (zoom >= PLACE_LABEL_ZOOM) {
          const view = m.getBounds();
          const visible = data.places.filter((p) => view.contains([p.lat, p.lon])).sort((a, b) => b.events - a.events).slice(0, PLACE_LABEL_MAX);
          const fits = nonOverlapping(visible, (p) => {
            const pt = m.latLngToContainerPoint([p.lat, p.lon]);
            return { x: pt.x, y: pt.y - 12, w: textWidth(p.name, 12), h: 14 };
          });
          for (const p of fits) L.marker([p.lat, p.lon], { pane: "labels", interactive: false, keyboard: false, icon: label(p.name, "place-label") }).addTo(names);
        }
        setDrawn({ circles: data.places.length, cells: 0 });
      }
      group.addTo(m);
      names.addTo(m);
      layers.current.markers = group;
      layers.current.placeLabels = names;
      settleAfterFrame();
    };
    draw();
    // moveend also follows every zoom.
    m.on("moveend", draw);
    return () => {
      m.off("moveend", draw);
    };
  }, [data.places, mode]);

  return (
    <div ref={el} className="leaflet-host" dir="ltr" data-testid="map" data-places={data.places.length} data-mode={mode} data-circles={drawn.circles} data-cells={drawn.cells} data-zoom={zoom ?? undefined} />
  );
}
