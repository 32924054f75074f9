// What issue 10 found an analyst tripping over, checked in Chromium against the production build:
// the map (shading clicks, one canvas, names, scale, density, legend, export, the place page's zoom),
// the evidence sentence after in-app navigation, and Arabic throughout (plurals, sub-types, 404, icon).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleMessage, Page } from "playwright-core";
import { count } from "@/config/plurals";
import { jobsDone } from "../helpers/jobs";
import { startApp, type RunningApp } from "../helpers/server";

const shots = "test-results";
const TOKEN = "e2e-analyst-token";
let app: RunningApp;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startApp({ UPLOAD_TOKEN: TOKEN }, { synthEvents: 3000 });
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error") consoleErrors.push(`${m.text()} @ ${m.location().url}`);
  });
});
afterAll(async () => {
  await app?.stop();
});

const map = (p: Page) => p.locator('[data-testid="map"]');
const attr = async (p: Page, name: string) => Number(await map(p).getAttribute(name));

async function phoneShot(path: string, name: string) {
  const phone = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(`${app.url}${path}`);
  await phone.waitForLoadState("networkidle");
  await phone.screenshot({ path: `${shots}/${name}-390.png`, fullPage: true });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await phone.close();
  return overflow;
}

describe("the map", () => {
  it("in shading mode shows a governorate's tooltip and filters by it on click", async () => {
    await page.goto(`${app.url}/map`);
    await map(page).waitFor();
    await page.getByRole("button", { name: "تظليل المحافظات" }).click();
    await expect.poll(() => map(page).getAttribute("data-mode")).toBe("shading");
    const label = page.locator(".gov-label", { hasText: "إدلب" });
    const box = (await label.boundingBox())!;
    // The label pane lets the pointer through, and the points canvas is hidden in this mode: the
    // polygon under the name gets the hover and the click.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 12);
    await expect.poll(() => page.locator(".leaflet-tooltip").textContent()).toContain("إدلب");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + 12);
    await page.waitForURL(/gov=SY-ID/);
    await page.screenshot({ path: `${shots}/map-shading-1440.png` });
  });

  it("keeps one canvas after any number of filter changes", async () => {
    await page.goto(`${app.url}/map`);
    await map(page).waitFor();
    await expect.poll(() => attr(page, "data-circles")).toBeGreaterThan(0);
    const menu = page.getByTestId("type-menu");
    for (const slug of ["battles", "protests", "battles", "protests"]) {
      if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator("summary").click();
      await page.locator(`input[name="type"][value="${slug}"]`).click();
      await page.waitForLoadState("networkidle");
    }
    await page.getByRole("button", { name: "تظليل المحافظات" }).click();
    await page.getByRole("button", { name: "نقاط الأماكن" }).click();
    expect(await map(page).locator("canvas").count()).toBe(1);
  });

  it("names governorates, has a scale bar and a size legend, and gathers thousands of places into cells", async () => {
    await page.goto(`${app.url}/map`);
    await map(page).waitFor();
    // The boundaries (and their labels) are drawn once their file has loaded, after the map itself.
    await expect.poll(() => page.locator(".gov-label").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(13);
    expect(await page.locator(".leaflet-control-scale").count()).toBe(1);
    expect(await page.getByTestId("size-legend").textContent()).toContain("حجم الدائرة");
    const places = await attr(page, "data-places");
    if (places > 600) await expect.poll(() => attr(page, "data-cells")).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/map-1440.png` });
    // Zoomed in, the cells give way to one circle per place, with the busiest places named.
    for (let i = 0; i < 3; i++) {
      await page.locator(".leaflet-control-zoom-in").click();
      await page.waitForTimeout(400);
    }
    await expect.poll(() => attr(page, "data-zoom")).toBeGreaterThanOrEqual(9);
    await expect.poll(() => attr(page, "data-cells")).toBe(0);
    await expect.poll(() => page.locator(".place-label").count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/map-zoomed-1440.png` });
    expect(await phoneShot("/map", "map")).toBeLessThanOrEqual(1);
  });

  it("exports PNG and SVG with the title, the active filters, the legend and the source line", async () => {
    await page.goto(`${app.url}/map?gov=SY-ID`);
    await map(page).waitFor();
    const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("map-svg").click()]);
    expect(svgDownload.suggestedFilename()).toBe("map.svg");
    const svg = readFileSync((await svgDownload.path())!, "utf8");
    expect(svg).toContain("خريطة أماكن الأحداث");
    expect(svg).toContain("إدلب");
    expect(svg).toContain("معارك");
    expect(svg).toContain("حجم الدائرة");
    expect(svg).toContain("المصدر:");
    expect(svg).toContain("<path");
    const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("map-png").click()]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // A fixed report width (1000 px at 2×), whatever the screen.
    expect(png.readUInt32BE(16)).toBe(2000);
    writeFileSync(`${shots}/map-export.png`, png);
  });

  it("opens a place page zoomed to the place", async () => {
    await page.goto(`${app.url}/events`);
    await page.locator("tbody tr a[href^='/places/']").first().click();
    await page.waitForURL(/\/places\/\d+/);
    await map(page).waitFor();
    await expect.poll(() => attr(page, "data-zoom")).toBeGreaterThanOrEqual(9);
    await page.screenshot({ path: `${shots}/place-1440.png`, fullPage: true });
    expect(await phoneShot(new URL(page.url()).pathname, "place")).toBeLessThanOrEqual(1);
  });
});

