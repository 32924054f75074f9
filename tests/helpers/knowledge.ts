import { loadKnowledge } from "@/lib/extract/load";
import { extract } from "@/lib/extract";

export const knowledge = loadKnowledge();
export const run = (text: string) => extract(text, knowledge);
export const placeNames = (text: string) => run(text).places.map((p) => p.entry.nameAr);
export const actorNames = (text: string) => run(text).actors.map((a) => a.entry.nameAr);
