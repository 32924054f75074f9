// PUBLIC_READ=false in the real app: an anonymous visitor gets the sign-in page for every page and 401
// from the read APIs and the exports; a signed-in viewer reads all of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAccount, signInAs } from "../helpers/accounts";
import { startApp, type RunningApp } from "../helpers/server";

let app: RunningApp;
let viewerPw = "";

beforeAll(async () => {
  app = await startApp({ PUBLIC_READ: "false" });
  viewerPw = await addAccount(process.env.DATABASE_URL!, "viewer@example.org", "viewer");
});
afterAll(async () => app?.stop());

const PAGES = ["/", "/map", "/events", "/actors", "/review", "/articles/1"];
const READS = ["/api/overview", "/api/events", "/api/map", "/api/timeline", "/api/actors/options", "/api/actors/search?q=الجيش", "/api/places/search?q=ادلب", "/api/export/events.csv", "/api/export/events.geojson"];

describe("PUBLIC_READ=false", () => {
  it("an anonymous visitor is sent to the sign-in page and refused by every read API and export", async () => {
    for (const path of PAGES) {
      const res = await fetch(`${app.url}${path}`, { redirect: "manual" });
      expect([307, 308], path).toContain(res.status);
      expect(res.headers.get("location"), path).toContain(`/sign-in?next=${encodeURIComponent(path)}`);
    }
    for (const path of READS) expect((await fetch(`${app.url}${path}`)).status, path).toBe(401);
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/map`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await page.getByTestId("sign-in-form").count()).toBe(1);
    await page.screenshot({ path: "/tmp/private-read-sign-in.png" });
    await page.close();
  });

  it("a signed-in viewer reads the pages, the APIs and the exports", async () => {
    const ctx = await app.browser.newContext();
    const page = await ctx.newPage();
    await signInAs(page, app.url, "viewer@example.org", viewerPw);
    await page.goto(`${app.url}/events`);
    expect(new URL(page.url()).pathname).toBe("/events");
    const cookie = (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    for (const path of READS) expect((await fetch(`${app.url}${path}`, { headers: { cookie } })).status, path).toBe(200);
    const csv = await (await fetch(`${app.url}/api/export/events.csv`, { headers: { cookie } })).text();
    expect(csv.split("\n")[0]).toContain("event_id");
    await ctx.close();
  });
});
