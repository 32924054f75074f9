// Issue 10's remaining analyst items in Chromium against the production build: the finer filters
// (sub-type, minimum dead, precision, without synthetic data), the actor and place comboboxes by
// keyboard with the actor's role, comparing periods and actors, the charts by type and governorate
// with their PNG/SVG exports, and the Lighthouse-style basics on /, /map and /events.
import { mkdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Download, Page } from "playwright-core";
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

const api = async <T,>(path: string) => (await (await fetch(`${app.url}${path}`)).json()) as T;
const serverEvents = async (query: string) => (await api<{ figures: { events: number } }>(`/api/overview?${query}`)).figures.events;
// The figure is grouped the Arabic way («3٬035»): its digits only.
const shownEvents = async (p: Page) => Number((await p.locator('[data-testid="figures"] [data-figure="events"] dd').textContent())?.replace(/\D/g, "") || NaN);
const query = (p: Page) => new URL(p.url()).searchParams;
/** The figure shown once the page has refetched for the URL now in the address bar. */
async function figureMatchesUrl(p: Page) {
  const q = new URL(p.url()).search.slice(1);
  const expected = await serverEvents(q);
  await expect.poll(() => shownEvents(p), { timeout: 15_000 }).toBe(expected);
  return expected;
}
const saved = async (d: Download) => readFileSync((await d.path())!);

describe("the finer filters", () => {
  it("sub-type, minimum dead, geo and time precision and «without synthetic data» each narrow the figures and land in the URL", async () => {
    await page.goto(`${app.url}/`);
    const all = await figureMatchesUrl(page);
    const menu = page.getByTestId("more-menu");
    await menu.locator("summary").click();
    await menu.getByLabel("اشتباك مسلح").click();
    await page.waitForURL(/sub=Armed/);
    expect(query(page).get("sub")).toBe("Armed clash");
    const clashes = await figureMatchesUrl(page);
    expect(clashes).toBeGreaterThan(0);
    expect(clashes).toBeLessThan(all);

    await menu.getByLabel("اشتباك مسلح").click();
    await expect.poll(() => query(page).get("sub")).toBeNull();
    const dead = menu.getByLabel("القتلى على الأقل");
    await dead.fill("3");
    await dead.press("Enter");
    await page.waitForURL(/minfat=3/);
    const atLeast3 = await figureMatchesUrl(page);
    expect(atLeast3).toBeLessThan(all);

    await menu.getByLabel("موقع دقيق").click();
    await page.waitForURL(/geo=1/);
    await menu.getByLabel("اليوم معروف").click();
    await page.waitForURL(/time=1/);
    const precise = await figureMatchesUrl(page);
    expect(precise).toBeLessThanOrEqual(atLeast3);

    await menu.getByLabel("دون البيانات الاصطناعية").click();
    await page.waitForURL(/nosynth=1/);
    const real = await figureMatchesUrl(page);
    expect(real).toBeLessThan(precise);
    expect(await page.locator('[data-testid="timeline"]').count() + await page.locator(".empty-state").count()).toBeGreaterThan(0);
    // The CSV export honours the same filters: one line per event, after the header.
    const csv = await (await fetch(`${app.url}/api/export/events.csv?${query(page)}`)).text();
    expect(csv.trim().split("\n").length - 1).toBe(real);
    await page.screenshot({ path: `${shots}/filters-more-1440.png`, fullPage: false });
  });

  it("turns malformed values into a notice, not an error", async () => {
    await page.goto(`${app.url}/?minfat=lots&geo=9&role=actor1&sub=Dogfight&nosynth=yes`);
    const notice = page.getByTestId("filter-notice");
    await expect.poll(() => notice.textContent()).toContain("«lots»");
    const text = (await notice.textContent())!;
    for (const part of ["«9»", "دور الفاعل", "«Dogfight»", "«yes»"]) expect(text).toContain(part);
    expect(await shownEvents(page)).toBe(await serverEvents(""));
  });
});