describe("provenance", () => {
  it("highlights the evidence sentence after in-app navigation from «المصدر»", async () => {
    await page.goto(`${app.url}/events`);
    const source = page.locator("tbody tr .source-link").first();
    const anchor = (await source.getAttribute("href"))!.split("#")[1];
    await source.click();
    await page.waitForURL(/\/articles\/\d+#s-\d+$/);
    await expect.poll(() => page.locator(`#${anchor}`).getAttribute("class")).toContain("is-target");
    expect(await page.locator(`#${anchor}`).evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator(".is-target").count()).toBe(1);
    await page.screenshot({ path: `${shots}/article-target-1440.png` });
  });
});

describe("the article page", () => {
  it("lists the events read from the article and links to the original URL", async () => {
    const article = {
      title: "تقرير اختبار الرابط الأصلي",
      url: "https://example.org/news/1",
      publishedAt: "2019-05-04",
      body: "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين.",
    };
    const form = new FormData();
    form.append("files", new Blob([JSON.stringify(article)], { type: "application/json" }), "link-test.json");
    const res = await fetch(`${app.url}/api/upload`, { method: "POST", body: form, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(202);
    await jobsDone(app.url, TOKEN, (await res.json()) as { files: { jobId: number }[] });
    await page.goto(`${app.url}/articles?q=${encodeURIComponent("اختبار الرابط")}`);
    await page.locator(".article-list li a").first().click();
    await page.waitForURL(/\/articles\/\d+$/);
    expect(await page.getByTestId("original-url").getAttribute("href")).toBe(article.url);
    const items = page.locator('[data-testid="article-events"] li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().textContent()).toMatch(/كفر ?نبل/);
    await items.first().locator('a[href^="#s-"]').click();
    await expect.poll(() => page.locator(".event-sentence.is-target").count()).toBe(1);
    await page.screenshot({ path: `${shots}/article-events-1440.png`, fullPage: true });
    expect(await phoneShot(new URL(page.url()).pathname, "article")).toBeLessThanOrEqual(1);
  });
});

describe("Arabic throughout", () => {
  it("agrees numbers with their nouns and shows sub-types in Arabic", async () => {
    await page.goto(`${app.url}/events?sort=fatalities`);
    await page.locator("tbody tr").first().waitFor();
    const subTypes = await page.locator(".events-table tbody td small.muted[title]").allTextContents();
    expect(subTypes.length).toBeGreaterThan(0);
    for (const s of subTypes) expect(s).not.toMatch(/[A-Za-z]/);
    await page.goto(`${app.url}/`);
    await page.locator(".count-fatal").first().waitFor();
    const fatal = await page.locator(".count-fatal").allTextContents();
    for (const t of fatal) {
      const n = Number(t.match(/\d+/)?.[0] ?? (t.includes("قتيلان") ? 2 : 1));
      expect(t).toBe(count(n, "killed"));
    }
    expect(await page.locator("body").textContent()).not.toMatch(/(^|\D)[12] (قتيل|جريح|حدث)(\s|$)/);
    await page.screenshot({ path: `${shots}/overview-1440.png`, fullPage: true });
    expect(await phoneShot("/", "overview")).toBeLessThanOrEqual(1);
    expect(await phoneShot("/events", "events")).toBeLessThanOrEqual(1);
  });

  it("answers an unknown page with an Arabic 404 and serves an icon", async () => {
    const res = await page.goto(`${app.url}/no-such-page`);
    expect(res?.status()).toBe(404);
    expect(await page.getByTestId("not-found").textContent()).toContain("الصفحة غير موجودة");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    await page.screenshot({ path: `${shots}/not-found-1440.png` });
    expect(await phoneShot("/no-such-page", "not-found")).toBeLessThanOrEqual(1);
    expect((await fetch(`${app.url}/favicon.ico`)).status).toBe(200);
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
  });

  it("isolates file names and Latin names from the Arabic around them", async () => {
    await page.goto(`${app.url}/articles`);
    await page.locator(".article-list li a").first().click();
    await page.waitForURL(/\/articles\/\d+$/);
    expect(await page.locator(".meta bdi[dir=ltr]").first().textContent()).toMatch(/^\d{3}_[0-9a-f]+\.txt$|\.txt$/);
    await page.goto(`${app.url}/actors`);
    expect(await page.locator("bdi.name-en-inline").count()).toBeGreaterThan(0);
  });

  it("logged no console error on the way", () => {
    // The one 404 this file asks for on purpose is not an error of the app.
    expect(consoleErrors.filter((e) => !e.includes("/no-such-page"))).toEqual([]);
  });
});
