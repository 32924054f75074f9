// npm start: database ready (migrations, seeds), production build when missing or stale, then serve,
// with the job worker (scripts/worker.ts) as a separate child process: uploads and re-extraction run
// there, so extraction never holds up the web server's answers.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
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
  const worker = superviseWorker();
  const stop = () => {
    worker.stop();
    child.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => {
    worker.stop();
    process.exit(code ?? 0);
  });
}

/** The worker, started again (after a growing pause) if it dies: queued jobs wait for it, not lost. */
function superviseWorker() {
  let stopped = false;
  let current: ChildProcess | null = null;
  let pause = 1_000;
  const run = () => {
    const started = Date.now();
    current = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { stdio: "inherit", cwd: root });
    current.on("exit", (code, signal) => {
      current = null;
      if (stopped) return;
      pause = Date.now() - started > 60_000 ? 1_000 : Math.min(pause * 2, 60_000);
      console.error(`worker exited (${signal ?? code}); starting it again in ${pause / 1000} s`);
      setTimeout(run, pause).unref();
    });
  };
  run();
  return {
    stop() {
      stopped = true;
      current?.kill("SIGTERM");
    },
  };
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
