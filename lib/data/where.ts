// Filters → the Prisma condition on events. Every query about events goes through here, so the
// figures, the map, the timeline, the table and the exports always count the same set.
import "server-only";
import type { Prisma } from "../generated/sqlite/client";
import { TYPE_BY_SLUG } from "../event-types";
import { statusesOf, type Filters } from "../filters";
import { SYNTHETIC_DIR, SYNTHETIC_EVIDENCE } from "../synth/marks";
import { searchKey } from "../search/search-key";

const startOf = (day: string) => new Date(`${day}T00:00:00.000Z`);
const endOf = (day: string) => new Date(`${day}T23:59:59.999Z`);

export function eventWhere(f: Filters): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  // Rejected events leave every count unless `status` asks for them.
  const statuses = statusesOf(f);
  and.push(statuses.length === 3 && !statuses.includes("rejected") ? { reviewStatus: { not: "rejected" } } : { reviewStatus: { in: statuses } });
  if (f.gov.length) and.push({ admin1: { in: f.gov } });
  // An event without a date cannot be placed in a date range, so a range leaves it out.
  if (f.from || f.to) and.push({ date: { ...(f.from ? { gte: startOf(f.from) } : {}), ...(f.to ? { lte: endOf(f.to) } : {}) } });
  if (f.type.length) and.push({ type: { in: f.type.map((s) => TYPE_BY_SLUG.get(s)!.acled) } });
  if (f.actor) and.push({ actors: { some: { actorId: f.actor, ...(f.role ? { role: f.role } : {}) } } });
  if (f.place) and.push({ placeId: f.place });
  if (f.sub.length) and.push({ subType: { in: f.sub } });
  if (f.minFatal) and.push({ fatalities: { gte: f.minFatal } });
  if (f.geo.length) and.push({ geoPrecision: { in: f.geo } });
  // An event with no known date has no time precision, so a precision filter leaves it out.
  if (f.time.length) and.push({ datePrecision: { in: f.time } });
  // Kept: events that at least one real (not generated) article reports. dateEvidence is nullable and
  // Prisma's `not` leaves NULL rows out, so the NULL case is spelled out.
  if (f.noSynth) {
    and.push({
      sources: { some: { article: { AND: [{ NOT: { fileName: { startsWith: SYNTHETIC_DIR } } }, { OR: [{ dateEvidence: null }, { dateEvidence: { not: SYNTHETIC_EVIDENCE } }] }] } } },
    });
  }
  // Free text matches the folded evidence, or the folded names and aliases of the event's place or
  // actors (lib/search: the key has no LIKE wildcards, so `contains` is literal).
  const key = f.q ? searchKey(f.q) : "";
  if (key) {
    and.push({
      OR: [
        { searchText: { contains: key } },
        { place: { is: { searchText: { contains: key } } } },
        { actors: { some: { actor: { searchText: { contains: key } } } } },
      ],
    });
  }
  return { AND: and };
}
