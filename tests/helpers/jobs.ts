// Waits until the jobs an upload answered with are done (GET /api/jobs), for tests that read what the
// worker stored. Fails on a job that failed, and after `ms`.
export async function jobsDone(url: string, token: string, answer: { files: { jobId?: number }[] }, ms = 60_000): Promise<void> {
  const ids = answer.files.flatMap((f) => (f.jobId ? [f.jobId] : [])).join(",");
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await fetch(`${url}/api/jobs?ids=${ids}`, { headers: { authorization: `Bearer ${token}` } });
    const { jobs } = (await res.json()) as { jobs: { id: number; status: string; error: string | null }[] };
    const failed = jobs.find((j) => j.status === "failed");
    if (failed) throw new Error(`job ${failed.id} failed: ${failed.error}`);
    if (jobs.every((j) => j.status === "done")) return;
    if (Date.now() > deadline) throw new Error(`jobs ${ids} not done within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
