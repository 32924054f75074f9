import { jsonRoute } from "@/lib/api-route";
import { fetchActorOptions } from "@/lib/data/actors";
import type { QueryDtos } from "@/lib/queries";

export const GET = jsonRoute<QueryDtos["actorOptions"]>(() => fetchActorOptions());
