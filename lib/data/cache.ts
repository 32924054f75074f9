// Figures, map and timeline for a filter, kept in memory until the next write: the key holds the
// database's write generation (table WriteGeneration, bumped by triggers on every write to events,
// their actors and sources, articles, places and actors), so a write by ANY process — the CLI, a
// second server — makes every older entry unreachable. Reading the generation is one primary-key
// lookup; concurrent identical requests share one computation (the promise is cached).
import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Filters } from "../filters";

const MAX_ENTRIES = 200;
const store = new Map<string, Promise<unknown>>();
let seen = "";

async function readGeneration(): Promise<string> {
  const rows = await db.$queryRaw<{ n: number | bigint | string }[]>`SELECT "n" FROM "WriteGeneration" WHERE "id" = 1`;
  return String(rows[0]?.n ?? "none");
}

/** The write generation. Read once per page render (React's per-request cache: the overview's six
 * panels each asked, and each read cost a Prisma round trip); route handlers and scripts, which
 * have no render, read it on every call. */
export const writeGeneration: () => Promise<string> = cache(readGeneration);

/** `load()` for (kind, filters), computed once per write generation. */
export function cachedByGeneration<T>(kind: string, f: Filters, load: () => Promise<T>): Promise<T> {
  // Every field of the filters (JSON in parse order), so fields added later are part of the key too.
  return cachedByKey(`${kind}|${JSON.stringify(f)}`, load);
}

/** `load()` for a key of the caller's making (a question that takes no filters), once per write generation. */
export async function cachedByKey<T>(what: string, load: () => Promise<T>): Promise<T> {
  const gen = await writeGeneration();
  // A newer generation makes every entry stale: drop them at once rather than wait for eviction.
  if (gen !== seen) {
    store.clear();
    seen = gen;
  }
  const key = `${gen}|${what}`;
  const hit = store.get(key);
  if (hit) {
    // Most recently used last, so the oldest entry is the first to go.
    store.delete(key);
    store.set(key, hit);
    return hit as Promise<T>;
  }
  const value = load();
  store.set(key, value);
  value.catch(() => store.delete(key));
  while (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  return value;
}

const placeStore = new Map<string, Promise<unknown>>();

/** `load()` for a question about the places' map fields alone (the located places), computed once per
 * value of their own counter (WriteGeneration.places, moved by the places' triggers only): an event
 * written does not make 10,000 places be read again. */
export async function cachedByPlaces<T>(what: string, load: () => Promise<T>): Promise<T> {
  const rows = await db.$queryRaw<{ n: number | bigint | string }[]>`SELECT "places" AS n FROM "WriteGeneration" WHERE "id" = 1`;
  const key = `${String(rows[0]?.n ?? "none")}|${what}`;
  const hit = placeStore.get(key);
  if (hit) return hit as Promise<T>;
  // Only the newest counter's answers are kept: older ones can never be asked for again.
  for (const k of placeStore.keys()) if (k.endsWith(`|${what}`)) placeStore.delete(k);
  const value = load();
  placeStore.set(key, value);
  value.catch(() => placeStore.delete(key));
  return value;
}
