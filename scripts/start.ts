// npm start: database ready (migrations, seeds), production build when missing or stale, then serve.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readEnv } from "../lib/env";
import { setup } from "./setup";

const root = process.cwd();

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".") || e.name === "generated") continue;
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const id = join(root, ".next/BUILD_ID");
  if (!existsSync(id)) return true;
  const built = statSync(id).mtimeMs;
  return ["app", "components", "lib"].some((d) => existsSync(join(root, d)) && newestSource(join(root, d)) > built);
}

async function main() {
  const env = readEnv();
  await setup(root);
  if (buildIsStale()) {
    console.log("building the app (first start, or the code changed)…");
    const r = spawnSync("npx", ["next", "build"], { stdio: "inherit", cwd: root });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  console.log(`serving on http://localhost:${env.PORT}`);
  const child = spawn("npx", ["next", "start", "-p", String(env.PORT)], { stdio: "inherit", cwd: root });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
