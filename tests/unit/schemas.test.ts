import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "../../scripts/sync-schemas";

describe("Prisma schemas", () => {
  it("keeps the PostgreSQL schema generated from the one model definition", () => {
    const sqlite = readFileSync("prisma/schema.prisma", "utf8");
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(postgresSchemaFrom(sqlite));
  });
});
