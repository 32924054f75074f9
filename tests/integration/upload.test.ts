// The upload route on a real SQLite file: the body is parsed as it streams, so a chunked body (no
// Content-Length) over the total limit is refused without being read to the end, an oversized file is
// refused alone while the others are queued (202, at once) and stored by the worker, and too many
// files are a 413. GET /api/jobs follows the jobs with the same token.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sqliteTestDb } from "../helpers/db";

const TOKEN = "upload-test-token";
const LIMIT = 20_000; // INGEST_MAX_BYTES for this file: the total limit is 50 × LIMIT + 1 MB
let POST: (req: Request) => Promise<Response>;
let GET: (req: Request) => Promise<Response>;
let drain: () => Promise<void>;

beforeAll(async () => {
  const t = await sqliteTestDb();
  await t.cleanup();
  process.env.DATABASE_URL = t.url;
  process.env.UPLOAD_TOKEN = TOKEN;
  process.env.INGEST_MAX_BYTES = String(LIMIT);
  ({ POST } = await import("@/app/api/upload/route"));
  ({ GET } = await import("@/app/api/jobs/route"));
  const [{ db }, { Worker }, { loadKnowledge }] = await Promise.all([import("@/lib/db"), import("@/lib/jobs"), import("@/lib/ingest/load-knowledge")]);
  const worker = new Worker({ db, knowledge: loadKnowledge(), workerId: "test", leaseMs: 30_000, pollMs: 10, maxBytes: LIMIT });
  drain = async () => {
    while (await worker.runOnce());
  };
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

  it("refuses an oversized file alone, queues the others (202, job ids in the order sent), and the worker stores them", async () => {
    const unique = (i: number) => new Uint8Array(Buffer.concat([article, Buffer.from(`\nرفع ${i} ${Date.now()}`)]));
    const res = await POST(new Request("http://x/api/upload", { method: "POST", body: form([["a.txt", unique(1)], ["big.txt", new Uint8Array(LIMIT + 1).fill(0x41)], ["b.txt", unique(2)]]), headers: auth }));
    expect(res.status).toBe(202);
    const { files } = (await res.json()) as { files: { file: string; status: string; jobId?: number; code?: string; reason?: string }[] };
    expect(files.map((r) => `${r.file} ${r.status}`)).toEqual(["a.txt queued", "big.txt rejected", "b.txt queued"]);
    expect(files[1].reason).toContain(String(LIMIT));
    const ids = [files[0].jobId, files[2].jobId].join(",");
    const jobsNow = async () => ((await (await GET(new Request(`http://x/api/jobs?ids=${ids}`, { headers: auth }))).json()) as { jobs: { file: string; status: string; result: { status: string; articles: number } | null }[] }).jobs;
    expect((await jobsNow()).map((j) => `${j.file} ${j.status}`)).toEqual(["a.txt queued", "b.txt queued"]);
    await drain();
    expect((await jobsNow()).map((j) => `${j.file} ${j.status} ${j.result?.status} ${j.result?.articles}`)).toEqual(["a.txt done new 1", "b.txt done new 1"]);
  });

  it("follows jobs only with the token, and refuses ids that are not positive integers", async () => {
    expect((await GET(new Request("http://x/api/jobs?ids=1"))).status).toBe(401);
    for (const bad of ["", "0", "1,x", "1e3", "-1", Array.from({ length: 101 }, (_, i) => i + 1).join(",")]) {
      const res = await GET(new Request(`http://x/api/jobs?ids=${bad}`, { headers: auth }));
      expect(res.status, bad).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe("bad_ids");
    }
    const unknown = await GET(new Request("http://x/api/jobs?ids=999999", { headers: auth }));
    expect(((await unknown.json()) as { jobs: unknown[] }).jobs).toEqual([]);
  });

  it("answers 413 for more than 50 files, 400 for a body that is not multipart", async () => {
    const many = Array.from({ length: 51 }, (_, i): [string, Uint8Array] => [`f${i}.txt`, new TextEncoder().encode("نص")]);
    expect((await POST(new Request("http://x/api/upload", { method: "POST", body: form(many), headers: auth }))).status).toBe(413);
    expect((await POST(new Request("http://x/api/upload", { method: "POST", body: "x=1", headers: { ...auth, "content-type": "application/x-www-form-urlencoded" } }))).status).toBe(400);
  });
});
