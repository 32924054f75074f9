"use client";
// A small Leaflet map with one draggable marker: where the analyst puts a place. Browser only
// (imported through next/dynamic from place-correction-form.tsx); the base layer is the offline
// governorate outlines (components/map/load-geo.ts), so it works without tiles.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { loadGeo } from "../map/load-geo";

const SYRIA: L.LatLngTuple = [35.0, 38.5];

export default function MarkerMap({ lat, lon, onMove }: { lat: number | null; lon: number | null; onMove: (lat: number, lon: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const marker = useRef<L.Marker | null>(null);
  const map = useRef<L.Map | null>(null);
  const move = useRef(onMove);
  useEffect(() => { move.current = onMove; }, [onMove]);

  useEffect(() => {
    if (!box.current) return;
    const m = L.map(box.current, { center: lat !== null && lon !== null ? [lat, lon] : SYRIA, zoom: lat !== null ? 9 : 6, attributionControl: false });
    map.current = m;
    loadGeo().then(([govs]) => {
      if (map.current === m) L.geoJSON(govs, { interactive: false, style: { color: "#4a5560", weight: 1, fillColor: "#fbfbf8", fillOpacity: 1 } }).addTo(m).bringToBack();
    });
    // A divIcon: Leaflet's default marker image would be a request to a path the bundle does not ship.
    const icon = L.divIcon({ className: "drag-marker", html: "<span></span>", iconSize: [18, 18] });
    const mk = L.marker(lat !== null && lon !== null ? [lat, lon] : SYRIA, { draggable: true, icon, keyboard: true, title: "اسحب إلى الموقع الصحيح" }).addTo(m);
    mk.on("dragend", () => {
      const p = mk.getLatLng();
      move.current(Number(p.lat.toFixed(5)), Number(p.lng.toFixed(5)));
    });
    marker.current = mk;
    return () => {
      map.current = null;
      m.remove();
    };
    // The map is made once; typed coordinates move the marker below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon)) marker.current?.setLatLng([lat, lon]);
  }, [lat, lon]);

  return <div ref={box} className="marker-map" data-testid="marker-map" dir="ltr" />;
}
