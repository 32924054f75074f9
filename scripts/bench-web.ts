// npm run bench:web [-- --events 100000]: the dashboard's speed against the production build, on a
// SQLite database of seeds plus N synthetic events (made once, kept in data/bench-N.db).
// Prints p50/p95 of the overview's server render and of filtered API requests, and the first-load
// JavaScript of / (every script the page's HTML loads, gzipped).
import { existsSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serveBuild } from "./serve-build";
import { setup } from "./setup";
import { synth } from "./synth";

const { values } = parseArgs({ options: { events: { type: "string", default: "100000" }, runs: { type: "string", default: "30" }, fresh: { type: "boolean", default: false } } });
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function time(url: string, runs = RUNS): Promise<{ p50: number; p95: number; bytes: number }> {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    ms.push(performance.now() - t);
    bytes = body.byteLength;
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95), bytes };
}

async function firstLoadJs(base: string): Promise<{ files: number; gzip: number }> {
  const html = await (await fetch(`${base}/`)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let gzip = 0;
  for (const src of srcs) gzip += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).byteLength;
  return { files: srcs.length, gzip };
}

/** How the map copes with every place: time to draw them, and frames per second while panning. */
async function mapSmoothness(base: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const t = performance.now();
    await page.goto(`${base}/map`);
    const host = page.locator('[data-testid="map"]');
    await host.waitFor();
    const drawnMs = performance.now() - t;
    const places = Number(await host.getAttribute("data-places"));
    const box = (await host.boundingBox())!;
    // A string, not a function: tsx would wrap a function in helpers the page does not have.
    const frames = page.evaluate<number>(`new Promise((resolve) => {
      let n = 0;
      const start = performance.now();
      const tick = () => (performance.now() - start < 2000 ? (n++, requestAnimationFrame(tick)) : resolve(n / 2));
      requestAnimationFrame(tick);
    })`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) await page.mouse.move(box.x + box.width / 2 + Math.sin(i / 6) * 200, box.y + box.height / 2 + Math.cos(i / 6) * 100);
    await page.mouse.up();
    return { places, drawnMs, fps: await frames };
  } finally {
    await browser.close();
  }
}

async function main() {
  const file = `data/bench-${EVENTS}.db`;
  const url = `file:./${file}`;
  process.env.DATABASE_URL = url;
  if (values.fresh) rmSync(file, { force: true });
  if (!existsSync(file)) {
    await setup();
    await synth(EVENTS);
  }
  const server = await serveBuild({ DATABASE_URL: url });
  const base = server.url;
  try {
    const filter = "gov=SY-HL,SY-ID&from=2015-01-01&to=2016-12-31";
    const targets: [string, string][] = [
      ["overview page /, no filter (server render)", "/"],
      [`overview page /?${filter}`, `/?${filter}`],
      ["events page /events, no filter", "/events"],
      [`API /api/events?${filter}`, `/api/events?${filter}`],
      [`API /api/overview?${filter}`, `/api/overview?${filter}`],
      [`API /api/timeline?${filter}`, `/api/timeline?${filter}`],
      [`API /api/map?${filter}`, `/api/map?${filter}`],
      ["API /api/map, no filter", "/api/map"],
    ];
    for (const [, path] of targets) await time(base + path, 3); // warm up
    console.log(`SQLite, ${EVENTS} synthetic events plus the seeds; ${RUNS} requests each (ms)`);
    for (const [label, path] of targets) {
      const t = await time(base + path);
      console.log(`${label.padEnd(70)} p50 ${t.p50.toFixed(0).padStart(5)}  p95 ${t.p95.toFixed(0).padStart(5)}  ${(t.bytes / 1024).toFixed(0)} KB`);
    }
    const js = await firstLoadJs(base);
    console.log(`first-load JavaScript of /: ${js.files} files, ${(js.gzip / 1024).toFixed(1)} KB gzipped`);
    const m = await mapSmoothness(base);
    console.log(`/map in Chromium: ${m.places} places drawn ${m.drawnMs.toFixed(0)} ms after navigation; panning for 2 s ran at ${m.fps.toFixed(0)} frames/s`);
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
