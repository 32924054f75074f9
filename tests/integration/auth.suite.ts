// Sign-in, sessions and the guard of every write route on a real database: 401 without a session or
// token, 403 for a viewer or without the CSRF header (or from another origin), the token for scripts,
// the rate limit on failed sign-ins. Every route file under app/api that exports a write method must
// appear in WRITE_ROUTES, so a new write route without a test here fails this suite.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, clientIp, MAX_FAILURES, MAX_IP_FAILURES, signIn, sessionUser } from "@/lib/auth/accounts";
import type { TestDb } from "../helpers/db";

const TOKEN = "auth-test-upload-token";
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The rows the routes act on, made in beforeAll. */
const ids = { event: 0, correction: 0, article: 0, duplicates: [] as number[], place: 0, actor: 0, entityCorrection: 0 };

/** Every write route: its file, method, a URL, its params (from the rows above), and a body builder. */
export const WRITE_ROUTES: { file: string; method: string; url: string; params?: () => Record<string, string>; body: () => BodyInit }[] = [
  { file: "app/api/upload/route.ts", method: "POST", url: "http://dash.test/api/upload", body: () => { const f = new FormData(); f.append("files", new Blob(["نص قصير"]), "a.txt"); return f; } },
  { file: "app/api/auth/sign-out/route.ts", method: "POST", url: "http://dash.test/api/auth/sign-out", body: () => "" },
  { file: "app/api/events/[id]/corrections/route.ts", method: "POST", url: "http://dash.test/api/events/ID/corrections", params: () => ({ id: String(ids.event) }), body: () => JSON.stringify({ changes: { fatalities: Math.floor(Math.random() * 1000) }, reason: "" }) },
  { file: "app/api/events/[id]/merge/route.ts", method: "POST", url: "http://dash.test/api/events/ID/merge", params: () => ({ id: String(ids.event) }), body: () => JSON.stringify({ duplicateId: ids.duplicates.shift() }) },
  { file: "app/api/articles/[id]/events/route.ts", method: "POST", url: "http://dash.test/api/articles/ID/events", params: () => ({ id: String(ids.article) }), body: () => JSON.stringify({ start: 0, end: 9, type: "Battles", subType: "Armed clash", placeId: null, date: "2019-05-04" }) },
  { file: "app/api/places/[id]/corrections/route.ts", method: "POST", url: "http://dash.test/api/places/ID/corrections", params: () => ({ id: String(ids.place) }), body: () => JSON.stringify({ changes: { lat: Math.random() * 10 + 30 }, reason: "" }) },
  { file: "app/api/actors/[id]/corrections/route.ts", method: "POST", url: "http://dash.test/api/actors/ID/corrections", params: () => ({ id: String(ids.actor) }), body: () => JSON.stringify({ changes: { aliases: [`اسم ${Math.random()}`] }, reason: "" }) },
  { file: "app/api/entity-corrections/[id]/revert/route.ts", method: "POST", url: "http://dash.test/api/entity-corrections/ID/revert", params: () => ({ id: String(ids.entityCorrection) }), body: () => "" },
  { file: "app/api/corrections/[id]/revert/route.ts", method: "POST", url: "http://dash.test/api/corrections/ID/revert", params: () => ({ id: String(ids.correction) }), body: () => "" },
];

/** The one write anyone may make: signing in (it has its own tests below: origin check, rate limit). */
const PUBLIC_WRITES = ["app/api/auth/sign-in/route.ts"];

function writeRouteFiles(dir = "app/api"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return writeRouteFiles(p);
    return name === "route.ts" && /export (async )?(function|const) (POST|PUT|PATCH|DELETE)\b/.test(readFileSync(p, "utf8")) ? [p] : [];
  });
}

