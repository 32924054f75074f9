import { jsonRoute } from "@/lib/api-route";
import { fetchMap } from "@/lib/data/map";

export const GET = jsonRoute(fetchMap);
