// The offline base layers (governorates and neighbouring countries), fetched once per page and
// shared by the Leaflet view and the image export.
let geoCache: Promise<[GeoJSON.FeatureCollection, GeoJSON.FeatureCollection]> | null = null;

/** A failed fetch is forgotten, so the next caller asks again. */
export const loadGeo = () =>
  (geoCache ??= Promise.all([fetch("/geo/governorates.json").then((r) => r.json()), fetch("/geo/neighbours.json").then((r) => r.json())]).catch((error: unknown) => {
    geoCache = null;
    throw error;
  }));
