// The overview's map is drawn before its charts start. On two cores the browser's main thread is
// what the panels share: Recharts' chunk (112 KB) arrived while Leaflet was drawing, and evaluating
// it and laying out the timeline's bars pushed the first drawn map from ~1.35 s to 1.6–2.0 s after
// navigation (1,000,000 events; blocking the chunk alone gave the lower figure). So on a page whose
// shell asks for the map (components/map/preload-map.tsx), the charts' chunks are requested once
// the map has drawn its points, or after MAP_FIRST_MS whatever happens to the map (a failed load,
// an empty filter). Any other page, and any later navigation, loads the charts at once.
// Decision 0024.

/** The longest the charts wait for the map. */
export const MAP_FIRST_MS = 2500;

let expected = false;
let done = false;
let settle: () => void = () => {};
const settled = new Promise<void>((resolve) => (settle = () => {
  done = true;
  resolve();
}));

/** Called by the map's preload: this page's map is its first panel. */
export function expectMap(): void {
  expected = true;
}

/** Called by the map once it has drawn (circles, cells, or nothing to draw). */
export function mapSettled(): void {
  settle();
}

/** Resolves when a chart may start loading: now, or once the map of this page has drawn. */
export function afterMap(): Promise<void> {
  // Once the map has drawn, no chart waits (nor starts a timer).
  if (!expected || done || typeof window === "undefined") return Promise.resolve();
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, MAP_FIRST_MS))]);
}
