import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const alias = { "@": fileURLToPath(new URL(".", import.meta.url)), "server-only": fileURLToPath(new URL("./tests/helpers/server-only.ts", import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    // End-to-end files share one built app; run files one after another.
    fileParallelism: false,
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      { resolve: { alias }, test: { name: "integration", include: ["tests/integration/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 60_000 } },
      // Faults injected into real runs of the CLI (full disk, read-only file, kill -9, concurrent writers).
      { resolve: { alias }, test: { name: "faults", include: ["tests/faults/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 60_000 } },
      { resolve: { alias }, test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 240_000 } },
    ],
  },
});
