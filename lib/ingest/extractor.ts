// Where an ingestion run extracts: on its own thread (the default: between articles it yields, so a
// server answers the requests that queued up), or on a worker thread (extract-worker-client.ts), so
// that on a machine of two cores one batch can be extracted while the previous one is written.
// Both give the same results in the same order; an article whose extraction throws gets its error
// back, and only that article is rejected.
import { extract } from "../extract";
import type { Knowledge } from "../extract/knowledge";
import type { ExtractionResult } from "../extract/types";

export interface ExtractItem {
  body: string;
  publishedAt?: string | null;
}

export type ExtractOutcome = { result: ExtractionResult; error?: undefined } | { error: string; result?: undefined };

export interface Extractor {
  /** The outcomes of these items, in their order. */
  extract(items: ExtractItem[]): Promise<ExtractOutcome[]>;
  close(): Promise<void>;
}

export interface WorkerRequest {
  id: number;
  items: ExtractItem[];
}
export type WorkerReply = { ready: true; id?: undefined } | { id: number; outcomes: ExtractOutcome[] };

export function extractSafely(item: ExtractItem, k: Knowledge): ExtractOutcome {
  try {
    return { result: extract(item.body, k, { publishedAt: item.publishedAt }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Extraction on the calling thread, yielding to the event loop between articles. */
export function inThreadExtractor(k: Knowledge): Extractor {
  return {
    async extract(items) {
      const out: ExtractOutcome[] = [];
      for (const item of items) {
        // Extraction is synchronous: between articles, let the server answer the requests that queued
        // up (an upload of thousands of articles otherwise held /api/overview for tens of seconds).
        await new Promise((r) => setImmediate(r));
        out.push(extractSafely(item, k));
      }
      return out;
    },
    close: async () => {},
  };
}
