// Review end to end in Chromium: a viewer sees no edit controls and every write answers 401/403 without
// a session or its CSRF header; an editor signs in, corrects an event's toll, rejects an event in the
// review queue from the keyboard, sees the figures change, and signs out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { addAccount, signInAs } from "../helpers/accounts";
import { startApp, type RunningApp } from "../helpers/server";

let app: RunningApp;
let page: Page;
let editorPw = "";
let viewerPw = "";
const shots = "test-results";

beforeAll(async () => {
  app = await startApp();
  editorPw = await addAccount(process.env.DATABASE_URL!, "editor@example.org", "editor");
  viewerPw = await addAccount(process.env.DATABASE_URL!, "viewer@example.org", "viewer");
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => app?.stop());

const overview = async () => ((await (await fetch(`${app.url}/api/overview`)).json()) as { figures: { events: number; fatalities: number } }).figures;
const firstEventId = async () => ((await (await fetch(`${app.url}/api/events`)).json()) as { rows: { id: number; fatalities: number | null }[] }).rows[0];

describe("review", () => {
  it("a viewer sees no edit controls, and writes without a session or CSRF header are refused", async () => {
    const e = await firstEventId();
    const post = (url: string, headers: Record<string, string> = {}) => fetch(`${app.url}${url}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ changes: { fatalities: 1 }, reason: "" }) });
    for (const url of [`/api/events/${e.id}/corrections`, "/api/corrections/1/revert", "/api/auth/sign-out", "/api/upload"]) expect((await post(url)).status).toBe(401);

    const ctx = await app.browser.newContext();
    const viewer = await ctx.newPage();
    await signInAs(viewer, app.url, "viewer@example.org", viewerPw);
    await viewer.goto(`${app.url}/events/${e.id}`);
    expect(await viewer.getByTestId("event-facts").count()).toBe(1);
    expect(await viewer.getByTestId("correction-form").count()).toBe(0);
    expect(await viewer.getByTestId("save-view").count()).toBe(0);
    await viewer.goto(`${app.url}/review`);
    expect(await viewer.getByTestId("review-signed-out").count()).toBe(1);
    await viewer.screenshot({ path: `${shots}/review-viewer.png` });
    // The viewer's own cookies, without and with the CSRF header: 403 either way (no CSRF; a viewer's role).
    const cookies = (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const csrf = (await ctx.cookies()).find((c) => c.name === "dash_csrf")!.value;
    expect((await post(`/api/events/${e.id}/corrections`, { cookie: cookies })).status).toBe(403);
    expect((await post(`/api/events/${e.id}/corrections`, { cookie: cookies, "x-csrf-token": csrf })).status).toBe(403);
    await ctx.close();
  });

  it("an editor signs in, corrects a toll, rejects an event from the keyboard, and the figures follow", async () => {
    await signInAs(page, app.url, "editor@example.org", editorPw);
    const before = await overview();
    const e = await firstEventId();
    await page.goto(`${app.url}/events/${e.id}`);
    await page.locator('input[name="fatalities"]').fill(String((e.fatalities ?? 0) + 100));
    await page.getByTestId("save-correction").click();
    await expect.poll(() => page.getByTestId("correction-message").textContent()).toBe("حُفظ التصحيح.");
    await expect.poll(() => page.getByTestId("event-fatalities").textContent()).toBe(String((e.fatalities ?? 0) + 100));
    expect(await page.getByTestId("event-status").textContent()).toContain("مصحَّح");
    expect(await page.getByTestId("history").textContent()).toContain("editor@example.org");
    await page.screenshot({ path: `${shots}/review-event.png`, fullPage: true });
    expect((await overview()).fatalities).toBe(before.fatalities + 100);

    await page.goto(`${app.url}/review`);
    const card = page.getByTestId("review-card");
    const target = Number(await card.getAttribute("data-event"));
    await page.screenshot({ path: `${shots}/review-queue.png`, fullPage: true });
    await page.keyboard.press("n");
    await expect.poll(() => card.getAttribute("data-event")).not.toBe(String(target));
    await page.keyboard.press("k");
    await expect.poll(() => card.getAttribute("data-event")).toBe(String(target));
    await page.keyboard.press("r");
    await expect.poll(() => page.getByTestId("queue-message").textContent()).toContain(`رُفض الحدث #${target}`);
    await expect.poll(() => card.getAttribute("data-event")).not.toBe(String(target));
    await expect.poll(async () => (await overview()).events).toBe(before.events - 1);

    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-link").waitFor();
    await page.goto(`${app.url}/review`);
    expect(await page.getByTestId("review-signed-out").count()).toBe(1);
  });
});
