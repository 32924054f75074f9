// Folded search in Chromium: «ادلب» typed without hamza finds Idlib's events (the same as «إدلب»),
// and the box suggests the place as the user types; picking it filters by the place.
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startApp, type RunningApp } from "../helpers/server";

const shots = "test-results";
let app: RunningApp;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startApp({}, { synthEvents: 1500 });
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await app?.stop();
});

const figure = async (p: Page, key: string) => Number((await p.locator(`[data-figure="${key}"] dd`).textContent())?.replace(/[^\d]/g, ""));
const apiEvents = async (q: string) => ((await (await fetch(`${app.url}/api/overview?${q}`)).json()) as { figures: { events: number } }).figures.events;

it("«ادلب» finds Idlib's events and suggests the place", async () => {
  await page.goto(app.url);
  await page.locator('[data-testid="map"]').waitFor();
  const all = await figure(page, "events");
  const withHamza = await apiEvents(`q=${encodeURIComponent("إدلب")}`);
  expect(withHamza).toBeGreaterThan(0);
  expect(withHamza).toBeLessThan(all);
  expect(await apiEvents(`q=${encodeURIComponent("إدْلِب")}`)).toBe(withHamza);

  const box = page.locator('input[name="q"]');
  await box.fill("ادلب");
  const suggestions = page.locator('[data-testid="suggestions"]');
  await suggestions.waitFor();
  await expect.poll(async () => (await suggestions.locator("button").allTextContents()).join(" "), { timeout: 15_000 }).toContain("إدلب");
  await page.screenshot({ path: `${shots}/search-suggestions.png` });

  await box.press("Enter");
  await page.waitForURL(/q=/);
  expect(decodeURIComponent(new URL(page.url()).searchParams.get("q")!)).toBe("ادلب");
  await expect.poll(() => figure(page, "events"), { timeout: 15_000 }).toBe(withHamza);
  await page.screenshot({ path: `${shots}/search-results.png` });

  // Picking the suggested place filters by it.
  await box.fill("");
  await box.fill("ادلب");
  await suggestions.waitFor();
  await suggestions.locator("button", { hasText: "إدلب" }).first().click();
  await page.waitForURL(/place=\d+/);
  const place = new URL(page.url()).searchParams.get("place");
  await expect.poll(() => figure(page, "events"), { timeout: 15_000 }).toBe(await apiEvents(`place=${place}`));
});
