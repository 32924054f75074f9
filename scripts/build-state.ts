// Whether the production build in .next is missing or older than the code it was built from.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newest(dir: string): number {
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    latest = Math.max(latest, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

export function buildIsStale(root = process.cwd()): boolean {
  const id = join(root, ".next/BUILD_ID");
  if (!existsSync(id)) return true;
  const built = statSync(id).mtimeMs;
  return ["app", "components", "lib", "config", "public"].some((d) => existsSync(join(root, d)) && newest(join(root, d)) > built);
}
