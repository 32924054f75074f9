// POST /api/actors/ID/corrections: an editor's correction of an actor (lib/review/entity-route.ts).
import { entityCorrectionRoute } from "@/lib/review/entity-route";

export const POST = entityCorrectionRoute("actor");
