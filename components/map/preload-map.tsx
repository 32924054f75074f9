"use client";
// A page whose first panel is its map (the overview, a place) puts <PreloadMap /> at its top: this
// module is then evaluated with the page's shell, before any panel's boundary, and asks for
// Leaflet's chunk at once (map-chunk.ts); and the page's charts wait until the map has drawn
// (components/ui/map-first.ts). A page with a map further down (an actor's, whose timeline comes
// first) leaves it out: its map still asks for Leaflet when its module runs.
import { expectMap } from "../ui/map-first";
import { preloadMap } from "./map-chunk";

expectMap();
preloadMap();

/** Renders nothing: being in the page's shell is what makes the browser run this module early. */
export function PreloadMap() {
  return null;
}
