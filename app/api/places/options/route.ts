import { jsonRoute } from "@/lib/api-route";
import { fetchPlaceOptions } from "@/lib/data/places";

// `search` (not `q`, which is the filters' text search) is the typed name; `id` names one place.
export const GET = jsonRoute((_f, params) => {
  const id = Number(params.get("id"));
  return fetchPlaceOptions(params.get("search") ?? "", Number.isInteger(id) && id > 0 && id < 2 ** 31 ? id : null);
});
