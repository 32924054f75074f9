// One place: what it is, where it is and how precisely, who acts there and which articles name it.
import "server-only";
import type { PlaceOption, Ranked } from "../api-types";
import { db } from "../db";
import type { Filters } from "../filters";
import { parseAliases } from "./aliases";
import { rankActors } from "./rank";
import { eventWhere } from "./where";

export async function fetchPlace(id: number) {
  const place = await db.place.findUnique({
    where: { id },
    select: { id: true, key: true, nameAr: true, nameEn: true, kind: true, lat: true, lon: true, countryCode: true, admin1: true, geonamesId: true, aliases: true, origin: true, geoPrecision: true, mergedIntoId: true },
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

const MAX_SEARCH = 100;

/** Places with events whose Arabic or English name contains `search`, the busiest first, for the
 * filter bar's place search; or the one place `id` (to name a place the URL already filters on). */
export async function fetchPlaceOptions(search: string, id: number | null, take = 20): Promise<PlaceOption[]> {
  const text = Array.from(search.trim()).slice(0, MAX_SEARCH).join("");
  if (!id && !text) return [];
  // SQLite's LIKE ignores ASCII case and PostgreSQL's does not (and the SQLite client has no `mode`),
  // so English names are also tried capitalised: «saraqib» finds «Saraqib» on both.
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  const where = id
    ? { id }
    : { events: { some: {} }, OR: [{ nameAr: { contains: text } }, { nameEn: { contains: text } }, { nameEn: { contains: capital } }] };
  const rows = await db.place.findMany({
    where, take, orderBy: [{ events: { _count: "desc" } }, { id: "asc" }],
    select: { id: true, nameAr: true, nameEn: true, admin1: true, _count: { select: { events: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.nameAr, nameEn: r.nameEn, admin1: r.admin1, events: r._count.events }));
}
