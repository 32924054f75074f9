// npm run bench:web [-- --events 100000] [--postgres URL] [--load]: the dashboard's speed against the
// production build, on a database of seeds plus N synthetic events (made once: data/bench-N.db, or the
// schema bench_N of the PostgreSQL URL). Prints p50/p95 of the overview's server render and of the API
// for a governorate + 2 years, an actor and a text search — each cached (a repeated view) and
// uncached (the write generation bumped before every request) — next to the raw SQL that answers the
// same question (the floor) and the ratio; CSV export rows/s; the first-load JavaScript of /; the map
// in Chromium; and with --load, `npx autocannon -c 20 -d 20` on / and /api/overview?gov=SY-ID with the
// server's memory before and after (and on /sign-in, a page that reads nothing: the floor).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { floorQueries, openFloor, type Floor, type Question } from "./bench-floor";
import { serveBuild } from "./serve-build";
import { setup } from "./setup";
import { synth } from "./synth";

const { values } = parseArgs({ options: {
  events: { type: "string", default: "100000" }, runs: { type: "string", default: "30" }, fresh: { type: "boolean", default: false },
  postgres: { type: "string" }, load: { type: "boolean", default: false }, "skip-map": { type: "boolean", default: false },
} });
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function time(url: string, runs = RUNS, before?: () => Promise<void>): Promise<{ p50: number; p95: number; bytes: number }> {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t = performance.now();
    // One retry: a keep-alive socket the server closed while we ran a floor query fails at once.
    const res = await fetch(url).catch(() => fetch(url)).catch((e: Error) => { throw new Error(`${url}: ${e.message}`, { cause: e.cause }); });
    const body = await res.arrayBuffer();
    ms.push(performance.now() - t);
    bytes = body.byteLength;
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95), bytes };
}

async function firstLoadJs(base: string): Promise<{ files: number; gzip: number }> {
  const html = await (await fetch(`${base}/`)).text();
  // Not the nomodule polyfills: a browser with ES modules (every current one) never fetches them.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\bnoModule\b/i.test(m[0]));
  const srcs = [...new Set(tags.map((m) => m[1]))];
  let gzip = 0;
  for (const src of srcs) gzip += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).byteLength;
  return { files: srcs.length, gzip };
}

/** How the map copes with every place: time from navigation until its dots (or cells) are drawn, on
 * the overview and on /map, and frames per second while panning /map. */
async function mapSmoothness(base: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const drawn: Record<string, number> = {};
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    for (const path of ["/", "/map"]) {
      const t = performance.now();
      await page.goto(`${base}${path}`);
      // Drawn: the map reports the circles or grid cells it put on the canvas (a selector, not a
      // function: the page's content security policy forbids evaluating strings).
      await page.waitForSelector('[data-testid="map"][data-circles]:not([data-circles="0"]), [data-testid="map"][data-cells]:not([data-cells="0"])', { timeout: 60_000 });
      drawn[path] = performance.now() - t;
    }
    const host = page.locator('[data-testid="map"]');
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
    return { places, drawn, fps: await frames };
  } finally {
    await browser.close();
  }
}

/** p50/p95 of the raw SQL of one question (every statement of it, one after the other). */
/** The floor's statements after the same write as each uncached request (Floor.bumpGeneration). */
async function floorTime(floor: Floor, statements: [string, unknown[]][], runs = RUNS) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    await floor.bumpGeneration();
    const t = performance.now();
    for (const [sql, params] of statements) await floor.run(sql, params);
    ms.push(performance.now() - t);
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95) };
}

/** Resident memory of the server's process group (npx, next start and its workers), in MB. */
function serverMemoryMb(pgid: number): number {
  let kb = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return kb / 1024;
}

function autocannon(url: string) {
  const r = spawnSync("npx", ["autocannon", "-c", "20", "-d", "20", "-j", url], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`autocannon failed: ${r.stderr}`);
  const j = JSON.parse(r.stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; timeouts: number; non2xx: number };
  return { rps: j.requests.average, p50: j.latency.p50, p99: j.latency.p99, errors: j.errors, timeouts: j.timeouts, non2xx: j.non2xx };
}

/** Rows per second of a streamed CSV, with the server's memory sampled every 250 ms: its peak while the
 * first 100,000 rows came and its peak over the whole export (memory that keeps growing with the rows
 * would show as a second figure far above the first). */
