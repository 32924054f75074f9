// Adding an event the extractor missed, in Chromium: an editor opens an article, picks a sentence, fills
// type, place, date and toll, lands on the new event's page (confirmed, by them), and the overview
// counts it; the article page then lists it with a link to its correction form.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createDb } from "@/lib/db/client";
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

const overview = async () => ((await (await fetch(`${app.url}/api/overview`)).json()) as { figures: { events: number; fatalities: number } }).figures;

describe("missed events", () => {
  it("an editor adds an event from an article's sentence, and it is counted and linked", async () => {
    const db = createDb(process.env.DATABASE_URL!);
    const article = await db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.$disconnect();
    await signInAs(page, app.url, "editor@example.org", editorPw);
    const before = await overview();

    await page.goto(`${app.url}/articles/${article.id}`);
    const section = page.getByTestId("missed-events");
    await section.getByRole("button", { name: "أضف حدثاً من هذه الجملة" }).nth(1).click();
    const form = page.getByTestId("add-event-form");
    await form.getByLabel("البحث عن مكان").fill("إدلب");
    await form.locator(".place-hits button").first().click();
    await form.locator('input[name="date"]').fill("2019-05-04");
    await form.locator('input[name="fatalities"]').fill("4");
    await form.screenshot({ path: "/tmp/events-add-form.png" });
    await Promise.all([page.waitForURL(/\/events\/\d+$/), form.getByTestId("save-missed-event").click()]);
    const id = Number(page.url().split("/").at(-1));
    await expect.poll(() => page.getByTestId("event-fatalities").textContent()).toBe("4");
    expect(await page.getByTestId("event-status").textContent()).toContain("مؤكَّد");
    expect(await page.getByTestId("event-status").textContent()).toContain("editor@example.org");
    await page.screenshot({ path: "/tmp/events-added.png", fullPage: true });
    const after = await overview();
    expect(after.events).toBe(before.events + 1);
    expect(after.fatalities).toBe(before.fatalities + 4);

    await page.goto(`${app.url}/articles/${article.id}`);
    const link = page.getByTestId("article-events").locator(`a[href="/events/${id}"]`);
    expect(await link.count()).toBe(1);
    await page.screenshot({ path: "/tmp/events-article.png", fullPage: true });
  });

  it("an editor adds an actor found by name, and merges another event into this one", async () => {
    const db = createDb(process.env.DATABASE_URL!);
    const actor = await db.actor.findFirstOrThrow({ where: { events: { some: {} } }, orderBy: { id: "asc" } });
    const [kept, dup] = await db.event.findMany({ where: { reviewStatus: "unreviewed" }, orderBy: { id: "asc" }, take: 2 });
    await db.$disconnect();
    const before = await overview();

    await page.goto(`${app.url}/events/${kept.id}`);
    const editor = page.getByTestId("actor-editor");
    await editor.getByLabel("البحث عن فاعل").fill(actor.nameAr);
    await editor.locator(".place-hits button").first().click();
    await editor.getByTestId("save-actors").click();
    await expect.poll(() => page.getByTestId("event-actors").textContent()).toContain(actor.nameAr);
    expect(await page.getByTestId("history").textContent()).toContain("الفاعلون");

    const merge = page.getByTestId("merge-form");
    await merge.locator('input[type="number"]').fill(String(dup.id));
    await merge.getByRole("button", { name: "دمج في هذا الحدث" }).click();
    await expect.poll(() => merge.getByRole("status").textContent()).toBe(`دُمج الحدث #${dup.id} في هذا الحدث.`);
    await expect.poll(async () => (await overview()).events).toBe(before.events - 1);
    await page.screenshot({ path: "/tmp/events-merged.png", fullPage: true });
    await page.goto(`${app.url}/events/${dup.id}`);
    expect(await page.getByTestId("event-status").textContent()).toContain("مرفوض");
    expect(await page.getByTestId("history").textContent()).toContain(`#${kept.id}`);
  });
});
