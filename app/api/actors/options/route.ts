import { jsonRoute } from "@/lib/api-route";
import { fetchActorOptions } from "@/lib/data/actors";

export const GET = jsonRoute(() => fetchActorOptions());
