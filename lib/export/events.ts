// One exported event as a CSV row and as a GeoJSON feature: the same fields in both, with the
// provenance (article, sentence offset) and the precision (date and geo) an analyst needs.
import type { ExportEvent } from "../data/events";
import { GOVERNORATE_BY_CODE } from "../extract/lexicon/governorates";

export const CSV_HEADER = [
  "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "admin1_code", "admin1", "location", "location_en",
  "latitude", "longitude", "geo_precision", "fatalities", "injured", "arrested", "actor1", "actor2", "assoc_actor", "confidence",
  "evidence", "article_ids", "sentence_offsets", "sources", "review_status", "edited_fields", "reviewed_by",
];

const names = (e: ExportEvent, role: string) => e.actors.filter((a) => a.role === role).map((a) => a.actor.nameAr).join("; ");

export function eventFields(e: ExportEvent) {
  return {
    event_id: e.id,
    event_date: e.date?.toISOString().slice(0, 10) ?? null,
    time_precision: e.datePrecision,
    event_type: e.type,
    sub_event_type: e.subType,
    admin1_code: e.admin1,
    admin1: e.admin1 ? GOVERNORATE_BY_CODE.get(e.admin1)?.nameAr ?? null : null,
    location: e.place?.nameAr ?? null,
    location_en: e.place?.nameEn ?? null,
    latitude: e.lat,
    longitude: e.lon,
    geo_precision: e.geoPrecision,
    fatalities: e.fatalities,
    injured: e.injured,
    arrested: e.arrested,
    actor1: names(e, "actor1"),
    actor2: names(e, "actor2"),
    assoc_actor: names(e, "associated"),
    confidence: Math.round(e.confidence * 100) / 100,
    evidence: e.evidence,
    article_ids: e.sources.map((s) => s.articleId).join("; "),
    sentence_offsets: e.sources.map((s) => s.start).join("; "),
    sources: [...new Set(e.sources.map((s) => s.article.source ?? s.article.url ?? s.article.title))].join("; "),
    // The analysts' say: unreviewed | confirmed | corrected | rejected, which fields they changed, and who.
    review_status: e.reviewStatus,
    edited_fields: e.editedFields.split(",").filter(Boolean).join("; "),
    reviewed_by: e.reviewedBy,
  };
}

export function toCsvCells(e: ExportEvent): (string | number | null)[] {
  const f = eventFields(e);
  return CSV_HEADER.map((k) => f[k as keyof typeof f]);
}

export function toFeature(e: ExportEvent) {
  return {
    type: "Feature" as const,
    // An event without coordinates keeps its place in the set with a null geometry (valid GeoJSON)
    // rather than a point we would have to invent.
    geometry: e.lat !== null && e.lon !== null ? { type: "Point" as const, coordinates: [e.lon, e.lat] } : null,
    properties: eventFields(e),
  };
}
