// Issue 9, item 7 and the small URL ones: security headers on a page, an API answer and an export;
// Next's scripts carry the request's nonce (so the strict policy still lets the page hydrate, with no
// violation in the console); ids like 0x10 are 404s; a hostile font subset is a 404, not a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/server";

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

function expectSecurityHeaders(res: Response, what: string) {
  const csp = res.headers.get("content-security-policy") ?? "";
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(res.headers.get("x-frame-options"), what).toBe("DENY");
  expect(res.headers.get("referrer-policy"), what).toBe("same-origin");
  expect(res.headers.get("permissions-policy"), what).toContain("camera=()");
  return csp.match(/'nonce-([^']+)'/)![1];
}

describe("security headers", () => {
  it("a page: every script carries this request's nonce, a new one per request", async () => {
    const res = await fetch(`${app.url}/`);
    expect(res.status).toBe(200);
    const nonce = expectSecurityHeaders(res, "page /");
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const again = expectSecurityHeaders(await fetch(`${app.url}/`), "page / again");
    expect(again).not.toBe(nonce);
  });

  it("the page still hydrates in Chromium under the policy (no violation in the console)", async () => {
    const page = await app.browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`)));
    await page.goto(`${app.url}/events`);
    // A client-side navigation (only possible once React has hydrated) keeps the window's state; a
    // full page load, which is what a blocked script would fall back to, loses it.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.locator("header a[href='/actors']").first().click();
    await page.waitForURL(/\/actors$/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(violations).toEqual([]);
    await page.close();
  });

  it("an API answer and an export", async () => {
    expectSecurityHeaders(await fetch(`${app.url}/api/overview`), "api /api/overview");
    const csv = await fetch(`${app.url}/api/export/events.csv`);
    expect(csv.status).toBe(200);
    expectSecurityHeaders(csv, "export events.csv");
    await csv.arrayBuffer();
    const geo = await fetch(`${app.url}/api/export/events.geojson`);
    expectSecurityHeaders(geo, "export events.geojson");
    await geo.arrayBuffer();
  });
});

describe("hostile URLs", () => {
  it("reads ids as decimal digits only: /articles/0x10 and /articles/1e3 are 404s", async () => {
    for (const id of ["0x10", "1e3", "01", "1.0"]) expect((await fetch(`${app.url}/articles/${id}`)).status, id).toBe(404);
    expect((await fetch(`${app.url}/articles/1`)).status).toBe(200);
  });

  it("answers a font subset named __proto__ with a 404, not a 500", async () => {
    expect((await fetch(`${app.url}/api/font?subset=__proto__`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/font?subset=arabic`)).status).toBe(200);
  });

  it("caps the filter notices header however many bad codes the URL holds", async () => {
    const res = await fetch(`${app.url}/api/overview?gov=${Array(1500).fill("gov").join(",")}`);
    expect(res.status).toBe(200);
    expect((res.headers.get("x-filter-notices") ?? "").length).toBeLessThanOrEqual(2000);
    await res.arrayBuffer();
  });
});
