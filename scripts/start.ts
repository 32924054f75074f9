// npm start: database ready (migrations, seeds), production build when missing or stale, then serve.
import { spawn, spawnSync } from "node:child_process";
import { readEnv } from "../lib/env";
import { setup } from "./setup";
import { buildIsStale } from "./build-state";

const root = process.cwd();

async function main() {
  const env = readEnv();
  await setup(root);
  if (buildIsStale(root)) {
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
