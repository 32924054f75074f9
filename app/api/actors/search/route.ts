// GET /api/actors/search?q=…: actors for the event form (folded Arabic or English names and aliases).
import { jsonRoute } from "@/lib/api-route";
import { searchActors } from "@/lib/data/actor-search";

export const GET = jsonRoute((_f, params) => searchActors(params.get("q") ?? ""));
