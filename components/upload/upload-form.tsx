"use client";
// Sends the chosen files (as the signed-in editor, or with the token when no one is signed in); the server answers at once with a job per file, and the
// table follows each job (GET /api/jobs, polled while any is unfinished) to its outcome.
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { count } from "@/config/plurals";
import type { FileStatus } from "@/lib/jobs/ingest-job";
import type { JobProgress, UploadAnswer, UploadedFile } from "@/lib/upload/job-types";
import { csrfHeaders } from "@/lib/auth/csrf-client";

const STATUS: Record<FileStatus, string> = {
  new: "أُضيف",
  updated: "أُعيد تحليله",
  unchanged: "موجود من قبل (لم يتغير شيء)",
  rejected: "مرفوض",
};

/** How often the page asks about unfinished jobs. */
const POLL_MS = 700;

async function upload({ token, files }: { token: string; files: File[] }): Promise<UploadedFile[]> {
  const body = new FormData();
  for (const f of files) body.append("files", f);
  const headers = token ? { authorization: `Bearer ${token}` } : csrfHeaders();
  const res = await fetch("/api/upload", { method: "POST", headers, body });
  const json = (await res.json().catch(() => ({}))) as Partial<UploadAnswer> & { error?: string };
  if (!res.ok || !json.files) throw new Error(json.error ?? `الخادم أجاب ${res.status}`);
  return json.files;
}

async function jobs(token: string, ids: number[]): Promise<JobProgress[]> {
  // Signed in, the session cookie goes with the request; a script's token otherwise.
  const res = await fetch(`/api/jobs?ids=${ids.join(",")}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const json = (await res.json().catch(() => ({}))) as { jobs?: JobProgress[]; error?: string };
  if (!res.ok || !json.jobs) throw new Error(json.error ?? `الخادم أجاب ${res.status}`);
  return json.jobs;
}

const finished = (j: JobProgress) => j.status === "done" || j.status === "failed";

/** queued → running → done: a bar of three steps, full when the job has ended either way. */
const STEP = { queued: 1, running: 2, done: 3, failed: 3 } as const;

interface Row {
  file: string;
  /** data-status: the file's outcome once known, else the job's state. */
  state: string;
  label: string;
  detail: string;
  step: number;
  bad: boolean;
}

function rowOf(f: UploadedFile, job: JobProgress | undefined): Row {
  if (f.status === "rejected") return { file: f.file, state: "rejected", label: STATUS.rejected, detail: f.reason, step: 3, bad: true };
  if (!job || job.status === "queued") {
    const wait = job?.ahead ? `قبله في قائمة الانتظار ${count(job.ahead, "file")}` : "سيبدأ بعد قليل";
    return { file: f.file, state: "queued", label: "في الانتظار", detail: job?.error ?? wait, step: 1, bad: false };
  }
  if (job.status === "running") return { file: f.file, state: "running", label: "قيد التحليل…", detail: job.attempts > 1 ? `المحاولة ${job.attempts} من ${job.maxAttempts}` : "", step: 2, bad: false };
  if (job.status === "failed" || !job.result) return { file: f.file, state: "failed", label: "تعذّرت المعالجة", detail: job.error ?? "", step: 3, bad: true };
  const r = job.result;
  return { file: f.file, state: r.status, label: STATUS[r.status], detail: r.reason ?? count(r.articles, "article"), step: 3, bad: r.status === "rejected" };
}

export function UploadForm({ signedIn }: { signedIn: boolean }) {
  const [token, setToken] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const m = useMutation({ mutationFn: upload });
  const ids = (m.data ?? []).flatMap((f) => (f.status === "queued" ? [f.jobId] : []));
  const q = useQuery({
    queryKey: ["jobs", ids],
    queryFn: () => jobs(token, ids),
    enabled: ids.length > 0,
    refetchInterval: (query) => (query.state.data?.every(finished) ? false : POLL_MS),
  });
  const byId = new Map((q.data ?? []).map((j) => [j.id, j]));
  const rows = (m.data ?? []).map((f) => rowOf(f, f.status === "queued" ? byId.get(f.jobId) : undefined));
  const done = rows.filter((r) => r.step === 3).length;

  return (
    <form
      className="panel upload-form"
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate({ token, files });
      }}
    >
      {signedIn ? null : (
        <label>
          رمز الرفع
          <input type="password" name="token" autoComplete="off" required value={token} onChange={(e) => setToken(e.target.value)} />
        </label>
      )}
      <label>
        الملفات
        <input type="file" name="files" multiple required accept=".txt,.html,.htm,.json,text/plain,text/html,application/json" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
      </label>
      <button type="submit" disabled={m.isPending || files.length === 0}>{m.isPending ? "جارٍ الرفع…" : "رفع"}</button>
      {m.isError ? <p className="error-state" role="alert" data-testid="upload-error">{m.error.message}</p> : null}
      {q.isError ? <p className="error-state" role="alert">{q.error.message}</p> : null}
      {rows.length ? (
        <>
          <p role="status" data-testid="upload-progress">{done === rows.length ? `انتهت المعالجة: ${count(rows.length, "file")}` : `اكتمل ${done} من ${rows.length}؛ يُحلَّل الباقي في الخلفية، ويمكنك متابعة العمل في لوحة المعلومات.`}</p>
          <table className="upload-results" data-testid="upload-results">
            <thead><tr><th>الملف</th><th>التقدم</th><th>النتيجة</th><th>التفاصيل</th></tr></thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${i}-${r.file}`} data-status={r.state}>
                  <td dir="auto">{r.file}</td>
                  <td><progress max={3} value={r.step} aria-label={r.label} /></td>
                  <td className={r.bad ? "bad" : "good"}>{r.label}</td>
                  <td>{r.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {rows.some((r) => r.state === "new" || r.state === "updated") ? <p><Link href="/articles">عرض المقالات</Link> · <Link href="/">النظرة العامة</Link></p> : null}
    </form>
  );
}
