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
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);
