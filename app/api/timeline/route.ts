import { jsonRoute } from "@/lib/api-route";
import { fetchTimeline } from "@/lib/data/timeline";
import type { QueryDtos } from "@/lib/queries";

export const GET = jsonRoute<QueryDtos["timeline"]>(fetchTimeline);
