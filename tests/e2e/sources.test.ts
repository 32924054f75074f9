// A source added on /sources, run from there, shows up everywhere: its events on a map page that was
// already open (the views refetch on an interval, no reload), and its articles listed with their URLs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startApp, type RunningApp } from "../helpers/server";
import { startNewsServer, type NewsServer } from "../helpers/news-server";

const TOKEN = "e2e-editor-token";
let app: RunningApp;
let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
  app = await startApp({ UPLOAD_TOKEN: TOKEN });
});
afterAll(async () => {
  await app?.stop();
  await site?.close();
});

const mapPlaces = async (p: Page) => Number(await p.locator('[data-testid="map"]').getAttribute("data-places"));

describe("sources", () => {
  it("adds a feed, runs it, and its events reach an open map and its articles the list, each with its URL", async () => {
    // The days of the test feed's stories, which the seed articles do not cover.
    const mapPage = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await mapPage.goto(`${app.url}/map?from=2019-05-02&to=2019-05-03`);
    await mapPage.locator('[data-testid="map"]').waitFor();
    const before = await mapPlaces(mapPage);

    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${app.url}/sources`);
    await page.locator('input[name="editor-token"]').fill(TOKEN);
    const form = page.getByTestId("add-source");
    await form.locator('input[name="url"]').fill(`${site.url}/rss.xml`);
    await form.locator('input[name="name"]').fill("شبكة الاختبار");
    await form.locator('input[name="every"]').fill("15m");
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator("[role=status]").textContent()).toContain("أضيف المصدر");
    const row = page.locator('[data-testid="sources"] tbody tr', { hasText: "شبكة الاختبار" });
    await row.waitFor();
    await row.getByRole("button", { name: "اجمع المصدر شبكة الاختبار الآن" }).click();
    await expect.poll(() => row.getByTestId("source-result").textContent(), { timeout: 30_000 }).toContain("جُمع المصدر: 2 جديد");
    await expect.poll(() => row.getByTestId("source-added").textContent()).toContain("2");
    expect(await row.getByTestId("source-status").textContent()).toBe("تم");
    await page.screenshot({ path: "test-results/sources-1440.png", fullPage: true });

    // The map tab was not reloaded: its queries refetch on their interval while it is visible.
    await mapPage.bringToFront();
    await expect.poll(() => mapPlaces(mapPage), { timeout: 80_000, interval: 2_000 }).toBeGreaterThan(before);
    await mapPage.screenshot({ path: "test-results/sources-map-1440.png" });

    await page.goto(`${app.url}/articles?q=${encodeURIComponent("127.0.0.1")}`);
    const urls = await page.getByTestId("article-url").allTextContents();
    expect(urls.sort()).toEqual([`${site.url}/articles/a1.html`, `${site.url}/articles/a2.html`]);
    await page.screenshot({ path: "test-results/sources-articles-1440.png", fullPage: true });

    // The overview says how fresh the data is.
    await page.goto(app.url);
    expect(await page.getByTestId("added-24h").textContent()).toMatch(/مقال/);
    await page.getByTestId("freshness").screenshot({ path: "test-results/sources-freshness.png" });

    // Run again: the feed answers 304 and nothing is fetched twice.
    await page.goto(`${app.url}/sources`);
    await page.locator('input[name="editor-token"]').fill(TOKEN);
    await page.getByRole("button", { name: "اجمع المصدر شبكة الاختبار الآن" }).click();
    await expect.poll(() => page.getByTestId("source-result").textContent(), { timeout: 30_000 }).toContain("لم يتغير المصدر");
    expect(site.hits.get("/articles/a1.html")).toBe(1);
    expect(site.hits.get("/articles/a2.html")).toBe(1);

    // A wrong token changes nothing.
    await page.locator('input[name="editor-token"]').fill("wrong-token-123");
    await page.getByRole("button", { name: "إيقاف المصدر شبكة الاختبار" }).click();
    await expect.poll(() => page.getByTestId("source-result").textContent()).toBe("رمز المحرر غير صحيح");

    const phone = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${app.url}/sources`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: "test-results/sources-390.png", fullPage: true });
  }, 180_000);
});
