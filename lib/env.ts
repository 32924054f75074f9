// Configuration read once from the environment and checked with a schema: a bad value stops start-up
// with a message that names it, instead of failing later in a query.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)")
    .default("file:./data/dashboard.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  INGEST_MAX_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  /** Articles saved per transaction by ingestion (lib/ingest/run.ts); 1 saves article by article. */
  INGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  UPLOAD_TOKEN: z.string().min(8, "UPLOAD_TOKEN must be at least 8 characters").optional(),
  TILE_URL: z.string().url().optional(),
  // The background worker (lib/jobs): a job's lease (renewed while it runs; a killed worker's job is
  // taken again once it runs out), the pause when nothing is due, and the first retry's back-off.
  WORKER_LEASE_MS: z.coerce.number().int().min(200).default(60_000),
  WORKER_POLL_MS: z.coerce.number().int().min(10).default(1_000),
  JOB_RETRY_BASE_MS: z.coerce.number().int().min(0).default(5_000),
  /** false: every page and read API asks for a signed-in account (viewer or above). */
  PUBLIC_READ: z.enum(["true", "false"], { message: "PUBLIC_READ must be true or false" }).default("true").transform((v) => v === "true"),
  /** The collector's deadline for one request (feed or page, redirects and body included). */
  COLLECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  /** Requests at a time to one host. */
  COLLECT_PER_HOST: z.coerce.number().int().min(1).max(16).default(2),
  // Tests only: "timeline:1500,map:200" holds those panels' data back (ms), so an end-to-end test can
  // see that one slow panel does not hold back the rest of the page.
  PANEL_DELAY: z.string().regex(/^[a-zA-Z]+:\d{1,5}(,[a-zA-Z]+:\d{1,5})*$/, "PANEL_DELAY is name:ms[,name:ms]").optional(),
});

export type Env = z.infer<typeof schema>;

const KEYS = Object.keys(schema.shape) as (keyof Env)[];
let parsedOnce: { signature: string; env: Readonly<Env> } | null = null;

/**
 * The configuration, parsed once: process.env is parsed again only when one of the variables the
 * schema reads has changed since (tests and the start script set them at run time), so a hot path
 * that asks for it per request costs a string join, not a schema parse.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Readonly<Env> {
  if (source !== process.env) return parseEnv(source);
  const signature = KEYS.map((k) => source[k] ?? "").join("\u0000");
  if (parsedOnce?.signature !== signature) parsedOnce = { signature, env: Object.freeze(parseEnv(source)) };
  return parsedOnce.env;
}

function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);
