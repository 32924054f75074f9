// Prisma 6.19 with the JavaScript schema engine: nothing native is downloaded (Prisma 7 needs a download
// this network cannot make; see docs/decisions/0001-prisma-6.md). The CLI is used for `generate` and
// `migrate diff` only; migrations are applied by lib/db/migrate.ts.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/dashboard.db" });
  },
});
