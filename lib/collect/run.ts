// One collection run: every due source polled (conditionally), each new or changed item's page read,
// the articles stored through storeCollected, and the outcome kept on the source (last run, items
// added, last error with its reason). A bad feed or page is recorded and the run goes on.
import type { Db } from "../db/client";
import type { Knowledge } from "../extract/knowledge";
import { type Entry, feedEntries, kindOf, sitemapDocument, sitemapEntries, type SourceKind } from "./entries";
import { CollectError, politeGet } from "./fetch";
import { HostLimit } from "./host-limit";
import { decodeAnswer } from "./decode";
import { readPage } from "./page";
import { RobotsCache } from "./robots";
import { dropArticleVersion, storeCollected, type CollectedArticle } from "./store";

export interface CollectOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Requests at a time to one host. */
  perHost?: number;
  /** Items read per source per run (a first run of a big sitemap must not fetch thousands of pages). */
  maxItems?: number;
}

export interface SourceRun {
  sourceId: number;
  name: string;
  status: "ok" | "not-modified" | "error";
  added: number;
  skipped: number;
  /** Why the source or some of its pages failed, one line; null when nothing did. */
  error: string | null;
}

type SourceRow = NonNullable<Awaited<ReturnType<Db["source"]["findUnique"]>>>;

/** Sources not paused whose interval has passed since their last run (never run: due at once). */
export async function dueSources(db: Db, now: Date): Promise<SourceRow[]> {
  const sources = await db.source.findMany({ where: { paused: false }, orderBy: { id: "asc" } });
  return sources.filter((s) => !s.lastRunAt || s.lastRunAt.getTime() + s.intervalMinutes * 60_000 <= now.getTime());
}

export async function runDueSources(db: Db, k: Knowledge, now: Date, opts: CollectOptions): Promise<SourceRun[]> {
  const due = await dueSources(db, now);
  const ctx = context(opts);
  // Sources one after another (each is already parallel over its pages, within the per-host limit).
  const runs: SourceRun[] = [];
  for (const s of due) runs.push(await collect(db, k, s, now, ctx));
  return runs;
}

/** Runs one source now, due or not ("run now" on /sources and `npm run sources -- run ID`). */
export async function runSource(db: Db, k: Knowledge, id: number, now: Date, opts: CollectOptions): Promise<SourceRun | null> {
  const s = await db.source.findUnique({ where: { id } });
  return s ? collect(db, k, s, now, context(opts)) : null;
}

interface Context {
  opts: CollectOptions;
  robots: RobotsCache;
  hosts: HostLimit;
}

const context = (opts: CollectOptions): Context => ({ opts, robots: new RobotsCache(opts.timeoutMs), hosts: new HostLimit(opts.perHost ?? 2) });

