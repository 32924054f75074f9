// Stage 5: one event per place, type and day: the same event said twice, or at a region and at a
// place inside it, is one.
import type { ArticleContext } from "../context";
import type { PlaceMention } from "../places";
import type { ExtractedEvent } from "../types";
import { namesGovernorate } from "./shared";

/** A place that contains another event place of the same type in the sentence: the event is there, not in the region. */
export function contains(outer: PlaceMention, inner: PlaceMention): boolean {
  if (outer.entry.key === inner.entry.key) return false;
  if (outer.entry.kind === "governorate" || namesGovernorate(outer)) {
    return !!outer.entry.admin1 && inner.entry.admin1 === outer.entry.admin1;
  }
  if (outer.entry.kind === "city" && (inner.entry.kind === "neighbourhood" || inner.cue === "حي" || inner.cue === "احياء")) {
    return Math.abs(outer.entry.lat - inner.entry.lat) < 0.15 && Math.abs(outer.entry.lon - inner.entry.lon) < 0.15;
  }
  return false;
}

/**
 * An event placed only at a governorate ("في محافظة درعا"، or its capital's name standing for it) when
 * the article reports the same type of event, the same day, at a place inside that governorate: the
 * same event counted twice. The precise one keeps it, with the region's count if it has none.
 */
export function inRegionOfAnother(events: ExtractedEvent[], placeOf: Map<ExtractedEvent, PlaceMention>, ctx: ArticleContext): Set<ExtractedEvent> {
  const out = new Set<ExtractedEvent>();
  for (const e of events) {
    const p = placeOf.get(e);
    if (!p || !(p.entry.kind === "governorate" || (namesGovernorate(p) && p.cue === null && p.geoPrecision >= 2)) || !p.entry.admin1) continue;
    const inner = events.find((b) => {
      const q = placeOf.get(b);
      return b !== e && !out.has(b) && q && b.type === e.type && b.date === e.date && q.entry.admin1 === p.entry.admin1 && q.entry.kind !== "governorate" && q.entry.key !== p.entry.key;
    });
    if (!inner) continue;
    // A region's toll larger than the place's sums several places ("سبعة قتلى في ريف إدلب": 4 here, 3 there): its own event.
    if (e.fatalities !== null && inner.fatalities !== null && e.fatalities > inner.fatalities) continue;
    if (inner.fatalities === null && e.fatalities !== null) inner.fatalities = e.fatalities;
    if (inner.injured === null && e.injured !== null) inner.injured = e.injured;
    out.add(e);
    ctx.trace?.push({ stage: "event", rule: "region-contains-site", effect: `dropped: the same ${e.type} is reported at ${inner.placeSurface}`, text: e.placeSurface });
  }
  return out;
}


/** The same type at the same place on the same day, said twice in one article, is one event. */
export function dedupe(events: ExtractedEvent[], uncounted: Set<ExtractedEvent>): ExtractedEvent[] {
  const byKey = new Map<string, ExtractedEvent>();
  for (const e of events) {
    const key = `${e.type}|${e.placeKey}|${e.date ?? "?"}`;
    const kept = byKey.get(key);
    if (!kept) byKey.set(key, e);
    else {
      if (e.fatalities !== null) {
        kept.fatalities = Math.max(kept.fatalities ?? 0, e.fatalities);
        uncounted.delete(kept);
      }
      if (e.injured !== null) kept.injured = Math.max(kept.injured ?? 0, e.injured);
      if (e.arrested !== null) kept.arrested = Math.max(kept.arrested ?? 0, e.arrested);
      kept.confidence = Math.max(kept.confidence, e.confidence);
    }
  }
  return [...byKey.values()];
}
