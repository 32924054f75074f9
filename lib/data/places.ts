// One place: what it is, where it is and how precisely, who acts there and which articles name it.
import "server-only";
import type { Ranked } from "../api-types";
import { db } from "../db";
import type { Filters } from "../filters";
import { parseAliases } from "./aliases";
import { rankActors } from "./rank";
import { eventWhere } from "./where";

export async function fetchPlace(id: number) {
  const place = await db.place.findUnique({
    where: { id },
    select: { id: true, key: true, nameAr: true, nameEn: true, kind: true, lat: true, lon: true, countryCode: true, admin1: true, geonamesId: true, aliases: true, origin: true, geoPrecision: true },
  });
  if (!place) return null;
  return { ...place, aliases: parseAliases(place.aliases, place.nameAr) };
}

export type PlaceProfile = NonNullable<Awaited<ReturnType<typeof fetchPlace>>>;

export async function fetchPlaceActors(placeId: number, f: Filters, take = 10): Promise<Ranked[]> {
  return (await rankActors({ event: eventWhere({ ...f, place: placeId }) }, take)).ranked;
}

/** Articles that name the place, with how often, newest first. */
export async function fetchPlaceArticles(placeId: number, take = 20) {
  const groups = await db.mention.groupBy({ by: ["articleId"], where: { kind: "place", placeId }, _count: { _all: true } });
  const articles = await db.article.findMany({
    where: { mentions: { some: { kind: "place", placeId } } },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take,
    select: { id: true, title: true, publishedAt: true },
  });
  const count = new Map(groups.map((g) => [g.articleId, g._count._all]));
  return { total: groups.length, articles: articles.map((a) => ({ ...a, publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null, mentions: count.get(a.id) ?? 0 })) };
}