describe("the actor and place comboboxes", () => {
  it("finds an actor by typing, chooses it by keyboard, then narrows to its role", async () => {
    const options = await api<{ id: number; name: string }[]>("/api/actors/options");
    const target = options.find((o) => o.name.length >= 4)!;
    await page.goto(`${app.url}/`);
    const box = page.getByRole("combobox", { name: "الفاعل", exact: true });
    await box.focus();
    await page.keyboard.type(target.name.slice(0, 4));
    const listbox = page.getByRole("listbox", { name: "الفاعل", exact: true });
    await listbox.waitFor();
    const names = await listbox.getByRole("option").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(options.length);
    const index = names.indexOf(target.name);
    expect(index).toBeGreaterThanOrEqual(0);
    // The first option is active as soon as the list opens; ↓ moves to the next.
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
    expect(await box.getAttribute("aria-activedescendant")).toBe(await listbox.getByRole("option").nth(index).getAttribute("id"));
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`actor=${target.id}`));
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe(target.name);
    expect(await listbox.isHidden()).toBe(true);
    const any = await figureMatchesUrl(page);

    await page.getByLabel("دور الفاعل").selectOption("actor1");
    await page.waitForURL(/role=actor1/);
    const first = await figureMatchesUrl(page);
    expect(first).toBeLessThanOrEqual(any);
    await page.screenshot({ path: `${shots}/filters-actor-1440.png` });

    // Escape closes the list first, then gives the chosen name back; the × clears the filter.
    await box.focus();
    await page.keyboard.type("zzzz");
    expect(await listbox.textContent()).toContain("لا فاعل بهذا الاسم");
    await page.keyboard.press("Escape");
    expect(await listbox.isHidden()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await box.inputValue()).toBe(target.name);
    await page.getByRole("button", { name: "إزالة مرشح الفاعل" }).click();
    await expect.poll(() => query(page).get("actor")).toBeNull();
    expect(query(page).get("role")).toBeNull();
  });

  it("finds a place by its Arabic or English name and filters by it", async () => {
    const [busiest] = await api<{ id: number; name: string; nameEn: string | null }[]>("/api/places/options?search=%D8%AD%D9%84%D8%A8");
    expect(busiest).toBeDefined();
    await page.goto(`${app.url}/events`);
    const box = page.getByRole("combobox", { name: "المكان" });
    await box.fill("حلب");
    const listbox = page.getByRole("listbox", { name: "المكان" });
    await expect.poll(() => listbox.getByRole("option").count()).toBeGreaterThan(0);
    expect(await listbox.getByRole("option").first().textContent()).toContain(busiest.name);
    await box.press("Enter");
    await page.waitForURL(new RegExp(`place=${busiest.id}`));
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe(busiest.name);

    if (busiest.nameEn) {
      await box.fill(busiest.nameEn.toLowerCase());
      await expect.poll(() => listbox.textContent()).toContain(busiest.nameEn);
      await box.press("Escape");
    }
    // A reload names the place from the URL.
    await page.reload();
    await expect.poll(() => page.getByRole("combobox", { name: "المكان" }).inputValue()).toBe(busiest.name);
  });
});

