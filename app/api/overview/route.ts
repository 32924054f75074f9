import { jsonRoute } from "@/lib/api-route";
import { fetchOverview } from "@/lib/data/overview";

export const GET = jsonRoute(fetchOverview);
