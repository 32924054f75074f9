// The gazetteer search of the correction form: places by Arabic or English name or alias, folded the
// way extraction folds (hamza forms, ta marbuta, diacritics, case), best matches first.
import "server-only";
import { db } from "../db";
import { fold } from "../extract/normalize";
import { searchKey } from "../search/search-key";

export interface PlaceHit {
  id: number;
  nameAr: string;
  nameEn: string | null;
  admin1: string | null;
  kind: string;
}

export async function searchPlaces(q: string, take = 10): Promise<PlaceHit[]> {
  const needle = fold(q.trim()).toLowerCase();
  if (needle.length < 2) return [];
  // The folded search column (kept by the database, lib/search) narrows the gazetteer to the places
  // that can match, instead of reading and folding every place on every keystroke; the ranking below
  // then scores those few by their names one by one.
  const places = await db.place.findMany({
    where: { searchText: { contains: searchKey(q) } },
    select: { id: true, nameAr: true, nameEn: true, admin1: true, kind: true, aliases: true },
  });
  const scored: { hit: PlaceHit; score: number }[] = [];
  for (const p of places) {
    const names = [p.nameAr, p.nameEn ?? "", ...(JSON.parse(p.aliases) as string[])].map((n) => fold(n).toLowerCase());
    // 0: a name equals the query, 1: starts with it, 2: contains it.
    const score = Math.min(...names.map((n) => (n === needle ? 0 : n.startsWith(needle) ? 1 : n.includes(needle) ? 2 : 9)));
    if (score < 9) scored.push({ hit: { id: p.id, nameAr: p.nameAr, nameEn: p.nameEn, admin1: p.admin1, kind: p.kind }, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.hit.nameAr.length - b.hit.nameAr.length).slice(0, take).map((s) => s.hit);
}
