// The offline base layers (governorates and neighbouring countries), fetched once per page and
// shared by the Leaflet view and the image export.
let geoCache: Promise<[GeoJSON.FeatureCollection, GeoJSON.FeatureCollection]> | null = null;

export const loadGeo = () =>
  (geoCache ??= Promise.all([fetch("/geo/governorates.json").then((r) => r.json()), fetch("/geo/neighbours.json").then((r) => r.json())]));
