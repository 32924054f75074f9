import { describe, expect, it } from "vitest";
import { decode, fromHtml, fromJson, parseArticles, RejectedInput } from "@/lib/ingest/read";
import { readEnv } from "@/lib/env";

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof RejectedInput ? e.reason : String(e);
  }
  return null;
};

describe("reading files", () => {
  it("decodes Windows-1256 Arabic instead of rejecting it", () => {
    const bytes = new Uint8Array([0xc7, 0xe1, 0xdE, 0xd5, 0xdd, 0x20].flatMap((b) => [b]).concat(Array(40).fill(0xc7)));
    expect(decode(bytes)).toMatch(/^القصف/);
  });
  it("rejects empty, binary and undecodable input with a reason", () => {
    expect(reason(() => decode(new Uint8Array()))).toMatch(/empty/);
    expect(reason(() => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toMatch(/binary/);
    expect(reason(() => decode(new Uint8Array([0xff, 0xfe, 0x41, 0x80, 0x81])))).toMatch(/UTF-8/);
    expect(reason(() => parseArticles("a.txt", new TextEncoder().encode("   \n "), 100))).toMatch(/no text/);
    expect(reason(() => parseArticles("a.txt", new Uint8Array(200).fill(0x41), 100))).toMatch(/too large/);
    expect(reason(() => parseArticles("a.pdf", new TextEncoder().encode("x"), 100))).toMatch(/unsupported/);
  });
  it("keeps only the visible text of an HTML page and takes its title", () => {
    const a = fromHtml("<html><head><title>قصف على إدلب</title><style>p{}</style></head><body><nav>الرئيسية</nav><script>var x=1</script><h1>قصف على إدلب</h1><p>قصف الطيران بلدة سراقب.</p></body></html>");
    expect(a.title).toBe("قصف على إدلب");
    expect(a.body).toContain("قصف الطيران بلدة سراقب.");
    expect(a.body).not.toContain("var x");
    expect(a.body).not.toContain("الرئيسية");
  });
  it("reads JSON articles, single or in an array, and rejects items without a body", () => {
    expect(fromJson('[{"title":"أ","body":"نص"},{"body":"عنوان\\nنص"}]')).toHaveLength(2);
    expect(fromJson('{"title":"أ","body":"نص","publishedAt":"2020-01-01"}')[0].publishedAt).toBe("2020-01-01");
    expect(reason(() => fromJson('{"title":"أ"}'))).toMatch(/body/);
    expect(reason(() => fromJson("{oops"))).toMatch(/invalid JSON/);
  });
});

describe("environment", () => {
  it("defaults to SQLite and rejects an unknown database URL", () => {
    expect(readEnv({}).DATABASE_URL).toMatch(/^file:/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });
});