export function authSuite(name: string, open: () => Promise<TestDb>) {
  describe(`sign-in and write guards (${name})`, () => {
    let t: TestDb;
    const cookies: Record<string, string> = {};
    const csrf: Record<string, string> = {};
    let signInPOST: Handler;

    beforeAll(async () => {
      t = await open();
      process.env.DATABASE_URL = t.url;
      process.env.UPLOAD_TOKEN = TOKEN;
      const event = await t.db.event.create({ data: { key: "auth-test-event", type: "Battles", subType: "Armed clash", geoPrecision: 1, confidence: 0.5, evidence: "اشتباكات", fatalities: 2 } });
      ids.event = event.id;
      ids.correction = (await t.db.correction.create({ data: { eventKey: event.key, field: "fatalities", before: "2", after: "3", author: "seed@example.org" } })).id;
      // Each call of the merge route merges another duplicate (a second merge of one pair is refused).
      for (let i = 0; i < 12; i++) ids.duplicates.push((await t.db.event.create({ data: { key: `auth-test-dup-${i}`, type: "Battles", subType: "Armed clash", geoPrecision: 1, confidence: 0.5, evidence: "اشتباكات" } })).id);
      ids.article = (await t.db.article.create({ data: { hash: "auth-test-article", fileName: "auth.txt", title: "عنوان", body: "اشتباكات في إدلب اليوم.", extractorVersion: 1 } })).id;
      ids.place = (await t.db.place.create({ data: { key: "auth-test-place", nameAr: "مكان", kind: "town", origin: "supplement", lat: 35, lon: 36 } })).id;
      ids.actor = (await t.db.actor.create({ data: { key: "auth-test-actor", nameAr: "فاعل", kind: "armed_group", origin: "kb" } })).id;
      ids.entityCorrection = (await t.db.entityCorrection.create({ data: { targetKind: "place", targetKey: "auth-test-place", field: "lat", before: "34", after: "35", author: "seed@example.org" } })).id;
      const editorPw = (await addUser(t.db, "Editor@Example.org", "editor")).password;
      const viewerPw = (await addUser(t.db, "viewer@example.org", "viewer")).password;
      ({ POST: signInPOST } = (await import("@/app/api/auth/sign-in/route")) as unknown as { POST: Handler });
      for (const [who, email, pw] of [["editor", "editor@example.org", editorPw], ["viewer", "viewer@example.org", viewerPw]] as const) {
        const res = await signInPOST(new Request("http://dash.test/api/auth/sign-in", { method: "POST", headers: { "content-type": "application/json", origin: "http://dash.test", host: "dash.test" }, body: JSON.stringify({ email, password: pw }) }), { params: Promise.resolve({}) });
        expect(res.status).toBe(200);
        const set = res.headers.getSetCookie();
        const session = set.find((c) => c.startsWith("dash_session="))!;
        expect(session).toMatch(/HttpOnly/i);
        expect(session).toMatch(/SameSite=Lax/i);
        cookies[who] = set.map((c) => c.split(";")[0]).join("; ");
        csrf[who] = set.find((c) => c.startsWith("dash_csrf="))!.split(";")[0].split("=")[1];
        expect(set.find((c) => c.startsWith("dash_csrf="))).not.toMatch(/HttpOnly/i);
      }
    });
    afterAll(async () => t?.cleanup());

    it("lists every write route of app/api in the table below", () => {
      expect(writeRouteFiles().filter((f) => !PUBLIC_WRITES.includes(f)).sort()).toEqual(WRITE_ROUTES.map((r) => r.file).sort());
    });

    for (const route of WRITE_ROUTES) {
      describe(route.file, () => {
        const call = async (headers: Record<string, string>) => {
          const mod = (await import(/* @vite-ignore */ `@/${route.file.replace(/\.ts$/, "")}`)) as Record<string, Handler>;
          return mod[route.method](new Request(route.url, { method: route.method, headers: { host: "dash.test", ...headers }, body: route.body() }), { params: Promise.resolve(route.params?.() ?? {}) });
        };
        it("answers 401 without a session or token, and for a wrong token", async () => {
          expect((await call({})).status).toBe(401);
          expect((await call({ authorization: "Bearer not-the-token" })).status).toBe(401);
          expect((await call({ cookie: "dash_session=forged; dash_csrf=x", "x-csrf-token": "x" })).status).toBe(401);
        });
        it("answers 403 for an editor without the CSRF header, with a wrong one, or from another origin", async () => {
          expect((await call({ cookie: cookies.editor })).status).toBe(403);
          expect((await call({ cookie: cookies.editor, "x-csrf-token": "wrong" })).status).toBe(403);
          expect((await call({ cookie: cookies.editor, "x-csrf-token": csrf.viewer })).status).toBe(403);
          expect((await call({ cookie: cookies.editor, "x-csrf-token": csrf.editor, origin: "http://evil.test" })).status).toBe(403);
        });
        if (route.file !== "app/api/auth/sign-out/route.ts") {
          it("answers 403 for a viewer, and accepts an editor with the CSRF header or the token", async () => {
            const viewer = await call({ cookie: cookies.viewer, "x-csrf-token": csrf.viewer, origin: "http://dash.test" });
            expect(viewer.status).toBe(403);
            expect(((await viewer.json()) as { code: string }).code).toBe("role");
            expect((await call({ cookie: cookies.editor, "x-csrf-token": csrf.editor, origin: "http://dash.test" })).status).toBeLessThan(300);
            expect((await call({ authorization: `Bearer ${TOKEN}` })).status).toBeLessThan(300);
          });
        }
      });
    }

    it("signs out: the session no longer exists, and the cookies are cleared", async () => {
      const { POST } = (await import("@/app/api/auth/sign-out/route")) as unknown as { POST: Handler };
      const token = cookies.viewer.match(/dash_session=([^;]+)/)![1];
      expect(await sessionUser(t.db, decodeURIComponent(token))).not.toBeNull();
      const res = await POST(new Request("http://dash.test/api/auth/sign-out", { method: "POST", headers: { host: "dash.test", cookie: cookies.viewer, "x-csrf-token": csrf.viewer } }), { params: Promise.resolve({}) });
      expect(res.status).toBe(200);
      expect(res.headers.getSetCookie().some((c) => /^dash_session=;/.test(c))).toBe(true);
      expect(await sessionUser(t.db, decodeURIComponent(token))).toBeNull();
    });

    it("refuses a wrong password and an unknown email alike, and rate-limits after five failures", async () => {
      const pw = (await addUser(t.db, "target@example.org", "editor")).password;
      const wrong = () => signInPOST(new Request("http://dash.test/api/auth/sign-in", { method: "POST", headers: { host: "dash.test", "content-type": "application/json" }, body: JSON.stringify({ email: "target@example.org", password: "guess" }) }), { params: Promise.resolve({}) });
      for (let i = 0; i < MAX_FAILURES; i++) expect((await wrong()).status).toBe(401);
      const limited = await wrong();
      expect(limited.status).toBe(429);
      expect(((await limited.json()) as { error: string }).error).toContain("انتظر");
      // Even the right password waits out the window; an hour later it works again.
      expect(await signIn(t.db, "target@example.org", pw)).toEqual({ ok: false, reason: "rate_limited" });
      expect((await signIn(t.db, "TARGET@example.org", pw, new Date(Date.now() + 3_600_000))).ok).toBe(true);
      expect(await signIn(t.db, "nobody@example.org", "x")).toEqual({ ok: false, reason: "invalid" });
    });

    it("rate-limits per client address too: one address guessing many accounts is stopped, another address is not", async () => {
      const pw = (await addUser(t.db, "spray@example.org", "editor")).password;
      const from = (ip: string, email: string, password = "guess") => signInPOST(new Request("http://dash.test/api/auth/sign-in", { method: "POST", headers: { host: "dash.test", "content-type": "application/json", "x-forwarded-for": `203.0.113.9, ${ip}` }, body: JSON.stringify({ email, password }) }), { params: Promise.resolve({}) });
      // MAX_IP_FAILURES accounts, one wrong password each: no account reaches its own limit…
      for (let i = 0; i < MAX_IP_FAILURES; i++) expect((await from("198.51.100.7", `user${i}@example.org`)).status).toBe(401);
      // …but the address has: even a right password from it waits, while from another address it works.
      expect((await from("198.51.100.7", "spray@example.org", pw)).status).toBe(429);
      expect((await from("198.51.100.8", "spray@example.org", pw)).status).toBe(200);
      // A success does not reset the address's count.
      expect((await from("198.51.100.7", "user0@example.org")).status).toBe(429);
      expect(clientIp(new Headers({ "x-forwarded-for": "10.0.0.1, 192.0.2.4" }))).toBe("192.0.2.4");
      expect(clientIp(new Headers())).toBe("");
    });

    it("refuses a sign-in posted from another site, and a body that is not the form", async () => {
      const post = (headers: Record<string, string>, body: string) => signInPOST(new Request("http://dash.test/api/auth/sign-in", { method: "POST", headers: { host: "dash.test", "content-type": "application/json", ...headers }, body }), { params: Promise.resolve({}) });
      expect((await post({ origin: "http://evil.test" }, JSON.stringify({ email: "editor@example.org", password: "x" }))).status).toBe(403);
      expect((await post({}, "not json")).status).toBe(400);
    });

    it("resets a password with `add` again, signing the account out everywhere", async () => {
      const before = await t.db.session.count({ where: { user: { email: "editor@example.org" } } });
      expect(before).toBeGreaterThan(0);
      await addUser(t.db, "editor@example.org", "admin");
      expect(await t.db.session.count({ where: { user: { email: "editor@example.org" } } })).toBe(0);
      expect((await t.db.user.findUnique({ where: { email: "editor@example.org" } }))?.role).toBe("admin");
    });
  });
}
