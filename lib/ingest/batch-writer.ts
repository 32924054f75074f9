// Gathers the articles of a run across files and saves them a batch at a time (save-batch.ts), as a
// pipeline of two stages: while one batch is written, the next is already being extracted (on a
// worker thread when the run has one, extractor.ts). The database sees one batch at a time, in the
// order of the files, so ids and rows are those of a run without the pipeline; each article is still
// all or nothing (a batch that fails is redone article by article).
import { basename } from "node:path";
import type { Db } from "../db/client";
import { EXTRACTOR_VERSION } from "../extract";
import type { Knowledge } from "../extract/knowledge";
import type { Extractor } from "./extractor";
import { contentHash, saveArticle, type SaveInput } from "./persist";
import { type ArticleInput, RejectedInput } from "./read";
import type { IngestSummary } from "./run";
import { RunCache, saveNewArticles } from "./save-batch";
import { classifySaveError, RETRYABLE } from "./save-error";

/** Articles per transaction: enough to spread the fixed cost of a transaction, few enough that one
 * failing batch costs little to redo article by article. */
export const BATCH_SIZE = 50;

/** Attempts per article when another writer holds the lock (each waits up to BUSY_TIMEOUT_MS). */
const SAVE_ATTEMPTS = 4;

export interface Pending {
  file: string;
  line: number;
  article: ArticleInput;
}

interface Hashed extends Pending {
  hash: string;
}

/** A batch looked up and sent to extraction, waiting for its turn to be written. */
interface Prepared {
  /** What is to be saved, in order; `existing` is the stored article an older extractor wrote. */
  items: { p: Hashed; existing?: { id: number } }[];
  outcomes: ReturnType<Extractor["extract"]>;
}

export class BatchWriter {
  #pending: Pending[] = [];
  #prepared: Prepared | null = null;
  readonly #cache = new RunCache();
  constructor(
    readonly db: Db,
    readonly k: Knowledge,
    readonly extractor: Extractor,
    readonly summary: IngestSummary,
    readonly size: number,
  ) {}

  async add(p: Pending) {
    this.#pending.push(p);
    if (this.#pending.length >= this.size) await this.#step();
  }

  async flush() {
    while (this.#pending.length) await this.#step();
    await this.#writePrepared();
  }

  /** The next batch is looked up and sent to extraction; then the one before it is written. */
  async #step() {
    const next = await this.#prepare();
    try {
      await this.#writePrepared();
    } finally {
      this.#prepared = next;
    }
  }

  async #prepare(): Promise<Prepared | null> {
    const batch = this.#pending;
    this.#pending = [];
    // Already looked up, not yet written: a copy of one of those waits for a later batch, where the
    // first is stored and the copy is found unchanged, as one by one. So does a second copy within
    // the batch.
    const waiting = new Set(this.#prepared?.items.map((i) => i.p.hash));
    const first = new Map<string, Hashed>();
    for (const p of batch) {
      const h = { ...p, hash: (p as Partial<Hashed>).hash ?? contentHash(p.article.body) };
      if (first.has(h.hash) || waiting.has(h.hash)) this.#pending.push(h);
      else first.set(h.hash, h);
    }
    const unique = [...first.values()];
    let stored: Awaited<ReturnType<typeof storedVersions>>;
    try {
      stored = await withRetry(() => storedVersions(this.db, unique.map((u) => u.hash)));
    } catch (error) {
      this.#rejectAll(unique, error);
      return null;
    }
    const items: Prepared["items"] = [];
    for (const p of unique) {
      const existing = stored.get(p.hash);
      if (existing && existing.extractorVersion >= EXTRACTOR_VERSION) this.summary.unchanged++;
      else items.push({ p, existing });
    }
    if (!items.length) return null;
    return { items, outcomes: this.extractor.extract(items.map(({ p }) => ({ body: p.article.body, publishedAt: p.article.publishedAt }))) };
  }

  async #writePrepared() {
    const batch = this.#prepared;
    this.#prepared = null;
    if (!batch) return;
    const outcomes = await batch.outcomes;
    const fresh: { p: Hashed; input: SaveInput }[] = [];
    for (let i = 0; i < batch.items.length; i++) {
      const { p, existing } = batch.items[i];
      const { result, error } = outcomes[i];
      if (!result) {
        this.summary.rejected.push({ file: p.file, ...(p.line ? { line: p.line } : {}), reason: `extraction failed: ${error}`, kind: "input", code: "input" });
        continue;
      }
      const input = { fileName: basename(p.file), article: p.article, hash: p.hash, result, extractorVersion: EXTRACTOR_VERSION };
      if (existing) await this.#saveOne(p, input);
      else fresh.push({ p, input });
    }
    if (!fresh.length) return;
    try {
      await withRetry(() => saveNewArticles(this.db, this.k, this.#cache, fresh.map((f) => f.input)));
      this.summary.new += fresh.length;
    } catch (error) {
      // The database itself refused (full, read-only, locked past the retries): every article of the
      // batch would meet the same refusal, so they are all reported with it, not tried one by one.
      if (classifySaveError(error).code !== "db_error") return this.#rejectAll(fresh.map((f) => f.p), error);
      // All or nothing per article: the batch's transaction rolled back, so each is saved again on
      // its own and only the one at fault is rejected, with its reason.
      for (const f of fresh) await this.#saveOne(f.p, f.input);
    }
  }

  #rejectAll(items: Pending[], error: unknown) {
    for (const p of items) this.#reject(p, error);
  }

  #reject(p: Pending, error: unknown) {
    const { code, message } = classifySaveError(error);
    this.summary.rejected.push({ file: p.file, ...(p.line ? { line: p.line } : {}), reason: `could not be saved: ${message}`, kind: "storage", code });
  }

  /** One article in its own transaction; looked up again first, as another writer may have stored it. */
  async #saveOne(p: Pending, input: SaveInput) {
    try {
      const outcome = await withRetry(async () => {
        const existing = await this.db.article.findUnique({ where: { hash: input.hash }, select: { id: true, extractorVersion: true } });
        if (existing && existing.extractorVersion >= EXTRACTOR_VERSION) return "unchanged" as const;
        if (existing) await saveArticle(this.db, this.k, input, existing.id);
        else await saveNewArticles(this.db, this.k, this.#cache, [input]);
        return existing ? ("updated" as const) : ("new" as const);
      });
      this.summary[outcome]++;
    } catch (error) {
      this.#reject(p, error);
    }
  }
}

/** The stored extractor version of each of these hashes that is stored (one query per few hundred). */
async function storedVersions(db: Db, hashes: string[]) {
  const out = new Map<string, { id: number; extractorVersion: number }>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await db.article.findMany({ where: { hash: { in: hashes.slice(i, i + 500) } }, select: { id: true, hash: true, extractorVersion: true } });
    for (const r of rows) out.set(r.hash, r);
  }
  return out;
}

async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= SAVE_ATTEMPTS || error instanceof RejectedInput || !RETRYABLE.has(classifySaveError(error).code)) throw error;
      // A short, growing, jittered pause so two writers that collided do not collide again in step.
      await new Promise((r) => setTimeout(r, 100 * i + Math.random() * 200));
    }
  }
}
