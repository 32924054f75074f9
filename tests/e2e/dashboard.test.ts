// The dashboard as an analyst uses it, in Chromium against the production build: filters that
// change every panel and live in the URL, chart and data exports, profiles, and uploads.
import { mkdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Download, Page } from "playwright-core";
import { startApp, type RunningApp } from "../helpers/server";

const TOKEN = "e2e-upload-token";
const shots = "test-results";
let app: RunningApp;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startApp({ UPLOAD_TOKEN: TOKEN }, { synthEvents: 3000 });
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await app?.stop();
});

const figure = async (p: Page, key: string) => Number((await p.locator(`[data-figure="${key}"] dd`).textContent())?.replace(/[^\d]/g, ""));
const mapPlaces = async (p: Page) => Number(await p.locator('[data-testid="map"]').getAttribute("data-places"));
const timelineTotal = async (p: Page) => {
  const q = new URL(p.url()).search;
  const t = (await (await fetch(`${app.url}/api/timeline${q}`)).json()) as { buckets: { total: number }[] };
  return t.buckets.reduce((s, b) => s + b.total, 0);
};
/** What the server counts for the page's current URL: the figure the page must come to show. */
const apiEvents = async (p: Page) => ((await (await fetch(`${app.url}/api/overview${new URL(p.url()).search}`)).json()) as { figures: { events: number } }).figures.events;
async function saved(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

describe("filters", () => {
  it("a governorate and a date range change the figures, map and timeline, and the URL", async () => {
    await page.goto(app.url);
    await page.locator('[data-testid="map"]').waitFor();
    const all = { events: await figure(page, "events"), places: await mapPlaces(page), timeline: await timelineTotal(page) };
    expect(all.events).toBeGreaterThan(3000);

    await page.locator('[data-testid="gov-menu"] summary').click();
    await page.locator('input[name="gov"][value="SY-ID"]').click();
    await page.waitForURL(/gov=SY-ID/);
    const idlib = await apiEvents(page);
    expect(idlib).toBeGreaterThan(0);
    expect(idlib).toBeLessThan(all.events);
    await expect.poll(() => figure(page, "events")).toBe(idlib);
    await expect.poll(() => mapPlaces(page)).toBeLessThan(all.places);
    await page.keyboard.press("Escape");

    await page.locator('input[name="from"]').fill("2015-01-01");
    await page.locator('input[name="to"]').fill("2015-12-31");
    await page.waitForURL(/from=2015-01-01.*to=2015-12-31/);
    const filtered = await apiEvents(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(idlib);
    await expect.poll(() => figure(page, "events")).toBe(filtered);
    await expect.poll(() => page.locator('[data-testid="timeline"]').getAttribute("data-unit")).toBe("week");
    expect(await timelineTotal(page)).toBe(filtered);
    await page.screenshot({ path: `${shots}/overview-filtered-1440.png`, fullPage: true });

    // The same URL, loaded afresh, is the same view.
    const url = page.url();
    const fresh = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await fresh.goto(url);
    expect(await figure(fresh, "events")).toBe(filtered);
    expect(await fresh.locator('input[name="from"]').inputValue()).toBe("2015-01-01");
    expect(await fresh.locator('input[name="gov"][value="SY-ID"]').isChecked()).toBe(true);
    await fresh.locator('[data-testid="map"]').waitFor();
    // /api/map answers in columns (lib/map-codec.ts): `n` is its number of places.
    const located = ((await (await fetch(`${app.url}/api/map${new URL(url).search}`)).json()) as { n: number }).n;
    await expect.poll(() => mapPlaces(fresh)).toBe(located);
    await expect.poll(() => mapPlaces(page)).toBe(located);
    await fresh.close();
  });

  it("a date preset and the reset button rewrite the URL", async () => {
    await page.goto(`${app.url}/?gov=SY-HL`);
    await page.getByRole("button", { name: "آخر سنة" }).click();
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    expect(page.url()).toContain("gov=SY-HL");
    await page.getByRole("button", { name: "مسح المرشحات" }).click();
    await page.waitForURL((u) => u.search === "");
  });

  it("dragging across the timeline sets the date filter", async () => {
    await page.goto(`${app.url}/?gov=SY-ID`);
    const chart = page.locator('[data-testid="timeline"] .recharts-surface');
    await chart.waitFor();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    expect(page.url()).toContain("gov=SY-ID");
  });

  it("a malformed filter is ignored with a notice, not an error", async () => {
    const res = await page.goto(`${app.url}/?gov=SY-ID,XX-99&from=2019-13-45&type=nonsense&actor=abc`);
    expect(res?.status()).toBe(200);
    const notice = page.locator('[data-testid="filter-notice"]');
    await expect.poll(() => notice.textContent()).toContain("XX-99");
    expect(await notice.textContent()).toContain("2019-13-45");
    expect(await page.locator('input[name="gov"][value="SY-ID"]').isChecked()).toBe(true);
    expect(await figure(page, "events")).toBeGreaterThan(0);
    expect((await fetch(`${app.url}/api/events?from=garbage&page=-3`)).status).toBe(200);
  });
});

describe("exports", () => {
  it("downloads the timeline as a PNG and an SVG with its title, filters and source", async () => {
    await page.goto(`${app.url}/?gov=SY-ID&from=2015-01-01&to=2015-12-31`);
    await page.locator('[data-testid="timeline"] .recharts-surface').waitFor();
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("timeline-png").click()]);
    const pngBytes = await saved(png);
    expect(png.suggestedFilename()).toBe("timeline.png");
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
    const [w, h] = [pngBytes.readUInt32BE(16), pngBytes.readUInt32BE(20)];
    expect(w).toBeGreaterThanOrEqual(1000);
    expect(h).toBeGreaterThanOrEqual(500);
    expect(pngBytes.length).toBeGreaterThan(20_000);

    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByTestId("timeline-svg").click()]);
    const text = (await saved(svg)).toString("utf8");
    expect(text.startsWith("<svg")).toBe(true);
    expect(text).toContain("الأحداث عبر الزمن");
    expect(text).toContain("المحافظات: إدلب");
    expect(text).toContain("المصدر:");
    expect(text).toContain("@font-face");
    expect(text).toContain("recharts-bar-rectangle");

    // Look at the image as a user would: the PNG opened in the browser.
    const view = await app.browser.newPage({ viewport: { width: 1400, height: 800 } });
    await view.setContent(`<img src="data:image/png;base64,${pngBytes.toString("base64")}" style="width:100%">`);
    await view.screenshot({ path: `${shots}/export-timeline-png.png`, fullPage: true });
    await view.close();
  });

  it("downloads exactly the filtered events as CSV (with BOM) and GeoJSON", async () => {
    await page.goto(`${app.url}/events?gov=SY-HL&type=explosions&from=2014-01-01&to=2016-12-31`);
    const total = Number(await page.getByTestId("events-total").getAttribute("data-total"));
    expect(total).toBeGreaterThan(10);
    const csvHref = (await page.getByTestId("export-csv").getAttribute("href"))!;
    const csv = Buffer.from(await (await fetch(app.url + csvHref)).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0].split(",").slice(0, 4)).toEqual(["event_id", "event_date", "time_precision", "event_type"]);
    // Evidence may hold commas inside quotes; the id is always the first, unquoted cell.
    const csvIds = lines.slice(1).map((l) => Number(l.split(",")[0]));
    expect(csvIds).toHaveLength(total);
    expect(lines.slice(1).every((l) => l.includes("Explosions/Remote violence") && l.includes("SY-HL"))).toBe(true);

    const [geo] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-geojson").click()]);
    const fc = JSON.parse((await saved(geo)).toString("utf8")) as { type: string; features: { geometry: { coordinates: number[] } | null; properties: { event_id: number; admin1_code: string; event_date: string } }[] };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.map((f) => f.properties.event_id).sort((a, b) => a - b)).toEqual([...csvIds].sort((a, b) => a - b));
    for (const f of fc.features) {
      expect(f.properties.admin1_code).toBe("SY-HL");
      expect(f.properties.event_date >= "2014-01-01" && f.properties.event_date <= "2016-12-31").toBe(true);
      const [lon, lat] = f.geometry!.coordinates;
      expect(lat > 35 && lat < 37.5 && lon > 36 && lon < 39).toBe(true);
    }
  });
});

