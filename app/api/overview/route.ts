import { jsonRoute } from "@/lib/api-route";
import { fetchOverview } from "@/lib/data/overview";
import type { QueryDtos } from "@/lib/queries";

export const GET = jsonRoute<QueryDtos["overview"]>(fetchOverview);
