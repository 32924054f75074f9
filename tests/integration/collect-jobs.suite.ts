// Collection as background jobs: the worker queues each due source once (however often it looks) and
// runs it like any job, so the dashboard keeps current without anyone pressing "run now".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSource } from "@/lib/collect/sources";
import { loadKnowledge } from "@/lib/ingest/load-knowledge";
import { COLLECT, scheduleDueSources, Worker } from "@/lib/jobs";
import { startNewsServer, type NewsServer } from "../helpers/news-server";
import type { TestDb } from "../helpers/db";

const collect = { timeoutMs: 2000, maxBytes: 2 * 1024 * 1024, perHost: 2 };

export function collectJobsSuite(name: string, open: () => Promise<TestDb>) {
  describe(`collection jobs (${name})`, () => {
    let t: TestDb;
    let site: NewsServer;
    beforeAll(async () => {
      t = await open();
      site = await startNewsServer();
    });
    afterAll(async () => {
      await site?.close();
      await t?.cleanup();
    });

    it("queues a due source once, and the worker collects it", async () => {
      const added = await addSource(t.db, { url: `${site.url}/rss.xml`, name: "مصدر", outlet: "منفذ", every: "15m" });
      if (!added.ok) throw new Error(added.message);
      const first = await scheduleDueSources(t.db, new Date());
      expect(first).toHaveLength(1);
      // Looking again while the job waits queues nothing more.
      expect(await scheduleDueSources(t.db, new Date())).toEqual([]);

      const worker = new Worker({ db: t.db, knowledge: loadKnowledge(), leaseMs: 30_000, pollMs: 50, maxBytes: collect.maxBytes, collect });
      expect(await worker.runOnce()).toBe(true);
      const job = await t.db.job.findUniqueOrThrow({ where: { id: first[0] } });
      expect(job).toMatchObject({ kind: COLLECT, status: "done" });
      expect(JSON.parse(job.result!)).toMatchObject({ status: "ok", added: 2 });
      expect(await t.db.article.count({ where: { url: { startsWith: site.url } } })).toBe(2);
      // Just collected: not due again before its interval.
      expect(await scheduleDueSources(t.db, new Date())).toEqual([]);
    });

    it("fails a collect job at once on a worker that has no collector options", async () => {
      const [id] = await t.db.job.createManyAndReturn({ data: [{ kind: COLLECT, payload: JSON.stringify({ sourceId: 1 }) }], select: { id: true } }).then((r) => r.map((x) => x.id));
      const worker = new Worker({ db: t.db, knowledge: loadKnowledge(), leaseMs: 30_000, pollMs: 50, maxBytes: collect.maxBytes });
      expect(await worker.runOnce()).toBe(true);
      expect(await t.db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed" });
    });
  });
}
