import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startApp, type RunningApp } from "../helpers/server";

let app: RunningApp;
let page: Page;
const shots = "test-results";

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startApp();
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await app?.stop();
});

describe("the app in Chromium", () => {
  it("lists the five seed articles in Arabic, right to left", async () => {
    await page.goto(`${app.url}/articles`);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    const titles = await page.locator(".article-list li a").allTextContents();
    expect(titles).toHaveLength(5);
    expect(titles).toContain("رئيس الائتلاف يبحث في بروكسل التصعيد في إدلب مع مبعوث واشنطن لسوريا - It's Over 9000!");
    await expect.poll(() => page.locator("text=غير محدد").count()).toBeGreaterThan(0);
    // The text flows right to left: the list item's text starts at its right edge.
    expect(await page.locator(".article-list li").first().evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    await page.screenshot({ path: `${shots}/home-1440.png`, fullPage: true });
  });

  it("opens an article with its text and highlighted places, actors and dates", async () => {
    await page.goto(`${app.url}/articles`);
    await page.locator(".article-list li a", { hasText: "الأخبار العاجلة" }).click();
    await page.waitForURL(/\/articles\/\d+$/);
    await expect.poll(() => page.locator("h1").textContent()).toContain("الأخبار العاجلة");
    expect(await page.locator(".article-body").textContent()).toContain("مصطفى سيجري");
    const places = await page.locator(".mention-place").allTextContents();
    expect(places).toEqual(expect.arrayContaining(["إدلب", "حماة"]));
    expect(await page.locator(".mention-actor").count()).toBeGreaterThan(3);
    expect(await page.locator("text=2019").count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/article-1440.png`, fullPage: true });
  });

  it("works on a phone-sized screen", async () => {
    const phone = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${app.url}/articles`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: `${shots}/home-390.png`, fullPage: true });
    await phone.close();
  });

  it("says plainly that uploads need an editor when no token is configured", async () => {
    await page.goto(`${app.url}/upload`);
    expect(await page.getByTestId("upload-disabled").textContent()).toContain("UPLOAD_TOKEN");
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    const form = new FormData();
    form.append("files", new Blob(["نص"]), "a.txt");
    const res = await fetch(`${app.url}/api/upload`, { method: "POST", body: form, headers: { authorization: "Bearer anything-at-all" } });
    expect(res.status).toBe(401);
  });

  it("answers 404 for an article that does not exist or a malformed id", async () => {
    expect((await page.goto(`${app.url}/articles/999999`))?.status()).toBe(404);
    expect((await page.goto(`${app.url}/articles/abc`))?.status()).toBe(404);
    expect((await page.goto(`${app.url}/actors/999999`))?.status()).toBe(404);
    expect((await page.goto(`${app.url}/places/-1`))?.status()).toBe(404);
  });
});
