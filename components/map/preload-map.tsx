"use client";
// Asks for Leaflet's chunk and the base layers as soon as the page starts to hydrate. The map sits
// inside a <Suspense> below the filter bar and the figures, and React hydrates boundaries in order,
// so the map's own module ran ~0.7 s after the scripts had arrived (1,000,000 events, 2 cores), and
// only then did Leaflet's download begin. A page with a map puts <PreloadMap /> at its top.
import { expectMap } from "../ui/map-first";
import { loadGeo } from "./load-geo";

let chunk: Promise<typeof import("./leaflet-map")> | null = null;

/** Leaflet's module, asked for once per page (null on the server). */
export function preloadMap(): Promise<typeof import("./leaflet-map")> | null {
  if (typeof window === "undefined") return null;
  if (!chunk) {
    // A failed download is forgotten, so the map's own mount asks again.
    chunk = import("./leaflet-map").catch((error: unknown) => {
      chunk = null;
      throw error;
    });
    void loadGeo().catch(() => undefined);
  }
  return chunk;
}

// At module evaluation: a page that renders <PreloadMap /> in its shell has this module evaluated
// with the shell, before any panel's boundary; the charts then wait for the map (map-first.ts).
expectMap();
preloadMap();

/** Renders nothing: being in the page's shell is what makes the browser run this module early. */
export function PreloadMap() {
  return null;
}
