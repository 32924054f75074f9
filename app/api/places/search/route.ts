// GET /api/places/search?q=…: places for the correction form (folded Arabic or English names).
import { jsonRoute } from "@/lib/api-route";
import { searchPlaces } from "@/lib/data/place-search";

export const GET = jsonRoute((_f, params) => searchPlaces(params.get("q") ?? ""));