async function csvRowsPerSecond(url: string, memory: () => number) {
  let lines = 0;
  const peak = { first100k: memory(), all: memory() };
  /** The peak in each 100,000 rows: a plateau is memory that does not grow with the rows. */
  const byTenth: number[] = [];
  let at100k = 0;
  const sampler = setInterval(() => {
    const mb = memory();
    peak.all = Math.max(peak.all, mb);
    if (lines <= 100_000) peak.first100k = Math.max(peak.first100k, mb);
    const i = Math.floor(lines / 100_000);
    byTenth[i] = Math.max(byTenth[i] ?? 0, mb);
  }, 250);
  const t = performance.now();
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url}: ${res.status}`);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const b of value) if (b === 10) lines++;
    if (!at100k && lines > 100_000) at100k = (performance.now() - t) / 1000;
  }
  const s = (performance.now() - t) / 1000;
  clearInterval(sampler);
  return { rows: lines - 1, s, at100k, peak, byTenth };
}

async function main() {
  const postgres = values.postgres;
  let url: string;
  if (postgres) {
    const u = new URL(postgres);
    u.searchParams.set("schema", `bench_${EVENTS}`);
    url = u.toString();
  } else {
    url = `file:./data/bench-${EVENTS}.db`;
    if (values.fresh) rmSync(`data/bench-${EVENTS}.db`, { force: true });
  }
  process.env.DATABASE_URL = url;
  await setup();
  const floor = await openFloor(url);
  try {
    const [{ n }] = (await floor.run('SELECT COUNT(*) AS n FROM "Event"', [])) as { n: number }[];
    if (Number(n) < EVENTS) await synth(EVENTS);
  } finally {
    await floor.close();
  }
  const server = await serveBuild({ DATABASE_URL: url });
  const base = server.url;
  const db = await openFloor(url);
  try {
    // The actor with the most events, a governorate's name (in a tenth of the events) and a town's.
    const [top] = (await db.run('SELECT "actorId" AS id FROM "EventActor" GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1', [])) as { id: number }[];
    const questions: [string, string, Question][] = [
      ["governorate + 2 years", "gov=SY-HL,SY-ID&from=2015-01-01&to=2016-12-31", { gov: ["SY-HL", "SY-ID"], from: "2015-01-01", to: "2016-12-31" }],
      [`actor ${top.id}`, `actor=${top.id}`, { actor: top.id }],
      ["text «ادلب»", `q=${encodeURIComponent("ادلب")}`, { q: "ادلب" }],
      // A town rather than a governorate: a text that matches a few thousand events, not a tenth of them.
      ["text «سراقب»", `q=${encodeURIComponent("سراقب")}`, { q: "سراقب" }],
    ];
    const bump = () => db.bumpGeneration();
    const line = (label: string, t: { p50: number; p95: number }, extra = "") =>
      console.log(`${label.padEnd(58)} p50 ${t.p50.toFixed(1).padStart(7)}  p95 ${t.p95.toFixed(1).padStart(7)}${extra}`);
    console.log(`${postgres ? "PostgreSQL" : "SQLite"}, ${EVENTS} synthetic events plus the seeds; ${RUNS} requests each (ms)`);
    for (const path of ["/", `/?${questions[0][1]}`]) {
      await time(base + path, 3);
      line(`page ${path} cached`, await time(base + path));
      line(`page ${path} uncached`, await time(base + path, RUNS, bump));
    }
    for (const [label, query, question] of questions) {
      const floors = floorQueries(db, question);
      for (const api of ["overview", "map", "timeline", "events"] as const) {
        const path = `/api/${api}?${query}`;
        await time(base + path, 3);
        const f = await floorTime(db, floors[api]);
        const cold = await time(base + path, RUNS, bump);
        const warm = await time(base + path);
        line(`${label}: /api/${api} uncached`, cold, `  floor p50 ${f.p50.toFixed(1)}  ratio ${(cold.p50 / f.p50).toFixed(1)}×`);
        line(`${label}: /api/${api} cached`, warm, `  ${(warm.bytes / 1024).toFixed(0)} KB`);
      }
    }
    const memoryBefore = serverMemoryMb(server.pid);
    const csv = await csvRowsPerSecond(`${base}/api/export/events.csv`, () => serverMemoryMb(server.pid));
    console.log(`CSV export, no filter: ${csv.rows} rows in ${csv.s.toFixed(1)} s = ${(csv.rows / csv.s).toFixed(0)} rows/s (the first 100,000 in ${csv.at100k.toFixed(1)} s = ${(100_000 / csv.at100k).toFixed(0)} rows/s); server memory ${memoryBefore.toFixed(0)} MB before, peak ${csv.peak.first100k.toFixed(0)} MB during the first 100,000 rows and ${csv.peak.all.toFixed(0)} MB over all; peak per 100,000 rows ${Array.from(csv.byTenth, (mb) => (mb ?? 0).toFixed(0)).join(", ")} MB`);
    const js = await firstLoadJs(base);
    console.log(`first-load JavaScript of /: ${js.files} files, ${(js.gzip / 1024).toFixed(1)} KB gzipped`);
    if (!values["skip-map"]) {
      const m = await mapSmoothness(base);
      console.log(`map in Chromium, ${m.places} places: drawn ${m.drawn["/"].toFixed(0)} ms after navigating to / and ${m.drawn["/map"].toFixed(0)} ms to /map; panning /map for 2 s ran at ${m.fps.toFixed(0)} frames/s`);
    }
    if (values.load) {
      // /sign-in reads nothing: the floor of a page here (the layout, the proxy, Next's render), so
      // the figures of / can be read as a ratio on a busy machine.
      for (const path of ["/sign-in", "/", "/api/overview?gov=SY-ID"]) {
        const before = serverMemoryMb(server.pid);
        const r = autocannon(base + path);
        const after = serverMemoryMb(server.pid);
        console.log(`autocannon -c 20 -d 20 ${path}: ${r.rps.toFixed(0)} req/s, latency p50 ${r.p50} ms p99 ${r.p99} ms, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}; server memory ${before.toFixed(0)} → ${after.toFixed(0)} MB`);
      }
    }
    const errors = server.takeErrors();
    if (errors.length) console.log(`server errors:\n${errors.join("\n")}`);
  } finally {
    await db.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? `${error.message}${error.cause ? ` (${String((error.cause as Error).message ?? error.cause)})` : ""}` : error);
  process.exit(1);
});
