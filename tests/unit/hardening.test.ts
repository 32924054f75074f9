// Small hardening fixes from issue 9, each pinned: reason codes for database refusals, the CLI summary
// with hostile file names, the symlink-safe folder walk, the capped filter notices, strict ids, the
// font route's subset lookup, the title cap, and the Content-Security-Policy.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifySaveError } from "@/lib/ingest/save-error";
import { printable, summaryLines, exitCodeOf } from "@/lib/ingest/summary";
import { collectFiles, type IngestSummary, type Rejection } from "@/lib/ingest/run";
import { capTitle, MAX_TITLE_CHARS } from "@/lib/ingest/persist";
import { MAX_NOTICES, noticesHeader } from "@/lib/api-route";
import { readId } from "@/lib/page-params";
import { GET as font } from "@/app/api/font/route";
import { contentSecurityPolicy, newNonce, tileSource } from "@/lib/security/headers";
import { rejectionAr } from "@/lib/upload/reasons";
import { parseFilters } from "@/lib/filters";
import { describeFilters } from "@/lib/filters/describe";

const summary = (rejected: Rejection[], stored = 0): IngestSummary => ({ new: stored, unchanged: 0, updated: 0, rejected, seconds: 1, articlesPerSecond: 0 });

describe("database refusals as codes", () => {
  it("reads the SQLite code, Prisma's wrapped cause, and never returns an empty message", () => {
    expect(classifySaveError(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toEqual({ code: "db_busy", message: "database is locked" });
    // Prisma's message starts with a newline and quotes code: the old reason was "could not be saved: ".
    const prisma = Object.assign(new Error("\nInvalid `db.article.create()` invocation in\n/x.ts:18:26\n\nOperation has timed out"), {
      code: "P1008", meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY", originalMessage: "database is locked" } } },
    });
    expect(classifySaveError(prisma)).toEqual({ code: "db_busy", message: "database is locked" });
    expect(classifySaveError(Object.assign(new Error("\nInvalid call\n\nOperation has timed out"), { code: "P1008" }))).toEqual({ code: "db_busy", message: "Operation has timed out" });
    expect(classifySaveError(Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" })).code).toBe("db_full");
    expect(classifySaveError(Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" })).code).toBe("db_readonly");
    expect(classifySaveError(Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR_WRITE" })).code).toBe("db_io");
    expect(classifySaveError(new Error("\n\n")).message).toBe("unknown error");
    expect(classifySaveError(new Error("something else")).code).toBe("db_error");
  });

  it("words a storage refusal on the upload page by its code, not as the file's fault", () => {
    expect(rejectionAr({ reason: "could not be saved: database or disk is full", code: "db_full", kind: "storage" })).toContain("لا مساحة");
    expect(rejectionAr({ reason: "empty file", code: "input", kind: "input" })).toBe("ملف فارغ");
  });
});

describe("the CLI summary", () => {
  it("shows a file name with a newline as one line, so it cannot forge a summary line", () => {
    const lines = summaryLines(summary([{ file: "a.txt\nnew 999, unchanged 0, updated 0, rejected 0", reason: "empty file", kind: "input", code: "input" }]));
    expect(lines.join("\n").split("\n")).toHaveLength(3);
    expect(lines[1]).toBe("  rejected a.txt\\u000anew 999, unchanged 0, updated 0, rejected 0: [input] empty file");
    expect(printable("\u202Etxt.exe")).toBe("\\u202etxt.exe");
  });

  it("exits 1 when the database refused anything, even if other files were stored", () => {
    expect(exitCodeOf(summary([{ file: "a", reason: "could not be saved: database is locked", kind: "storage", code: "db_busy" }], 5))).toBe(1);
    expect(exitCodeOf(summary([{ file: "a", reason: "empty file", kind: "input", code: "input" }], 5))).toBe(0);
    expect(exitCodeOf(summary([{ file: "a", reason: "empty file", kind: "input", code: "input" }], 0))).toBe(1);
    expect(summaryLines(summary([{ file: "a", reason: "could not be saved: database is locked", kind: "storage", code: "db_busy" }], 1))[0]).toBe("new 1, unchanged 0, updated 0, rejected 1 (1 by the database)");
  });
});

describe("the folder walk", () => {
  it("follows a symbolic link to an ancestor once, not forever", () => {
    const root = mkdtempSync(join(tmpdir(), "walk-"));
    mkdirSync(join(root, "a/b"), { recursive: true });
    writeFileSync(join(root, "a/b/x.txt"), "نص");
    symlinkSync(root, join(root, "a/b/up1"));
    symlinkSync(join(root, "a"), join(root, "a/b/up2"));
    const rejected: Rejection[] = [];
    expect(collectFiles([root], rejected)).toEqual([join(root, "a/b/x.txt")]);
    expect(rejected).toEqual([]);
  });
});

it("caps a title at MAX_TITLE_CHARS without splitting a character", () => {
  const long = "😀".repeat(100_000);
  const capped = capTitle(long);
  expect(Array.from(capped)).toHaveLength(MAX_TITLE_CHARS);
  expect(capped.endsWith("…")).toBe(true);
  expect(capped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  expect(capTitle("عنوان قصير")).toBe("عنوان قصير");
});

it("caps the filter notices header (gov repeated 7,000 times made 1.3 MB)", () => {
  const notices = Array.from({ length: 7000 }, (_, i) => `رمز محافظة غير معروف: X${i}`);
  const header = noticesHeader(notices);
  expect(header.length).toBeLessThanOrEqual(2000);
  expect(decodeURIComponent(header).split(" | ")).toHaveLength(MAX_NOTICES + 1);
  expect(decodeURIComponent(header)).toMatch(/\| \+6995$/);
  expect(decodeURIComponent(noticesHeader(["a"]))).toBe("a");
});

describe("ids in page URLs", () => {
  const id = (s: string) => readId(Promise.resolve({ id: s }));
  it("reads decimal digits only; 0x10, 1e3, 07, 7.0 and spaces are 404s", async () => {
    expect(await id("16")).toBe(16);
    for (const bad of ["0x10", "1e3", "07", "7.0", " 7", "0", "-1", "99999999999", ""]) {
      await expect(id(bad), bad).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    }
  });
});

it("answers 404, not 500, for a font subset named after Object's own properties", async () => {
  for (const subset of ["__proto__", "constructor", "toString"]) {
    expect((await font(new Request(`http://x/api/font?subset=${subset}`))).status, subset).toBe(404);
  }
  expect((await font(new Request("http://x/api/font?subset=arabic"))).status).toBe(200);
});

describe("Content-Security-Policy", () => {
  it("allows only nonce'd scripts, no framing, no plugins, and the tile host when configured", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const csp = contentSecurityPolicy({ nonce });
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy({ nonce, tileUrl: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" })).toContain("img-src 'self' data: blob: https://*.tile.openstreetmap.org");
    expect(tileSource("https://evil.example; script-src *")).toBeNull();
    expect(tileSource("javascript:alert(1)")).toBeNull();
  });
});

it("turns control characters in q into spaces, so the exported SVG's text stays well-formed XML", () => {
  const { filters } = parseFilters(new URLSearchParams("q=%D9%82%D8%B5%D9%81%01%0A%7F%C2%9Bx"));
  expect(filters.q).toBe("قصف    x");
  expect(describeFilters(filters)).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
});
