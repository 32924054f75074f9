// The real production app for end-to-end tests: a fresh seeded SQLite database, the build (made if
// missing or stale), `next start` on a free port, and Debian's Chromium driven by playwright-core.
// Every test fails on an error line from the server or an error in the browser's console (or an
// uncaught exception in a page): checked after each test and once more after the file's last one.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";
import { afterAll, afterEach } from "vitest";
import { serveBuild } from "../../scripts/serve-build";
import { setup } from "../../scripts/setup";
import { synth } from "../../scripts/synth";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface RunningApp {
  url: string;
  browser: Browser;
  stop: () => Promise<void>;
  /** Errors seen since the last check (server lines, then browser ones), emptied by the call. */
  takeErrors: () => string[];
  /** Lets the current test provoke errors that match: e.g. a console error for a 401 it asked for. */
  allowErrors: (pattern: RegExp) => void;
}

const running = new Set<RunningApp>();
let allowed: RegExp[] = [];

function checkErrors() {
  const found = [...running].flatMap((app) => app.takeErrors()).filter((e) => !allowed.some((re) => re.test(e)));
  allowed = [];
  if (found.length) throw new Error(`errors from the server or the browser:\n${found.map((e) => `  ${e}`).join("\n")}`);
}
afterEach(checkErrors);
afterAll(checkErrors);

// Chromium logs every 4xx answer as a console error ("Failed to load resource"). Three are answers the
// app means, not faults: a 404 page a test asked for (the document itself), a 4xx from the API that the
// page shows to the user (a wrong upload token: 401), and the browser's own /favicon.ico probe (the app
// ships no favicon). A 5xx, or a 4xx for a script, style or other asset, stays an error.
const STATUS_4XX = /^Failed to load resource: the server responded with a status of 4\d\d/;
function isMeantAnswer(msg: ConsoleMessage, page: Page) {
  if (!STATUS_4XX.test(msg.text())) return false;
  const url = msg.location().url;
  const path = URL.canParse(url) ? new URL(url).pathname : "";
  return url === page.url() || path.startsWith("/api/") || path === "/favicon.ico";
}

function watchPage(page: Page, errors: string[]) {
  page.on("console", (msg) => {
    if (msg.type() === "error" && !isMeantAnswer(msg, page)) errors.push(`browser console (${msg.location().url}): ${msg.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`browser uncaught (${page.url()}): ${error.message}`));
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
  const browserErrors: string[] = [];
  // Every page the tests open is watched, however they open it.
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args: Parameters<Browser["newPage"]>) => {
    const page = await newPage(...args);
    watchPage(page, browserErrors);
    return page;
  };
  const app: RunningApp = {
    url: server.url,
    browser,
    // Stays in `running`: the last check, after the file's own afterAll has stopped it, still reads its errors.
    stop: async () => {
      await browser.close();
      server.stop();
    },
    takeErrors: () => [...server.takeErrors(), ...browserErrors.splice(0)],
    allowErrors: (pattern) => void allowed.push(pattern),
  };
  running.add(app);
  return app;
}
