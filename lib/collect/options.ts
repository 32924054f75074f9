// The collector's limits from the environment: the time-out and the per-host limit of their own,
// and ingestion's size limit (a page the collector may fetch is a file ingestion would accept).
import type { Env } from "../env";
import type { CollectOptions } from "./run";

export const collectOptions = (env: Env): CollectOptions => ({ timeoutMs: env.COLLECT_TIMEOUT_MS, maxBytes: env.INGEST_MAX_BYTES, perHost: env.COLLECT_PER_HOST });
