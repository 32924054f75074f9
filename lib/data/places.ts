// One place: what it is, where it is and how precisely, who acts there and which articles name it.
import "server-only";
import type { PlaceOption, Ranked } from "../api-types";
import { db, dialect } from "../db";
import type { Filters } from "../filters";
import { Prisma } from "../generated/sqlite/client";
import { parseAliases } from "./aliases";
import { rankActorsSql } from "./rank";
import { sqlWhere } from "./sql-where";

export async function fetchPlace(id: number) {
  const place = await db.place.findUnique({
    where: { id },
    select: { id: true, key: true, nameAr: true, nameEn: true, kind: true, lat: true, lon: true, countryCode: true, admin1: true, geonamesId: true, aliases: true, origin: true, geoPrecision: true, mergedIntoId: true },
  });
  if (!place) return null;
  return { ...place, aliases: parseAliases(place.aliases, place.nameAr) };
}

export type PlaceProfile = NonNullable<Awaited<ReturnType<typeof fetchPlace>>>;

/** Who acts at the place: one GROUP BY over its events (the place's index), where the ORM's relation
 * filter tested every actor role against the event condition (440 ms at a million events). */
export async function fetchPlaceActors(placeId: number, f: Filters, take = 10): Promise<Ranked[]> {
  return (await rankActorsSql(sqlWhere({ ...f, place: placeId }, dialect), take)).ranked;
}

type Num = number | bigint;

/** Articles that name the place, with how often, newest first: the articles' date index walked newest
 * first, each tested against the place's article ids (read once from the mentions' index). The ORM's
 * `some` became a subquery per article that SQLite answered by the place's mentions, not the
 * article's: at a million events the busiest place's page never finished. */
export async function fetchPlaceArticles(placeId: number, take = 20) {
  const [{ n }] = await db.$queryRaw<{ n: Num }[]>`SELECT COUNT(DISTINCT m."articleId") AS n FROM "Mention" m WHERE m."kind" = 'place' AND m."placeId" = ${placeId}`;
  const articles = await db.$queryRaw<{ id: Num; title: string; publishedAt: Date | string | null }[]>`
    SELECT a."id", a."title", a."publishedAt" FROM "Article" a
    WHERE ${Prisma.raw(dialect === "sqlite" ? "+" : "")}a."id" IN (SELECT m."articleId" FROM "Mention" m WHERE m."kind" = 'place' AND m."placeId" = ${placeId})
    ORDER BY a."publishedAt" DESC NULLS LAST, a."id" DESC LIMIT ${take}`;
  const ids = articles.map((a) => Number(a.id));
  const counts = ids.length
    ? await db.mention.groupBy({ by: ["articleId"], where: { kind: "place", placeId, articleId: { in: ids } }, _count: { _all: true } })
    : [];
  const count = new Map(counts.map((g) => [g.articleId, g._count._all]));
  return {
    total: Number(n),
    articles: articles.map((a) => ({
      id: Number(a.id), title: a.title, publishedAt: a.publishedAt === null ? null : new Date(a.publishedAt).toISOString().slice(0, 10), mentions: count.get(Number(a.id)) ?? 0,
    })),
  };
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
