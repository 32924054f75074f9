import { jsonRoute } from "@/lib/api-route";
import { fetchCompactMap } from "@/lib/data/map";
import type { QueryDtos } from "@/lib/queries";

// Columns, not objects (lib/map-codec.ts): the same shape the page's prefetch carries.
export const GET = jsonRoute<QueryDtos["map"]>(fetchCompactMap);
