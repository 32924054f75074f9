// GET /api/period: the first and last event dates of the whole data set (read-only, no filters).
import { jsonRoute } from "@/lib/api-route";
import { fetchPeriod } from "@/lib/data/period";

export const GET = jsonRoute(() => fetchPeriod());
