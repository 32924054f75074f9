// Pages that stream: with the timeline's data held back on the server (PANEL_DELAY, a test-only
// knob), the overview's other panels are already on screen while the timeline still shows its
// skeleton; then every skeleton is replaced, the map draws from the places that came with the page
// (no /api/map request), and nothing logs an error. (The browser hydrates the page, and so draws
// the map, only once the whole document has arrived: see docs/decisions/0012.)
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/server";

const shots = "test-results";
const HELD_MS = 8000;
let app: RunningApp;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startApp({ PANEL_DELAY: `timeline:${HELD_MS}` }, { synthEvents: 2000 });
});
afterAll(async () => {
  await app?.stop();
});

describe("streaming overview", () => {
  it("shows the figures, rankings and map before the held-back timeline, then replaces every skeleton", async () => {
    // A cold server's first render loads its modules; warm it up without the held-back panel.
    await fetch(`${app.url}/events`);
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const mapRequests: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/map") mapRequests.push(r.url());
    });
    const started = Date.now();
    await page.goto(`${app.url}/?gov=SY-ID`, { waitUntil: "commit" });
    // The figures and rankings are on screen while the timeline is still held back on the server:
    // its skeleton is there, its chart is not.
    await page.getByTestId("figures").waitFor();
    await page.locator('section[aria-label="أكثر الأماكن أحداثاً"] li').first().waitFor();
    expect(Date.now() - started).toBeLessThan(HELD_MS);
    expect(await page.locator('[aria-label="جارٍ تحميل الخط الزمني"]').count()).toBe(1);
    expect(await page.getByTestId("timeline").count()).toBe(0);
    await page.screenshot({ path: `${shots}/streaming-held.png`, fullPage: true });

    await page.getByTestId("timeline").waitFor({ timeout: HELD_MS + 20_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(HELD_MS);
    // Leaflet draws once the page is hydrated, from the places that came with it.
    await page.locator('[data-testid="map"][data-circles]:not([data-circles="0"])').waitFor();
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await page.getByTestId("skeleton").count()).toBe(0);
    // The map's places came with the page, in columns: the browser never asked the API for them.
    expect(mapRequests).toEqual([]);
    expect(Number(await page.getByTestId("map").getAttribute("data-places"))).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/streaming-done.png`, fullPage: true });
    await page.close();
  });

  it("streams an actor profile: its head first, then the panels", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(app.url);
    const href = await page.locator('section[aria-label="أكثر الفاعلين حضوراً"] li a').first().getAttribute("href");
    await page.goto(`${app.url}${href}`, { waitUntil: "commit" });
    await page.locator("h1").waitFor();
    await page.getByTestId("events-total").waitFor();
    await page.getByTestId("timeline").waitFor({ timeout: HELD_MS + 20_000 });
    await page.locator('[data-testid="map"]').waitFor();
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
    await page.screenshot({ path: `${shots}/streaming-actor.png`, fullPage: true });
    await page.close();
  });
});
