// The real production app for end-to-end tests: a fresh seeded SQLite database, the build (made if
// missing or stale), `next start` on a free port, and Debian's Chromium driven by playwright-core.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { buildIsStale } from "../../scripts/build-state";
import { setup } from "../../scripts/setup";
import { synth } from "../../scripts/synth";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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

export interface RunningApp {
  url: string;
  browser: Browser;
  stop: () => Promise<void>;
}

/** The seeded app; `synthEvents` adds that many synthetic events so filters have something to cut. */
export async function startApp(extraEnv: Record<string, string> = {}, opts: { synthEvents?: number } = {}): Promise<RunningApp> {
  const databaseUrl = `file:${join(mkdtempSync(join(tmpdir(), "e2e-")), "e2e.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  await setup();
  if (opts.synthEvents) await synth(opts.synthEvents);
  if (buildIsStale()) {
    const r = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("next build failed");
  }
  const port = await freePort();
  const server: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the app did not start within 60 s");
    await new Promise((r) => setTimeout(r, 300));
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    url,
    browser,
    stop: async () => {
      await browser.close();
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    },
  };
}
