// Figures, map and timeline for a filter, kept in memory until the next write: the key holds the
// database's write generation (table WriteGeneration, bumped by triggers on every write to events,
// their actors and sources, articles, places and actors), so a write by ANY process — the CLI, a
// second server — makes every older entry unreachable. Reading the generation is one primary-key
// lookup; concurrent identical requests share one computation (the promise is cached).
import "server-only";
import { cache } from "react";
import { db } from "../db";
import { Prisma } from "../generated/sqlite/client";
import type { Filters } from "../filters";

/** A counter of the WriteGeneration row, read once per page render (React's per-request cache: the
 * overview's six panels each asked, and each read cost a Prisma round trip); route handlers and
 * scripts, which have no render, read it on every call. */
const counter = (column: "n" | "places") => cache(async (): Promise<string> => {
  const rows = await db.$queryRaw<{ n: number | bigint | string }[]>`SELECT ${Prisma.raw(`"${column}"`)} AS n FROM "WriteGeneration" WHERE "id" = 1`;
  return String(rows[0]?.n ?? "none");
});

/** The write generation: moved by every write. */
export const writeGeneration: () => Promise<string> = counter("n");

/** Answers kept while `read()` stays the same: a new value makes every entry stale, and they are
 * dropped at once rather than left to eviction; at most `max` entries, the least recently used first to go. */
function keptWhile(read: () => Promise<string>, max: number) {
  const store = new Map<string, Promise<unknown>>();
  let seen = "";
  return async <T,>(what: string, load: () => Promise<T>): Promise<T> => {
    const gen = await read();
    if (gen !== seen) {
      store.clear();
      seen = gen;
    }
    const key = `${gen}|${what}`;
    const hit = store.get(key);
    if (hit) {
      store.delete(key);
      store.set(key, hit);
      return hit as Promise<T>;
    }
    const value = load();
    store.set(key, value);
    value.catch(() => store.delete(key));
    while (store.size > max) store.delete(store.keys().next().value!);
    return value;
  };
}

/** `load()` for a key of the caller's making (a question that takes no filters), once per write generation. */
export const cachedByKey = keptWhile(writeGeneration, 200);

/** `load()` for (kind, filters), computed once per write generation. */
export function cachedByGeneration<T>(kind: string, f: Filters, load: () => Promise<T>): Promise<T> {
  // Every field of the filters (JSON in parse order), so fields added later are part of the key too.
  return cachedByKey(`${kind}|${JSON.stringify(f)}`, load);
}

/** `load()` for a question about the places' map fields alone (the located places), once per value of
 * their own counter (WriteGeneration.places, moved by the places' triggers only): an event written
 * does not make 10,000 places be read again. */
export const cachedByPlaces = keptWhile(counter("places"), 20);
