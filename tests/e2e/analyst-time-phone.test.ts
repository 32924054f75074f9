// Issue 10's time, phone and keyboard items in Chromium: presets relative to the newest event, the
// period shown, the play control stepping the map, a tap on a bar narrowing the dates, the folded
// filter bar and card sort menu on a phone, chart exports at report size, Escape and focus.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startApp, type RunningApp } from "../helpers/server";

const shots = "test-results";
let app: RunningApp;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startApp({}, { synthEvents: 3000 });
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await app?.stop();
});

const period = async () => (await (await fetch(`${app.url}/api/period`)).json()) as { first: string; last: string };
const phone = () => app.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, acceptDownloads: true });

describe("time", () => {
  it("counts presets back from the newest event when the data ends before today, and says what the data covers", async () => {
    const { last } = await period();
    expect(last < new Date().toISOString().slice(0, 10)).toBe(true);
    await page.goto(app.url);
    expect(await page.getByTestId("data-period").textContent()).toContain("البيانات من");
    await page.getByRole("button", { name: "آخر سنة" }).click();
    await page.waitForURL(new RegExp(`to=${last}`));
    await page.locator('[data-testid="timeline"] .recharts-surface').waitFor();
    expect(await page.locator(".chart-panel .empty-state").count()).toBe(0);
    expect(await page.locator('[data-testid="timeline"]').textContent()).toContain("عدد الأحداث");
  });

  it("an empty period says so instead of drawing bare axes", async () => {
    await page.goto(`${app.url}/?from=1990-01-01&to=1990-02-01`);
    // The timeline says it has no dated events; the breakdown charts (streamed beside it) say so too.
    expect(await page.locator(".chart-panel .empty-state", { hasText: "مؤرخة" }).textContent()).toContain("لا أحداث");
    await expect.poll(() => page.locator(".chart-panel .empty-state").count()).toBe(3);
    for (const text of await page.locator(".chart-panel .empty-state").allTextContents()) expect(text).toContain("لا أحداث");
    expect(await page.locator('[data-testid="timeline"]').count()).toBe(0);
  });

  it("the play control steps the map through time", async () => {
    await page.goto(`${app.url}/map`);
    await page.locator('[data-testid="map"]').waitFor();
    const { first } = await period();
    await page.getByTestId("play").click();
    await page.waitForURL(new RegExp(`from=${first.slice(0, 7)}-01`));
    const firstUrl = page.url();
    await expect.poll(() => page.url(), { timeout: 10_000 }).not.toBe(firstUrl);
    // The step is shown after the URL moves: wait for it rather than read it at once.
    await expect.poll(async () => Number(await page.getByTestId("time-player").getAttribute("data-step")), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await page.getByTestId("play").click();
    const stopped = page.url();
    // /api/map answers in columns (lib/map-codec.ts): `n` is its number of places.
    const located = ((await (await fetch(`${app.url}/api/map${new URL(stopped).search}`)).json()) as { n: number }).n;
    await expect.poll(() => page.locator('[data-testid="map"]').getAttribute("data-places")).toBe(String(located));
    expect(await page.getByTestId("play-label").textContent()).toMatch(/من \d+/);
    await page.screenshot({ path: `${shots}/map-player-1440.png` });
  });
});

describe("phone", () => {
  it("folds the filters behind «المرشحات» with the active count, and a tap on a bar narrows the dates", async () => {
    const p = await phone();
    await p.goto(`${app.url}/?gov=SY-ID&type=battles`);
    const toggle = p.getByTestId("filter-toggle");
    expect(await toggle.textContent()).toContain("2");
    expect(await p.locator('input[name="from"]').isVisible()).toBe(false);
    await p.screenshot({ path: `${shots}/overview-folded-390.png` });
    await toggle.click();
    expect(await p.locator('input[name="from"]').isVisible()).toBe(true);
    await toggle.click();
    expect(await p.locator(".hint-touch").isVisible()).toBe(true);
    const chart = p.locator('[data-testid="timeline"] .recharts-surface').first();
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await p.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await p.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await p.close();
  });

  it("gives cards a sort menu and exports charts at the report width", async () => {
    const p = await phone();
    await p.goto(`${app.url}/events`);
    await p.getByTestId("card-sort").selectOption("fatalities:desc");
    await p.waitForURL(/sort=fatalities/);
    await p.screenshot({ path: `${shots}/events-cards-390.png` });
    await p.goto(app.url);
    await p.locator('[data-testid="timeline"] .recharts-surface').first().waitFor();
    const [dl] = await Promise.all([p.waitForEvent("download"), p.getByTestId("timeline-png").click()]);
    const png = readFileSync((await dl.path())!);
    expect(png.readUInt32BE(16)).toBe(2 * 960);
    writeFileSync(`${shots}/timeline-export-phone.png`, png);
    await p.close();
  });
});

describe("comparison", () => {
  it("shows two governorates side by side with the server's figures, and switches sides from the form", async () => {
    const { first, last } = await period();
    const events = async (gov: string) =>
      ((await (await fetch(`${app.url}/api/overview?gov=${gov}&from=${first}&to=${last}`)).json()) as { figures: { events: number } }).figures.events;
    await page.goto(`${app.url}/compare?a=SY-ID&b=SY-HL`);
    const side = (gov: string) => page.locator(`[data-testid="compare"] [data-gov="${gov}"]`);
    expect(Number(await side("SY-ID").locator('[data-figure="events"] dd').textContent())).toBe(await events("SY-ID"));
    expect(Number(await side("SY-HL").locator('[data-figure="events"] dd').textContent())).toBe(await events("SY-HL"));
    expect(await side("SY-ID").locator(".mini-timeline rect").count()).toBeGreaterThan(10);
    await page.screenshot({ path: `${shots}/compare-1440.png`, fullPage: true });
    await page.locator('select[name="b"]').selectOption("SY-DY");
    await page.getByRole("button", { name: "قارن" }).click();
    await page.waitForURL(/b=SY-DY/);
    expect(await side("SY-DY").count()).toBe(1);
    const p = await phone();
    await p.goto(`${app.url}/compare?a=SY-ID&b=SY-HL`);
    expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    await p.screenshot({ path: `${shots}/compare-390.png`, fullPage: true });
    await p.close();
  });
});

describe("sharing", () => {
  it("prints the current view as a report without its controls, with the filters and sources", async () => {
    await page.goto(`${app.url}/?gov=SY-ID`);
    await page.locator('[data-testid="map"]').waitFor();
    await page.locator('[data-testid="timeline"] .recharts-surface').waitFor();
    expect(await page.getByTestId("print-head").isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("print-head").isVisible()).toBe(true);
    expect(await page.getByTestId("print-head").textContent()).toContain("إدلب");
    expect(await page.locator(".filter-bar").isVisible()).toBe(false);
    expect(await page.getByTestId("print-report").isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    writeFileSync(`${shots}/report.pdf`, pdf);
    await page.screenshot({ path: `${shots}/overview-print-1440.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });
  });
});

describe("the Arabic date picker", () => {
  it("reads typed dates in Arabic and picks a day from a Levantine calendar with the keyboard", async () => {
    const { last } = await period();
    await page.goto(app.url);
    await page.locator('input[name="from"]').fill("2019-05-04");
    await page.waitForURL(/from=2019-05-04/);
    expect(await page.locator("#from-reading").textContent()).toBe("4 أيار 2019");
    await page.locator('input[name="from"]').fill("2019-02-30");
    // The reading follows the input on React's next render: wait for it rather than read it at once.
    await page.locator("#from-reading", { hasText: "تاريخ غير صالح" }).waitFor({ timeout: 5000 });
    expect(await page.locator("#from-reading").textContent()).toBe("تاريخ غير صالح");
    expect(page.url()).toContain("from=2019-05-04");
    // Typing on before the page has caught up with the URL (a slow phone: the CPU slowed 20×): the
    // echo of the valid day must not overwrite what was typed after it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 20 });
    await page.locator('input[name="from"]').fill("2019-06-01");
    await page.locator('input[name="from"]').fill("2019-06-3");
    await page.waitForURL(/from=2019-06-01/);
    // Nothing to wait for but the echo itself: give it a moment to (not) overwrite the text.
    await page.waitForTimeout(1500);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await cdp.detach();
    expect(await page.locator('input[name="from"]').inputValue()).toBe("2019-06-3");
    await page.locator('input[name="from"]').fill("2019-05-04");
    await page.waitForURL(/from=2019-05-04/);
    await page.locator('input[name="from"]').fill("2019-02-30");

    await page.getByRole("button", { name: "اختيار إلى من التقويم" }).click();
    const calendar = page.getByTestId("calendar");
    expect(await calendar.locator("strong").textContent()).toMatch(/كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-day"))).toBe(last);
    await page.keyboard.press("ArrowRight");
    const dayBefore = new Date(Date.parse(`${last}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-day"))).toBe(dayBefore);
    await page.screenshot({ path: `${shots}/date-picker-1440.png` });
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`to=${dayBefore}`));
    expect(await calendar.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("اختيار إلى من التقويم");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    expect(await calendar.count()).toBe(0);
  });
});

describe("keyboard", () => {
  it("Escape in the governorate menu returns focus to its button, which shows the app's focus ring", async () => {
    await page.goto(app.url);
    const summary = page.locator('[data-testid="gov-menu"] summary');
    await summary.focus();
    await page.keyboard.press("Enter");
    expect(await page.locator('[data-testid="gov-menu"]').getAttribute("open")).not.toBeNull();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    expect(await page.locator('[data-testid="gov-menu"]').getAttribute("open")).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid"))).toBe("gov-menu");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
    expect(await summary.evaluate((el) => getComputedStyle(el).outlineColor)).toBe("rgb(240, 165, 0)");
  });
});
