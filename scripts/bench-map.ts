// npm run bench:map -- --db data/bench-100000.db [--runs 7]: how long after navigation the
// overview's map is drawn in Chromium, against the production build and an existing database
// (make one with `npm run synth`, or let `npm run bench:web` make data/bench-N.db). Each run is a
// fresh browser context (nothing cached), so it is a first visit. The floor, measured in the same
// run, is when the document's last byte arrived (responseEnd): the page hydrates, and Leaflet
// draws, only after that, so drawn ÷ floor says what the client adds.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { serveBuild } from "./serve-build";

const { values } = parseArgs({ options: { db: { type: "string", default: "data/bench-100000.db" }, runs: { type: "string", default: "7" }, path: { type: "string", multiple: true } } });
const RUNS = Number(values.runs);
const PATHS = values.path?.length ? values.path : ["/", "/?gov=SY-HL,SY-ID&from=2015-01-01&to=2016-12-31"];

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  if (!existsSync(values.db)) throw new Error(`${values.db} does not exist: make it with npm run synth (DATABASE_URL=file:${values.db}) or npm run bench:web`);
  const server = await serveBuild({ DATABASE_URL: `file:${values.db}` });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"] });
  try {
    await fetch(`${server.url}/`); // a cold server's first render loads its modules
    console.log(`map drawn after navigation, ${values.db}, ${RUNS} first visits each (ms)`);
    for (const path of PATHS) {
      const drawn: number[] = [];
      const floor: number[] = [];
      let places = 0;
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const t = Date.now();
        await page.goto(server.url + path, { waitUntil: "commit" });
        const host = page.locator('[data-testid="map"]:is([data-circles]:not([data-circles="0"]), [data-cells]:not([data-cells="0"]))');
        await host.waitFor({ timeout: 60_000 });
        drawn.push(Date.now() - t);
        floor.push(await page.evaluate<number>(`performance.getEntriesByType("navigation")[0].responseEnd`));
        places = Number(await host.getAttribute("data-places"));
        await context.close();
      }
      const p50 = pct(drawn, 50);
      const f50 = pct(floor, 50);
      console.log(`${path.padEnd(50)} ${String(places).padStart(6)} places  drawn p50 ${p50.toFixed(0).padStart(5)} p95 ${pct(drawn, 95).toFixed(0).padStart(5)}  document end p50 ${f50.toFixed(0).padStart(5)}  ratio ${(p50 / f50).toFixed(2)}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
