// The upload route on a real SQLite file: the body is parsed as it streams, so a chunked body (no
// Content-Length) over the total limit is refused without being read to the end, an oversized file is
// refused alone while the others are stored, and too many files are a 413.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sqliteTestDb } from "../helpers/db";

const TOKEN = "upload-test-token";
const LIMIT = 20_000; // INGEST_MAX_BYTES for this file: the total limit is 50 × LIMIT + 1 MB
let POST: (req: Request) => Promise<Response>;

beforeAll(async () => {
  const t = await sqliteTestDb();
  await t.cleanup();
  process.env.DATABASE_URL = t.url;
  process.env.UPLOAD_TOKEN = TOKEN;
  process.env.INGEST_MAX_BYTES = String(LIMIT);
  ({ POST } = await import("@/app/api/upload/route"));
});

const article = readFileSync("tests/fixtures/articles/h01_sohr_idlib_hama_airstrikes.txt");
const auth = { authorization: `Bearer ${TOKEN}` };

function form(files: [string, Uint8Array][]) {
  const f = new FormData();
  for (const [name, bytes] of files) f.append("files", new Blob([new Uint8Array(bytes)]), name);
  return f;
}

describe("upload", () => {
  it("refuses a chunked body over the total limit while reading it, not after", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x41);
    const head = new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n');
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (pulled === 0) c.enqueue(head);
        pulled += chunk.length;
        if (pulled > 150 * 1024 * 1024) c.close();
        else c.enqueue(chunk);
      },
    });
    const res = await POST(new Request("http://x/api/upload", { method: "POST", body, headers: { ...auth, "content-type": "multipart/form-data; boundary=b" }, duplex: "half" } as RequestInit));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe("body_too_large");
    // Stopped soon after the 2 MB limit, not at 150 MB.
    expect(pulled).toBeLessThan(4 * 1024 * 1024);
  });

  it("refuses an oversized file alone, stores the others, in the order sent", async () => {
    const unique = (i: number) => new Uint8Array(Buffer.concat([article, Buffer.from(`\nرفع ${i} ${Date.now()}`)]));
    const res = await POST(new Request("http://x/api/upload", { method: "POST", body: form([["a.txt", unique(1)], ["big.txt", new Uint8Array(LIMIT + 1).fill(0x41)], ["b.txt", unique(2)]]), headers: auth }));
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: { file: string; status: string; code?: string; reason?: string }[] };
    expect(results.map((r) => `${r.file} ${r.status}`)).toEqual(["a.txt new", "big.txt rejected", "b.txt new"]);
    expect(results[1].reason).toContain(String(LIMIT));
  });

  it("answers 413 for more than 50 files, 400 for a body that is not multipart", async () => {
    const many = Array.from({ length: 51 }, (_, i): [string, Uint8Array] => [`f${i}.txt`, new TextEncoder().encode("نص")]);
    expect((await POST(new Request("http://x/api/upload", { method: "POST", body: form(many), headers: auth }))).status).toBe(413);
    expect((await POST(new Request("http://x/api/upload", { method: "POST", body: "x=1", headers: { ...auth, "content-type": "application/x-www-form-urlencoded" } }))).status).toBe(400);
  });
});
