// The real production app for end-to-end tests: a fresh seeded SQLite database, the build (made if
// missing or stale), `next start` on a free port, and Debian's Chromium driven by playwright-core.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { serveBuild } from "../../scripts/serve-build";
import { setup } from "../../scripts/setup";
import { synth } from "../../scripts/synth";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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
  const server = await serveBuild({ DATABASE_URL: databaseUrl, ...extraEnv });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    url: server.url,
    browser,
    stop: async () => {
      await browser.close();
      server.stop();
    },
  };
}
