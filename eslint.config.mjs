import next from "eslint-config-next";

// The layers (README, "Where things live"): what each folder may import. A rule broken here is a
// design change; discuss it in docs/decisions/ before loosening the pattern.
const UI = ["**/app/**", "@/app/*", "**/components/**", "@/components/*", "next", "next/*", "react", "react-dom", "leaflet", "recharts"];
const DATABASE = ["**/lib/db", "**/lib/db/*", "@/lib/db", "@/lib/db/*", "**/generated/**", "@prisma/*", "better-sqlite3", "pg"];
const layer = (files, patterns, message) => ({
  files,
  // Type-only imports are allowed: a type brings no code (a component may name the shape lib/data returns).
  rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: patterns, message, allowTypeImports: true }] }] },
});

const config = [
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "next-env.d.ts", "data/**"] },
  ...next,
  layer(["lib/extract/**/*.ts"], [...UI, ...DATABASE, "**/lib/ingest/**", "**/lib/data/**", "node:fs", "fs", "node:child_process", "server-only"],
    "lib/extract is pure: text and knowledge in, plain data out (no files, database or UI; lib/ingest reads and writes)."),
  layer(["components/**/*.{ts,tsx}"], [...DATABASE, "**/lib/data/**", "@/lib/data/*", "**/lib/ingest/**", "@/lib/ingest/*", "node:*"],
    "components render what they are given: data comes from lib/data through pages, route handlers or lib/queries."),
  // React's per-request cache() is a server utility, not UI: lib/data may use it.
  layer(["lib/data/**/*.ts"], [...UI.filter((p) => p !== "react"), "**/lib/ingest/**"],
    "lib/data answers queries for the UI; it does not import the UI or the ingestion."),
  layer(["lib/ingest/**/*.ts"], [...UI, "**/lib/data/**"],
    "lib/ingest reads files and writes the database; the UI and its queries are not its concern."),
  // zod is a third of a page's own JavaScript: what the browser loads parses the URL by hand
  // (lib/filters/coerce.ts); zod stays at the server's edges (actions, route handlers, env).
  {
    files: ["components/**/*.{ts,tsx}", "lib/filters/index.ts", "lib/filters/coerce.ts", "lib/filters/table.ts", "lib/filters/saved-view-paths.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Code that runs in the browser does not import zod (issue #11, first-load JavaScript); validate at the server's edge." }] }] },
  },
];

export default config;
