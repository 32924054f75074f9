// The actor search of the event form: actors by Arabic or English name or alias, folded (as places are
// in place-search.ts), narrowed by the database's folded search column, best matches first.
import "server-only";
import { db } from "../db";
import { searchKey } from "../search/search-key";
import { foldedQuery, rankByNames } from "./name-rank";

export interface ActorHit { id: number; nameAr: string; nameEn: string | null; kind: string }

export async function searchActors(q: string, take = 10): Promise<ActorHit[]> {
  const needle = foldedQuery(q);
  if (needle.length < 2) return [];
  const actors = await db.actor.findMany({
    where: { searchText: { contains: searchKey(q) } },
    select: { id: true, nameAr: true, nameEn: true, kind: true, aliases: true },
  });
  return rankByNames(actors, (a) => [a.nameAr, a.nameEn ?? "", ...(JSON.parse(a.aliases) as string[])], needle, (a) => a.nameAr, take)
    .map((a) => ({ id: a.id, nameAr: a.nameAr, nameEn: a.nameEn, kind: a.kind }));
}
