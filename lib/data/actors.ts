// Actors: the searchable list, one profile, the actors that appear with it, its statements, and
// the options of the filter bar.
import "server-only";
import type { ActorOption, Ranked } from "../api-types";
import { db } from "../db";
import { EMPTY_FILTERS, type Filters } from "../filters";
import { parseAliases } from "./aliases";
import { cachedByKey } from "./cache";
import { rankActors, rankActorsFromRollup, rankCoActorsFromRollup } from "./rank";
import { pairRollupAnswers } from "./rollup";
import { eventWhere } from "./where";

export interface ActorListItem {
  id: number;
  name: string;
  nameEn: string | null;
  kind: string;
  events: number;
  mentions: number;
}

export async function fetchActorList(opts: { q: string; kind: string | null }): Promise<{ actors: ActorListItem[]; kinds: Record<string, number> }> {
  const q = opts.q.trim();
  const textWhere = q ? { OR: [{ nameAr: { contains: q } }, { nameEn: { contains: q } }, { aliases: { contains: q } }] } : {};
  const [actors, kinds, events, mentions] = await Promise.all([
    db.actor.findMany({ where: { ...textWhere, ...(opts.kind ? { kind: opts.kind } : {}) }, select: { id: true, nameAr: true, nameEn: true, kind: true } }),
    db.actor.groupBy({ by: ["kind"], where: textWhere, _count: { _all: true } }),
    db.eventActor.groupBy({ by: ["actorId"], _count: { _all: true } }),
    db.mention.groupBy({ by: ["actorId"], where: { kind: "actor", actorId: { not: null } }, _count: { _all: true } }),
  ]);
  const ev = new Map(events.map((e) => [e.actorId, e._count._all]));
  const mn = new Map(mentions.map((m) => [m.actorId!, m._count._all]));
  const list = actors
    .map((a) => ({ id: a.id, name: a.nameAr, nameEn: a.nameEn, kind: a.kind, events: ev.get(a.id) ?? 0, mentions: mn.get(a.id) ?? 0 }))
    // Actors of the knowledge base never read in any article stay out of the list.
    .filter((a) => a.events > 0 || a.mentions > 0)
    .sort((a, b) => b.events - a.events || b.mentions - a.mentions || a.name.localeCompare(b.name, "ar"));
  return { actors: list, kinds: Object.fromEntries(kinds.map((k) => [k.kind, k._count._all])) };
}

export async function fetchActor(id: number) {
  const actor = await db.actor.findUnique({
    where: { id },
    select: {
      id: true, key: true, nameAr: true, nameEn: true, kind: true, description: true, origin: true, aliases: true, mergedIntoId: true,
      affiliation: { select: { id: true, nameAr: true } },
      members: { select: { id: true, nameAr: true, kind: true }, orderBy: { nameAr: "asc" }, take: 50 },
    },
  });
  if (!actor) return null;
  // Counted by the actor's own index entries: the ORM's `_count` grouped every actor's mentions to
  // read one (2.2 s at a million events).
  const [mentions, events] = await Promise.all([db.mention.count({ where: { kind: "actor", actorId: id } }), db.eventActor.count({ where: { actorId: id } })]);
  return { ...actor, aliases: parseAliases(actor.aliases, actor.nameAr), _count: { mentions, events } };
}

export type ActorProfile = NonNullable<Awaited<ReturnType<typeof fetchActor>>>;

/** What the actor is reported as saying: each statement with its sentence and article. */
export async function fetchStatements(actorId: number, take = 50) {
  const rows = await db.mention.findMany({
    where: { kind: "statement", actorId },
    orderBy: [{ article: { publishedAt: { sort: "desc", nulls: "last" } } }, { articleId: "desc" }, { start: "asc" }],
    take,
    select: { id: true, start: true, detail: true, surface: true, article: { select: { id: true, title: true, publishedAt: true } } },
  });
  return rows.map((r) => ({
    id: r.id, sentence: r.detail ?? r.surface, start: r.start, articleId: r.article.id, title: r.article.title,
    publishedAt: r.article.publishedAt?.toISOString().slice(0, 10) ?? null,
  }));
}

/** The actors that share the most filtered events with this one: from RollupCoActor when the filter
 * allows (lib/data/rollup.ts, pairRollupAnswers), else the events'. */
export async function fetchCoActors(actorId: number, f: Filters, take = 10): Promise<Ranked[]> {
  const withActor = { ...f, actor: actorId, role: EMPTY_FILTERS.role };
  if (pairRollupAnswers(withActor)) return (await rankCoActorsFromRollup(withActor, take + 1)).ranked.filter((r) => r.id !== actorId).slice(0, take);
  return (await coActorsFromEvents(actorId, f, take)).ranked;
}

/** The same from the events (the role rows of other actors in its filtered events): any filter. */
export function coActorsFromEvents(actorId: number, f: Filters, take: number) {
  const where = { actorId: { not: actorId }, event: { AND: [eventWhere({ ...f, actor: null }), { actors: { some: { actorId } } }] } };
  return rankActors(where, take);
}

/** Actors that take part in at least one event, for the filter bar: on every page, so computed once
 * per write generation (grouping every event's actors took ~35 ms at 100,000 events). */
export const fetchActorOptions = (): Promise<ActorOption[]> => cachedByKey("actorOptions", loadActorOptions);

async function loadActorOptions(): Promise<ActorOption[]> {
  // The actor roll-up's ranking (lib/data/rank.ts): a few thousand rows where EventActor has a row per role.
  const { ranked } = await rankActorsFromRollup(EMPTY_FILTERS, 400);
  return ranked.map((r) => ({ id: r.id, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, "ar"));
}
