// kill -9 of the web server while uploads are in flight (the production build, with its worker):
// the database passes integrity_check, each upload's jobs are all there or none (they are queued in
// one transaction), no job row is cut short, and after a restart the next upload is answered and
// stored, and every job queued before the kill is worked to done: nothing stuck.
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { serveBuild, type ServedBuild } from "@/scripts/serve-build";
import { freshDb, integrity, jobCounts, removeTempDirs, waitFor } from "./harness";

const TOKEN = "server-kill-token";
const PER_UPLOAD = 8;
const article = readFileSync("tests/fixtures/articles/h01_sohr_idlib_hama_airstrikes.txt");
const fileOf = (batch: number, i: number) => Buffer.concat([article, Buffer.from(`\nدفعة ${batch} ملف ${i}\n`)]);

const servers: ServedBuild[] = [];
afterAll(() => {
  for (const s of servers) s.stop();
  removeTempDirs();
});

function upload(url: string, batch: number): Promise<Response> {
  const form = new FormData();
  for (let i = 0; i < PER_UPLOAD; i++) form.append("files", new Blob([new Uint8Array(fileOf(batch, i))]), `b${batch}-f${i}.txt`);
  return fetch(`${url}/api/upload`, { method: "POST", body: form, headers: { authorization: `Bearer ${TOKEN}` } });
}

function jobsByBatch(dbFile: string): Map<number, { n: number; sizes: boolean }> {
  const conn = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = conn.prepare("SELECT payload, length(data) AS size, status FROM Job").all() as { payload: string; size: number | null; status: string }[];
    const out = new Map<number, { n: number; sizes: boolean }>();
    for (const r of rows) {
      const [, b, i] = /^b(\d+)-f(\d+)\.txt$/.exec((JSON.parse(r.payload) as { name: string }).name)!;
      const e = out.get(Number(b)) ?? { n: 0, sizes: true };
      e.n++;
      // A job not yet done holds the whole file; a done one has let go of it.
      if (r.status !== "done" && r.size !== fileOf(Number(b), Number(i)).length) e.sizes = false;
      out.set(Number(b), e);
    }
    return out;
  } finally {
    conn.close();
  }
}

describe("the server killed mid-write", () => {
  it("kill -9 with uploads in flight: whole uploads or none, and the next upload after a restart is stored", async () => {
    const dbFile = await freshDb();
    const env = { DATABASE_URL: `file:${dbFile}`, UPLOAD_TOKEN: TOKEN, WORKER_LEASE_MS: "2000" };
    const first = await serveBuild(env);
    servers.push(first);

    // Three clients upload one batch after another until the server dies under them.
    let batch = 0;
    const accepted: number[] = [];
    let dead = false;
    const client = async () => {
      while (!dead) {
        const b = ++batch;
        try {
          const res = await upload(first.url, b);
          if (res.status === 202) accepted.push(b);
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const clients = [client(), client(), client()];
    await waitFor("a first upload answered", () => accepted.length >= 2, 60_000);
    first.killServer("SIGKILL");
    dead = true;
    await Promise.all(clients);
    first.stop(); // its worker too, so the restart starts from the database alone

    expect(integrity(dbFile)).toBe("ok");
    const batches = jobsByBatch(dbFile);
    for (const b of accepted) expect(batches.get(b)?.n, `upload ${b} was answered 202`).toBe(PER_UPLOAD);
    for (const [b, e] of batches) {
      expect(e.n, `upload ${b}: all its jobs or none`).toBe(PER_UPLOAD);
      expect(e.sizes, `upload ${b}: every queued file whole`).toBe(true);
    }

    const second = await serveBuild(env);
    servers.push(second);
    const res = await upload(second.url, 9_999);
    expect(res.status).toBe(202);
    const { files } = (await res.json()) as { files: { jobId: number }[] };
    const ids = files.map((f) => f.jobId).join(",");
    await waitFor("every job done", () => jobCounts(dbFile).done === (batches.size + 1) * PER_UPLOAD, 240_000);
    const status = (await (await fetch(`${second.url}/api/jobs?ids=${ids}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { jobs: { status: string; result: { status: string } }[] };
    expect(status.jobs.map((j) => `${j.status} ${j.result.status}`)).toEqual(Array(PER_UPLOAD).fill("done new"));
    expect(integrity(dbFile)).toBe("ok");
  }, 400_000);
});
