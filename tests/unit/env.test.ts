// The environment is parsed once, and again only when a variable the schema reads changes.
import { afterEach, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";

const saved = process.env.INGEST_BATCH_SIZE;
afterEach(() => {
  if (saved === undefined) delete process.env.INGEST_BATCH_SIZE;
  else process.env.INGEST_BATCH_SIZE = saved;
});

describe("readEnv", () => {
  it("returns the same parsed object while the environment is unchanged", () => {
    expect(readEnv()).toBe(readEnv());
    expect(Object.isFrozen(readEnv())).toBe(true);
  });

  it("parses again when a variable it reads changes, and says which value is wrong", () => {
    process.env.INGEST_BATCH_SIZE = "7";
    expect(readEnv().INGEST_BATCH_SIZE).toBe(7);
    process.env.INGEST_BATCH_SIZE = "9";
    expect(readEnv().INGEST_BATCH_SIZE).toBe(9);
    process.env.INGEST_BATCH_SIZE = "0";
    expect(() => readEnv()).toThrow(/INGEST_BATCH_SIZE/);
  });

  it("ignores variables it does not read", () => {
    const before = readEnv();
    process.env.SOMETHING_ELSE_ENTIRELY = String(Math.random());
    expect(readEnv()).toBe(before);
    delete process.env.SOMETHING_ELSE_ENTIRELY;
  });
});
