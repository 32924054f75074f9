import { jsonRoute } from "@/lib/api-route";
import { fetchBreakdown } from "@/lib/data/breakdown";

export const GET = jsonRoute((f) => fetchBreakdown(f));
