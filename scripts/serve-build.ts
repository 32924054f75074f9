// The production build served on a free local port: built first when missing or stale, then
// `next start`, waited for until it answers. Shared by the end-to-end tests and bench:web.
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
}

export async function serveBuild(env: Record<string, string>): Promise<ServedBuild> {
  if (buildIsStale()) {
    const r = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("next build failed");
  }
  const port = await freePort();
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env },
    // Not piped: an unread pipe would fill up and stall a chatty server.
    stdio: "ignore",
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
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
