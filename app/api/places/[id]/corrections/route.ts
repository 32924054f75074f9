// POST /api/places/ID/corrections: an editor's correction of a place (lib/review/entity-route.ts).
import { entityCorrectionRoute } from "@/lib/review/entity-route";

export const POST = entityCorrectionRoute("place");
