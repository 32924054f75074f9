// The production build served on a free local port: built first when missing or stale, then
// `next start` with the job worker beside it (as `npm start` runs them), waited for until it answers.
// Shared by the end-to-end tests and bench:web.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { buildIsStale } from "./build-state";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export interface ServedBuild {
  url: string;
  stop: () => void;
  /** Signals the web server alone (its process group), not the worker: the faults suite's kill -9. */
  killServer: (signal: NodeJS.Signals) => void;
  /** The process group of the server (npx and next start): bench:web reads its memory. */
  pid: number;
  /** The server's error lines (stderr, and stdout lines that say error) since the last call. */
  takeErrors: () => string[];
}

// Lines next start prints on stderr that are not errors: start-up notes and warnings.
const NOT_AN_ERROR = /^\s*$|^\s*⚠|^\s*\(node:\d+\) (Experimental|\[DEP)|^\s*\(Use `node --trace/;
const ERROR_ON_STDOUT = /⨯|\berror\b|unhandled|exception/i;

export async function serveBuild(env: Record<string, string>): Promise<ServedBuild> {
  if (buildIsStale()) {
    const r = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("next build failed");
  }
  const port = await freePort();
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env },
    // Both pipes are read to the end (an unread pipe would fill up and stall a chatty server).
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let errors: string[] = [];
  const watch = (stream: NodeJS.ReadableStream, isError: (line: string) => boolean) => {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) if (isError(line)) errors.push(line);
    });
  };
  watch(server.stderr!, (line) => !NOT_AN_ERROR.test(line));
  watch(server.stdout!, (line) => ERROR_ON_STDOUT.test(line));
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, WORKER_POLL_MS: "200", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  watch(worker.stderr!, (line) => !NOT_AN_ERROR.test(line));
  watch(worker.stdout!, (line) => ERROR_ON_STDOUT.test(line) || / failed \(/.test(line));
  const takeErrors = () => {
    const taken = errors;
    errors = [];
    return taken;
  };
  // A group already gone (the faults suite's kill -9) is no error.
  const signal = (p: typeof server, sig: NodeJS.Signals) => {
    try {
      if (p.pid) process.kill(-p.pid, sig);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  };
  const stop = () => {
    signal(server, "SIGTERM");
    signal(worker, "SIGTERM");
  };
  const killServer = (sig: NodeJS.Signals) => signal(server, sig);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return { url, stop, killServer, takeErrors, pid: server.pid! };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error("the app did not start within 60 s");
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}
