// npm run first-load-js -- [/route …]: the JavaScript a browser loads before a page is interactive,
// read from the last `next build` (.next): Next's root files (the runtime, React) plus every chunk
// the route's tree names in its client-reference manifest (layout, page, loading, error, not-found
// boundaries). Chunks loaded later through dynamic import (Leaflet, Recharts) are not counted; the
// nomodule polyfills are not loaded by current browsers. Sizes are gzip level 9, as served.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { buildIsStale } from "./build-state";

const NEXT = ".next";
const LIMIT_KB = 200;

function manifestChunks(route: string): string[] {
  const dir = route === "/" ? "" : route.replace(/^\//, "");
  const file = join(NEXT, "server", "app", dir, "page_client-reference-manifest.js");
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx next build\` first (or is ${route} a page?)`);
  const sandbox: { globalThis: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } } = { globalThis: {} };
  sandbox.globalThis = sandbox as never;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifests = Object.values(sandbox.globalThis.__RSC_MANIFEST ?? {});
  return manifests.flatMap((m) => Object.values(m.entryJSFiles).flat());
}

export function firstLoad(route: string) {
  const build = JSON.parse(readFileSync(join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const files = [...new Set([...build.rootMainFiles, ...manifestChunks(route)])].filter((f) => f.endsWith(".js"));
  let raw = 0;
  let gz = 0;
  const rows = files.map((f) => {
    const body = readFileSync(join(NEXT, f));
    const z = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += z;
    return { file: f, kb: +(body.length / 1024).toFixed(1), gzipKb: +(z / 1024).toFixed(1) };
  });
  return { route, files: rows.sort((a, b) => b.gzipKb - a.gzipKb), rawKb: raw / 1024, gzipKb: gz / 1024 };
}

if (process.argv[1]?.endsWith("first-load-js.ts")) {
  // Figures from a build older than the code would pass or fail the limit for code that is gone.
  if (buildIsStale()) {
    console.error("first-load-js: .next is missing or older than the code: run `npx next build` first");
    process.exit(2);
  }
  const routes = process.argv.slice(2).filter((a) => a.startsWith("/"));
  let over = false;
  for (const route of routes.length ? routes : ["/"]) {
    const r = firstLoad(route);
    console.log(`${route}: ${r.files.length} files, ${r.rawKb.toFixed(1)} KB raw, ${r.gzipKb.toFixed(1)} KB gzipped (limit ${LIMIT_KB} KB)`);
    for (const f of r.files) console.log(`  ${f.gzipKb.toString().padStart(6)} KB gz  ${f.kb.toString().padStart(7)} KB  ${f.file}`);
    if (r.gzipKb > LIMIT_KB) over = true;
  }
  if (over) process.exit(1);
}
