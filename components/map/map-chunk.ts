// Leaflet's chunk and the base layers, asked for once per page. The map sits inside a <Suspense>
// below the filter bar and the figures, and React hydrates boundaries in order, so the map's own
// module ran ~0.7 s after the scripts had arrived (1,000,000 events, 2 cores), and only then did
// Leaflet's download begin: a page asks here as soon as this module runs (preload-map.tsx).
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