describe("profiles and provenance", () => {
  it("the events table sorts and pages, and each sentence links to its article", async () => {
    await page.goto(`${app.url}/events?gov=SY-ID`);
    const total = Number(await page.getByTestId("events-total").getAttribute("data-total"));
    await page.getByRole("button", { name: /القتلى/ }).click();
    await page.waitForURL(/sort=fatalities/);
    const firstRow = page.locator("tbody tr").first();
    await expect.poll(async () => Number((await firstRow.locator("td.num").textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(1);
    await page.getByRole("button", { name: /التالي/ }).click();
    await page.waitForURL(/page=2/);
    expect(await page.getByTestId("events-total").getAttribute("data-total")).toBe(String(total));
    await page.screenshot({ path: `${shots}/events-1440.png` });
    const source = page.locator("tbody tr .source-link").first();
    const href = (await source.getAttribute("href"))!;
    expect(href).toMatch(/^\/articles\/\d+#s-\d+$/);
    await source.click();
    await page.waitForURL(/\/articles\/\d+#s-\d+$/);
    // The anchor of the page we landed on: the table may have re-rendered page 2 between reading the
    // first link and clicking it, so the link clicked is not always the one read.
    const anchor = new URL(page.url()).hash.slice(1);
    const sentence = page.locator(`#${anchor}`);
    // The URL may move before the article is there (a client navigation): wait for the sentence.
    await expect.poll(() => sentence.count(), { timeout: 10_000 }).toBe(1);
    expect((await sentence.locator(".mention-place").count()) + (await sentence.locator(".mention-actor").count())).toBeGreaterThan(0);
  });

  it("opens an actor profile with its names, activity, map, companions and events", async () => {
    await page.goto(`${app.url}/actors?kind=armed_group`);
    await page.screenshot({ path: `${shots}/actors-1440.png` });
    const first = page.locator(".actors-table tbody tr a").first();
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/actors\/\d+/);
    expect(await page.locator("h1").textContent()).toBe(name);
    await page.locator('[data-testid="timeline"] .recharts-surface').waitFor();
    await page.locator('[data-testid="map"]').waitFor();
    expect(await mapPlaces(page)).toBeGreaterThan(0);
    expect(await page.locator("#co-title + ol li").count()).toBeGreaterThan(0);
    expect(Number(await page.getByTestId("events-total").getAttribute("data-total"))).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/actor-1440.png`, fullPage: true });
  });

  it("shows the statements an actor made, each with its sentence", async () => {
    await page.goto(`${app.url}/articles?q=${encodeURIComponent("بروكسل")}`);
    await page.locator(".article-list li a", { hasText: "بروكسل" }).click();
    await page.waitForURL(/\/articles\/\d+$/);
    const actorLink = page.locator("a.mention-actor", { hasText: "الائتلاف" }).first();
    await actorLink.click();
    await page.waitForURL(/\/actors\/\d+/);
    expect(await page.locator("#st-title").textContent()).toContain("تصريحات");
  });

  it("opens a place page with its precision, actors and articles", async () => {
    await page.goto(app.url);
    const link = page.locator('section[aria-label="أكثر الأماكن أحداثاً"] a').first();
    const name = (await link.textContent())!;
    await link.click();
    await page.waitForURL(/\/places\/\d+/);
    expect(await page.locator("h1").textContent()).toBe(name);
    expect(await page.locator(".facts").textContent()).toMatch(/موقع دقيق|قرب المكان|المحافظة فقط/);
    await page.locator('[data-testid="map"]').waitFor();
    expect(await mapPlaces(page)).toBe(1);
    await page.screenshot({ path: `${shots}/place-1440.png`, fullPage: true });
  });

  it("highlights an article's mentions, each linked to its profile", async () => {
    await page.goto(`${app.url}/articles?q=${encodeURIComponent("الأخبار العاجلة")}`);
    await page.locator(".article-list li a", { hasText: "الأخبار العاجلة" }).click();
    await page.waitForURL(/\/articles\/\d+$/);
    const place = page.locator("a.mention-place", { hasText: "إدلب" }).first();
    expect(await place.getAttribute("href")).toMatch(/^\/places\/\d+$/);
    expect(await page.locator("a.mention-actor").count()).toBeGreaterThan(3);
    expect(await page.locator("mark.mention-date").count()).toBeGreaterThan(0);
    await place.click();
    await page.waitForURL(/\/places\/\d+/);
    expect(await page.locator("h1").textContent()).toContain("إدلب");
  });
});

describe("uploads", () => {
  it("refuses a missing or wrong token and ingests with the right one, file by file", async () => {
    const body = () => {
      const form = new FormData();
      form.append("files", new Blob([readFileSync("tests/fixtures/articles/h01_sohr_idlib_hama_airstrikes.txt")]), "h01.txt");
      return form;
    };
    expect((await fetch(`${app.url}/api/upload`, { method: "POST", body: body() })).status).toBe(401);
    expect((await fetch(`${app.url}/api/upload`, { method: "POST", body: body(), headers: { authorization: "Bearer wrong-token" } })).status).toBe(401);

    await page.goto(`${app.url}/upload`);
    await page.getByLabel("رمز الرفع").fill("wrong-token");
    await page.getByLabel("الملفات").setInputFiles([{ name: "h02.txt", mimeType: "text/plain", buffer: readFileSync("tests/fixtures/articles/h02_smart_ticker_hajin.txt") }]);
    await page.getByRole("button", { name: "رفع" }).click();
    await expect.poll(() => page.getByTestId("upload-error").textContent()).toContain("رمز الرفع");

    await page.getByLabel("رمز الرفع").fill(TOKEN);
    await page.getByLabel("الملفات").setInputFiles([
      { name: "h02.txt", mimeType: "text/plain", buffer: readFileSync("tests/fixtures/articles/h02_smart_ticker_hajin.txt") },
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
      { name: "image.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
    ]);
    await page.getByRole("button", { name: "رفع" }).click();
    const results = page.getByTestId("upload-results");
    await results.waitFor();
    // Answered at once; the worker's outcomes arrive as the page polls the jobs.
    await expect.poll(() => results.locator('tr[data-status="new"]').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => results.locator('tr[data-status="rejected"]').count(), { timeout: 30_000 }).toBe(2);
    expect(await results.textContent()).toContain("ملف فارغ");
    await page.screenshot({ path: `${shots}/upload-1440.png`, fullPage: true });

    // The same file again adds nothing.
    await page.getByRole("button", { name: "رفع" }).click();
    await expect.poll(() => results.locator('tr[data-status="unchanged"]').count(), { timeout: 30_000 }).toBe(1);
  });

  it("answers two files at once, shows each file's progress until done, and their events appear", async () => {
    const files = ["h03_sana_aleppo_countryside.txt", "h04_rt_nasib_busra.txt"];
    const eventsBefore = ((await (await fetch(`${app.url}/api/overview`)).json()) as { figures: { events: number } }).figures.events;
    await page.goto(`${app.url}/upload`);
    await page.getByLabel("رمز الرفع").fill(TOKEN);
    await page.getByLabel("الملفات").setInputFiles(files.map((f) => ({ name: f, mimeType: "text/plain", buffer: readFileSync(`tests/fixtures/articles/${f}`) })));
    const answered = page.waitForResponse((r) => r.url().endsWith("/api/upload"));
    await page.getByRole("button", { name: "رفع" }).click();
    expect((await answered).status()).toBe(202);
    const results = page.getByTestId("upload-results");
    await results.waitFor();
    // Each file has its own row and progress bar from the first answer on.
    expect(await results.locator("tbody tr").count()).toBe(2);
    expect(await results.locator("tbody tr progress").count()).toBe(2);
    await expect.poll(() => results.locator('tr[data-status="new"]').count(), { timeout: 60_000 }).toBe(2);
    for (const bar of await results.locator("tbody tr progress").all()) expect(await bar.getAttribute("value")).toBe("3");
    await expect.poll(() => page.getByTestId("upload-progress").textContent()).toContain("انتهت المعالجة: ملفان");
    expect(await results.textContent()).toContain("مقال واحد");
    await page.screenshot({ path: `${shots}/upload-jobs-done-1440.png`, fullPage: true });

    const eventsAfter = ((await (await fetch(`${app.url}/api/overview`)).json()) as { figures: { events: number } }).figures.events;
    expect(eventsAfter).toBeGreaterThan(eventsBefore);
    // Both articles are listed (the search reads file names too).
    for (const f of files) {
      await page.goto(`${app.url}/articles?q=${encodeURIComponent(f.replace(".txt", ""))}`);
      expect(await page.locator(".article-list li").count(), f).toBe(1);
    }
  });
});

describe("every page at both sizes", () => {
  const pages = ["/", "/map", "/events", "/actors", "/articles", "/upload", "/sources"];
  for (const [w, h] of [[1440, 900], [390, 844]]) {
    it(`renders without horizontal overflow at ${w}×${h}`, async () => {
      const p = await app.browser.newPage({ viewport: { width: w, height: h } });
      const errors: string[] = [];
      p.on("pageerror", (e) => errors.push(e.message));
      for (const path of [...pages, "/actors/1", "/places/1"]) {
        await p.goto(app.url + path, { waitUntil: "networkidle" });
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(1);
        await p.screenshot({ path: `${shots}/page${path.replace(/\//g, "_")}-${w}.png`, fullPage: true });
      }
      expect(errors).toEqual([]);
      await p.close();
    });
  }
});
