import { jsonRoute } from "@/lib/api-route";
import { fetchMap } from "@/lib/data/map";
import { encodeMap } from "@/lib/map-codec";
import type { QueryDtos } from "@/lib/queries";

// Columns, not objects (lib/map-codec.ts): the same shape the page's prefetch carries.
export const GET = jsonRoute<QueryDtos["map"]>(async (f) => encodeMap(await fetchMap(f)));
