// Places and actors for the search box, by their folded names and aliases (lib/search), those with the
// most events first, so «ادلب» offers Idlib the governorate and city before a village of that name.
import "server-only";
import type { Suggestion } from "../api-types";
import { db } from "../db";
import { searchKey } from "../search/search-key";

const EACH = 5;

export async function fetchSuggestions(q: string): Promise<Suggestion[]> {
  const key = searchKey(q);
  if (!key) return [];
  // The key has no LIKE wildcards, so `contains` is a literal substring (pg_trgm serves it on PostgreSQL).
  const where = { searchText: { contains: key } };
  const [places, actors] = await Promise.all([
    db.place.findMany({ where, select: { id: true, nameAr: true, admin1: true, _count: { select: { events: true } } }, orderBy: [{ events: { _count: "desc" } }, { id: "asc" }], take: EACH }),
    db.actor.findMany({ where, select: { id: true, nameAr: true, nameEn: true, _count: { select: { events: true } } }, orderBy: [{ events: { _count: "desc" } }, { id: "asc" }], take: EACH }),
  ]);
  return [
    ...places.map((p): Suggestion => ({ kind: "place", id: p.id, name: p.nameAr, detail: p.admin1 })),
    ...actors.map((a): Suggestion => ({ kind: "actor", id: a.id, name: a.nameAr, detail: a.nameEn })),
  ];
}
