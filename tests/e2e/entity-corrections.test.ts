// Place corrections end to end in Chromium: a signed-out visitor sees no form and the write answers
// 401; an editor signs in, picks a new governorate on a place page, saves, and sees the change in the
// place's head and its history, with a revert button that restores it; dragging the marker sets the point.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { addAccount, signInAs } from "../helpers/accounts";
import { startApp, type RunningApp } from "../helpers/server";

let app: RunningApp;
let page: Page;
let editorPw = "";

beforeAll(async () => {
  app = await startApp();
  editorPw = await addAccount(process.env.DATABASE_URL!, "editor@example.org", "editor");
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => app?.stop());

/** The city of Idlib, which the seed articles report events in. */
const idlib = async () => ((await (await fetch(`${app.url}/api/places/search?q=${encodeURIComponent("إدلب")}`)).json()) as { id: number; kind: string; admin1: string | null }[]).find((h) => h.kind === "city")!;
const eventsIn = async (gov: string) => ((await (await fetch(`${app.url}/api/overview?gov=${gov}`)).json()) as { figures: { events: number } }).figures.events;

describe("place corrections", () => {
  it("an editor changes a place's governorate, sees it in the history, and reverts it", async () => {
    const p = await idlib();
    const to = p.admin1 === "SY-HA" ? "SY-DY" : "SY-HA";
    const before = await eventsIn(to);
    const refused = await fetch(`${app.url}/api/places/${p.id}/corrections`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ changes: { admin1: to } }) });
    expect(refused.status).toBe(401);
    await page.goto(`${app.url}/places/${p.id}`);
    expect(await page.getByTestId("place-correction-form").count()).toBe(0);

    await signInAs(page, app.url, "editor@example.org", editorPw);
    await page.goto(`${app.url}/places/${p.id}`);
    await page.getByTestId("marker-map").locator(".drag-marker").waitFor();
    await page.locator('select[name="admin1"]').selectOption(to);
    await page.locator('input[name="reason"]').fill("المحافظة حسب التقسيم الإداري");
    await page.getByTestId("save-place-correction").click();
    await expect.poll(() => page.getByTestId("correction-message").textContent()).toBe("حُفظ التصحيح.");
    await expect.poll(() => page.getByTestId("entity-history").textContent()).toContain("editor@example.org");
    const history = (await page.getByTestId("entity-history").textContent()) ?? "";
    expect(history).toContain("المحافظة");
    expect(history).toContain(to === "SY-HA" ? "الحسكة" : "دير الزور");
    expect(await page.locator(".profile-head").textContent()).toContain(to === "SY-HA" ? "محافظة الحسكة" : "محافظة دير الزور");
    expect(await eventsIn(to)).toBeGreaterThan(before);
    await page.screenshot({ path: "/tmp/place-correction.png", fullPage: true });

    await page.getByTestId("entity-history").getByRole("button", { name: "تراجع" }).click();
    await expect.poll(() => page.getByTestId("entity-history").locator("li").count()).toBe(2);
    await expect.poll(() => eventsIn(to)).toBe(before);
  });

  it("dragging the marker sets the coordinates, which are saved and shown", async () => {
    const p = await idlib();
    await page.goto(`${app.url}/places/${p.id}`);
    const marker = page.getByTestId("marker-map").locator(".drag-marker");
    await marker.waitFor();
    const lat0 = await page.locator('input[name="lat"]').inputValue();
    await page.getByTestId("marker-map").scrollIntoViewIfNeeded();
    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 - 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator('input[name="lat"]').inputValue()).not.toBe(lat0);
    const lat = Number(await page.locator('input[name="lat"]').inputValue());
    expect(lat).toBeGreaterThan(Number(lat0)); // dragged north
    await page.getByTestId("save-place-correction").click();
    await expect.poll(() => page.getByTestId("entity-history").textContent()).toContain("خط العرض");
    expect(await page.locator(".profile-head").textContent()).toContain(lat.toFixed(4));
    await page.screenshot({ path: "/tmp/place-drag.png", fullPage: true });
  });

  it("an editor adds another name to an actor and sees it on the page and in the history", async () => {
    const [actor] = (await (await fetch(`${app.url}/api/actors/options`)).json()) as { id: number; name: string }[];
    await page.goto(`${app.url}/actors/${actor.id}`);
    const aliases = page.locator('textarea[name="aliases"]');
    await aliases.fill(`${await aliases.inputValue()}\nاسم للاختبار`.trim());
    await page.getByTestId("save-actor-correction").click();
    await expect.poll(() => page.getByTestId("entity-history").textContent()).toContain("اسم للاختبار");
    expect(await page.locator(".profile-head").textContent()).toContain("اسم للاختبار");
    await page.screenshot({ path: "/tmp/actor-correction.png", fullPage: true });
  });
});