async function collect(db: Db, k: Knowledge, s: SourceRow, now: Date, ctx: Context): Promise<SourceRun> {
  const run: SourceRun = { sourceId: s.id, name: s.name, status: "ok", added: 0, skipped: 0, error: null };
  const { opts } = ctx;
  const allow = (u: string) => ctx.robots.allowed(u);
  let kind: SourceKind | null = s.kind as SourceKind | null;
  let validators = { etag: s.etag, lastModified: s.lastModified };
  const pageErrors: string[] = [];
  try {
    const res = await ctx.hosts.run(s.url, () => politeGet(s.url, { ...opts, etag: s.etag, lastModified: s.lastModified, allow }));
    if (res.status === 304) {
      run.status = "not-modified";
    } else {
      validators = { etag: res.etag, lastModified: res.lastModified };
      const text = decodeAnswer(res.bytes, res.contentType);
      kind = kindOf(text);
      const articles: CollectedArticle[] = [];
      const replaced = new Map<string, string>();
      const entryHashes = new Map<string, string>();
      if (kind === "page") {
        // The source is itself the article: its validators said it changed; its hash says whether it did.
        articles.push(readPage(text, s.url, s.outlet));
      } else {
        const listed = kind === "feed" ? feedEntries(text, res.url) : await sitemapUrls(text, res.url, ctx, pageErrors);
        const entries = listed.slice(0, opts.maxItems ?? 50);
        for (const e of entries) entryHashes.set(e.url, e.entryHash);
        const known = new Map((await db.collectedItem.findMany({ where: { url: { in: entries.map((e) => e.url) } } })).map((i) => [i.url, i]));
        const fresh = entries.filter((e) => known.get(e.url)?.entryHash !== e.entryHash);
        run.skipped = entries.length - fresh.length;
        // Fetched in parallel (within the per-host limit), stored in the feed's order.
        const pages = await Promise.all(fresh.map((e) => fetchArticle(e, s.outlet, ctx).catch((error: unknown) => {
          pageErrors.push(`${e.url}: ${reasonOf(error)}`);
          return null;
        })));
        for (const p of pages) if (p) articles.push(p);
        for (const e of fresh) {
          const old = known.get(e.url)?.contentHash;
          if (old) replaced.set(e.url, old);
        }
      }
      for (const item of await storeCollected(db, k, articles, { maxBytes: opts.maxBytes })) {
        if (item.status === "rejected") {
          pageErrors.push(`${item.url}: ${item.reason}`);
          continue;
        }
        const previous = kind === "page" ? (await db.collectedItem.findUnique({ where: { url: item.url } }))?.contentHash : replaced.get(item.url);
        if (item.status === "new" || item.status === "updated") run.added++;
        else run.skipped++;
        if (previous && previous !== item.hash) await dropArticleVersion(db, previous);
        const entryHash = entryHashes.get(item.url) ?? item.hash;
        await db.collectedItem.upsert({
          where: { url: item.url },
          create: { url: item.url, sourceId: s.id, entryHash, contentHash: item.hash, fetchedAt: now },
          update: { sourceId: s.id, entryHash, contentHash: item.hash, fetchedAt: now },
        });
      }
    }
  } catch (error) {
    run.status = "error";
    run.error = reasonOf(error);
  }
  if (!run.error && pageErrors.length) run.error = `${pageErrors.length} page(s) failed: ${pageErrors.sort().join("; ")}`.slice(0, 1000);
  await db.source.update({
    where: { id: s.id },
    data: {
      kind, lastRunAt: now, lastStatus: run.status, lastError: run.error, lastItemsAdded: run.added, itemsAdded: { increment: run.added },
      // A failed run keeps the validators of the last good answer.
      ...(run.status === "ok" ? { etag: validators.etag, lastModified: validators.lastModified } : {}),
    },
  });
  return run;
}

/** How many child sitemaps of a sitemap index one run reads: the newest, where news sites list today's stories. */
const MAX_CHILD_SITEMAPS = 3;

/** A sitemap's URLs; for a sitemap index, those of its newest child sitemaps (one level deep). */
async function sitemapUrls(text: string, base: string, ctx: Context, errors: string[]): Promise<Entry[]> {
  const doc = sitemapDocument(text, base);
  if (!doc.children.length) return doc.entries;
  const lists = await Promise.all(doc.children.slice(0, MAX_CHILD_SITEMAPS).map(async (child) => {
    try {
      const res = await ctx.hosts.run(child, () => politeGet(child, { timeoutMs: ctx.opts.timeoutMs, maxBytes: ctx.opts.maxBytes, allow: (u) => ctx.robots.allowed(u) }));
      if (res.status === 304) throw new CollectError("http", "HTTP 304 to an unconditional request");
      return sitemapEntries(decodeAnswer(res.bytes, res.contentType), res.url);
    } catch (error) {
      errors.push(`${child}: ${reasonOf(error)}`);
      return [];
    }
  }));
  return lists.flat();
}

async function fetchArticle(e: Entry, outlet: string | null, ctx: Context): Promise<CollectedArticle> {
  const res = await ctx.hosts.run(e.url, () => politeGet(e.url, { timeoutMs: ctx.opts.timeoutMs, maxBytes: ctx.opts.maxBytes, allow: (u) => ctx.robots.allowed(u) }));
  if (res.status === 304) throw new CollectError("http", "HTTP 304 to an unconditional request");
  const page = readPage(decodeAnswer(res.bytes, res.contentType), e.url, outlet ?? e.fromFeed?.source ?? null, e.fromFeed);
  return page;
}

const reasonOf = (error: unknown) => (error instanceof CollectError ? error.reason : `unexpected: ${(error as Error).message ?? String(error)}`);
