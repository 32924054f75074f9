// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: the models are the same, only the
// provider, the datasource url and the client's output folder differ (Prisma wants one provider per schema).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function postgresSchemaFrom(sqliteSchema: string): string {
  return sqliteSchema
    .replace(/^\/\/ The one model definition[\s\S]*?edit this file only\.\n/m,
      "// GENERATED from prisma/schema.prisma by `npm run db:schemas`: do not edit.\n")
    .replace('output          = "../lib/generated/sqlite"', 'output          = "../../lib/generated/postgres"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./dev.db"', 'url      = "postgresql://localhost:5432/dashboard"');
}

if (process.argv[1] && process.argv[1].endsWith("sync-schemas.ts")) {
  const root = process.cwd();
  const source = readFileSync(join(root, "prisma/schema.prisma"), "utf8");
  writeFileSync(join(root, "prisma/postgres/schema.prisma"), postgresSchemaFrom(source));
  console.log("wrote prisma/postgres/schema.prisma");
}
