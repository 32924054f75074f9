import { jsonRoute } from "@/lib/api-route";
import { fetchTimeline } from "@/lib/data/timeline";

export const GET = jsonRoute(fetchTimeline);
