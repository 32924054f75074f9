// The gazetteer search of the correction form: places by Arabic or English name or alias, folded the
// way extraction folds (hamza forms, ta marbuta, diacritics, case), best matches first.
import "server-only";
import { db } from "../db";
import { foldedQuery, rankByNames } from "./name-rank";
import { searchKey } from "../search/search-key";

export interface PlaceHit {
  id: number;
  nameAr: string;
  nameEn: string | null;
  admin1: string | null;
  kind: string;
}

export async function searchPlaces(q: string, take = 10): Promise<PlaceHit[]> {
  const needle = foldedQuery(q);
  if (needle.length < 2) return [];
  // The folded search column (kept by the database, lib/search) narrows the gazetteer to the places
  // that can match, instead of reading and folding every place on every keystroke; the ranking
  // then scores those few by their names one by one.
  const places = await db.place.findMany({
    where: { searchText: { contains: searchKey(q) } },
    select: { id: true, nameAr: true, nameEn: true, admin1: true, kind: true, aliases: true },
  });
  return rankByNames(places, (p) => [p.nameAr, p.nameEn ?? "", ...(JSON.parse(p.aliases) as string[])], needle, (p) => p.nameAr, take)
    .map((p) => ({ id: p.id, nameAr: p.nameAr, nameEn: p.nameEn, admin1: p.admin1, kind: p.kind }));
}
