import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { extract } from "@/lib/extract";

export const knowledge = loadKnowledge();
export const run = (text: string) => extract(text, knowledge);
export const placeNames = (text: string) => run(text).places.map((p) => p.entry.nameAr);
export const actorNames = (text: string) => run(text).actors.map((a) => a.entry.nameAr);

/** "type@place" for each event, with the place's canonical name. */
export function eventsOf(text: string): string[] {
  const r = run(text);
  return r.events.map((e) => `${e.type}@${(r.places.find((p) => p.entry.key === e.placeKey)?.entry ?? knowledge.placeByKey.get(e.placeKey))?.nameAr ?? e.placeSurface}`);
}

/** The place of each event. */
export const eventPlaces = (text: string) => eventsOf(text).map((e) => e.split("@")[1]);