describe("comparison of periods and actors", () => {
  it("shows two periods side by side with the server's figures, and takes new periods from the form", async () => {
    const { first, last } = await api<{ first: string; last: string }>("/api/period");
    const mid = new Date((Date.parse(first) + Date.parse(last)) / 2).toISOString().slice(0, 10);
    await page.goto(`${app.url}/compare?by=period&afrom=${first}&ato=${mid}&bfrom=${mid}&bto=${last}&type=battles`);
    const side = (k: string) => page.locator(`[data-testid="compare"] [data-side="${k}"]`);
    expect(Number(await side("p1").locator('[data-figure="events"] dd').textContent())).toBe(await serverEvents(`from=${first}&to=${mid}&type=battles`));
    expect(Number(await side("p2").locator('[data-figure="events"] dd').textContent())).toBe(await serverEvents(`from=${mid}&to=${last}&type=battles`));
    expect(await page.locator(".compare-form").textContent()).toContain("النوع: معارك");
    await page.screenshot({ path: `${shots}/compare-periods-1440.png`, fullPage: true });
    const form = page.getByTestId("compare-form");
    await form.locator('input[name="bfrom"]').fill(last);
    await page.getByRole("button", { name: "قارن" }).click();
    await page.waitForURL(new RegExp(`bfrom=${last}`));
    expect(Number(await side("p2").locator('[data-figure="events"] dd').textContent())).toBe(await serverEvents(`from=${last}&to=${last}&type=battles`));
  });

  it("shows two actors side by side, the busiest by default, and another chosen with the combobox", async () => {
    await page.goto(`${app.url}/compare?by=actor`);
    const sides = page.locator('[data-testid="compare"] section');
    expect(await sides.count()).toBe(2);
    const ids = await sides.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-side")!.replace("actor-", ""))));
    for (const [i, id] of ids.entries()) {
      expect(Number(await sides.nth(i).locator('[data-figure="events"] dd').textContent())).toBe(await serverEvents(`actor=${id}`));
    }
    const options = await api<{ id: number; name: string }[]>("/api/actors/options");
    const other = options.find((o) => !ids.includes(o.id))!;
    const box = page.getByRole("combobox", { name: "الفاعل الثاني" });
    await box.fill(other.name);
    await box.press("Enter");
    await page.getByRole("button", { name: "قارن" }).click();
    await page.waitForURL(new RegExp(`b=${other.id}`));
    expect(await page.locator(`[data-side="actor-${other.id}"] h2`).textContent()).toBe(other.name);
    await page.screenshot({ path: `${shots}/compare-actors-1440.png`, fullPage: true });
    const phone = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${app.url}/compare?by=period`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: `${shots}/compare-periods-390.png`, fullPage: true });
    await phone.close();
  });
});

describe("charts by type and by governorate", () => {
  it("draw the server's counts and export PNG and SVG with title, filters and source", async () => {
    await page.goto(`${app.url}/?from=2015-01-01&to=2016-12-31`);
    const data = await api<{ byType: unknown[]; byGov: unknown[] }>("/api/breakdown?from=2015-01-01&to=2016-12-31");
    const types = page.getByTestId("by-type-chart");
    await types.locator(".recharts-surface").waitFor();
    expect(Number(await types.getAttribute("data-rows"))).toBe(data.byType.length);
    expect(Number(await page.getByTestId("by-gov-chart").getAttribute("data-rows"))).toBe(data.byGov.length);
    await page.getByTestId("by-gov-chart").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/breakdown-1440.png`, fullPage: true });

    for (const id of ["by-type", "by-gov"]) {
      const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`${id}-png`).click()]);
      const bytes = await saved(png);
      expect(bytes.subarray(1, 4).toString()).toBe("PNG");
      expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
      const [svg] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`${id}-svg`).click()]);
      const text = (await saved(svg)).toString("utf8");
      expect(text.startsWith("<svg")).toBe(true);
      expect(text).toContain(id === "by-type" ? "حسب النوع" : "حسب المحافظة");
      expect(text).toContain("الفترة:");
      expect(text).toContain("المصدر:");
      expect(text).toContain("recharts-bar-rectangle");
      if (id === "by-gov") {
        const view = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
        await view.setContent(`<img src="data:image/png;base64,${bytes.toString("base64")}" style="width:100%">`);
        await view.screenshot({ path: `${shots}/export-by-gov-png.png`, fullPage: true });
        await view.close();
      }
    }
    const phone = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${app.url}/`);
    await phone.getByTestId("by-gov-chart").locator(".recharts-surface").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: `${shots}/overview-390.png`, fullPage: true });
    await phone.close();
  });
});

// What the browser computes, read in the page: text contrast (WCAG 2 relative luminance, over the
// first opaque background up the tree) and the accessible name of every form control.
interface Audit {
  lowContrast: string[];
  unlabelled: string[];
}
function audit(): Audit {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const blend = (top: number[], bottom: number[]) => { const a = top[3] ?? 1; return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)); };
  const background = (el: Element | null): number[] => {
    const layers: number[][] = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if ((c[3] ?? 1) > 0) layers.push(c);
      if ((c[3] ?? 1) >= 1) break;
    }
    return layers.reverse().reduce((under, c) => blend(c, under), [255, 255, 255]);
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && Number(s.opacity) > 0 && !el.closest("[aria-hidden='true'], .report-render, .sr-only");
  };
  const lowContrast: string[] = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (el instanceof SVGElement || !visible(el)) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own) continue;
    const s = getComputedStyle(el);
    const fg = blend(parse(s.color), background(el));
    const [l1, l2] = [lum(fg), lum(background(el))].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    // Disabled controls are exempt in WCAG 1.4.3.
    if (ratio < (large ? 3 : 4.5) && !el.closest(":disabled")) lowContrast.push(`${el.tagName.toLowerCase()}.${el.className} «${el.textContent!.trim().slice(0, 30)}» ${ratio.toFixed(2)}`);
  }
  const unlabelled: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>("input:not([type=hidden]), select, textarea, button, summary, [role=combobox], [role=button]")) {
    if (!visible(el) && !(el instanceof HTMLInputElement && el.type === "checkbox")) continue;
    const by = el.getAttribute("aria-labelledby")?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    const labels = "labels" in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(" ") : "";
    const text = el.matches("button, summary, [role=button]") ? el.textContent : "";
    const name = [el.getAttribute("aria-label"), by, labels, text, el.getAttribute("title")].filter(Boolean).join(" ").trim();
    if (!name) unlabelled.push(el.outerHTML.slice(0, 120));
  }
  return { lowContrast, unlabelled };
}

describe("Lighthouse-style basics", () => {
  for (const path of ["/", "/map", "/events"]) {
    for (const width of [1440, 390]) {
      it(`${path} at ${width}px: no failed request, text contrast ≥ 4.5:1, every control named`, async () => {
        const p = await app.browser.newPage({ viewport: { width, height: width > 500 ? 900 : 844 } });
        const failed: string[] = [];
        // Next cancels its own link prefetches (?_rsc=) when it no longer needs them: not a failure.
        p.on("requestfailed", (r) => {
          if (!(r.failure()?.errorText === "net::ERR_ABORTED" && new URL(r.url()).searchParams.has("_rsc"))) failed.push(`${r.url()} ${r.failure()?.errorText}`);
        });
        p.on("response", (r) => { if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`); });
        await p.goto(`${app.url}${path}`);
        await p.waitForLoadState("networkidle");
        // Open the folded parts so their controls are checked too.
        if (width < 500) await p.getByTestId("filter-toggle").click();
        for (const menu of await p.locator("details.filter-menu").all()) await menu.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        const result = await p.evaluate(audit);
        if (path === "/") await p.screenshot({ path: `${shots}/filters-open-${width}.png`, fullPage: width < 500 });
        expect({ failed, ...result }).toEqual({ failed: [], lowContrast: [], unlabelled: [] });
        await p.close();
      });
    }
  }
});
