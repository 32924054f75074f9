// Saved views (named filter sets in the database) survive a restart of the server: saved from the
// map page, then the server is stopped and started again on the same database file.
import { afterAll, describe, expect, it } from "vitest";
import { chromium } from "playwright-core";
import { serveBuild, type ServedBuild } from "../../scripts/serve-build";
import { addAccount, signInAs } from "../helpers/accounts";
import { CHROMIUM, startApp, type RunningApp } from "../helpers/server";

let app: RunningApp | null = null;
let second: ServedBuild | null = null;
afterAll(async () => {
  await app?.stop();
  second?.stop();
});

describe("saved views", () => {
  it("saves the current filters under a name and finds them again after a restart", async () => {
    app = await startApp();
    const databaseUrl = process.env.DATABASE_URL!;
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Saving a view is a write: editors only.
    await signInAs(page, app.url, "editor@example.org", await addAccount(databaseUrl, "editor@example.org", "editor"));
    await page.goto(`${app.url}/map?gov=SY-ID&from=2019-01-01&to=2019-12-31`);
    await page.locator('input[name="view-name"]').fill("إدلب في 2019");
    await page.getByTestId("save-view").click();
    await expect.poll(() => page.locator(".save-view [role=status]").textContent()).toContain("حُفظ العرض");
    // The same name again is refused: no one overwrites another analyst's view.
    await page.getByTestId("save-view").click();
    await expect.poll(() => page.locator(".save-view [role=status]").textContent()).toContain("مستخدم");
    await app.stop();
    app = null;

    second = await serveBuild({ DATABASE_URL: databaseUrl });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
    try {
      const p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await p.goto(`${second.url}/views`);
      const link = p.locator('[data-testid="saved-views"] a', { hasText: "إدلب في 2019" });
      expect(await link.count()).toBe(1);
      expect(await p.locator('[data-testid="saved-views"] li').count()).toBe(1);
      await p.screenshot({ path: "test-results/views-1440.png" });
      await link.click();
      await p.waitForURL(/\/map\?gov=SY-ID&from=2019-01-01&to=2019-12-31$/);
      expect(await p.locator('input[name="gov"][value="SY-ID"]').isChecked()).toBe(true);
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(`${second.url}/views`);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
      await phone.screenshot({ path: "test-results/views-390.png", fullPage: true });
    } finally {
      await browser.close();
    }
  }, 150_000); // two server starts and a sign-in
});
