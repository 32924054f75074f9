"use client";
// Sends the chosen files (as the signed-in editor, or with the token when no one is signed in) and
// lists what happened to each.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { csrfHeaders } from "@/lib/auth/csrf-client";
import type { FileResult } from "@/lib/upload/ingest-upload";

const STATUS: Record<FileResult["status"], string> = {
  new: "أُضيف",
  updated: "أُعيد تحليله",
  unchanged: "موجود من قبل (لم يتغير شيء)",
  rejected: "مرفوض",
};

async function upload({ token, files }: { token: string; files: File[] }): Promise<FileResult[]> {
  const body = new FormData();
  for (const f of files) body.append("files", f);
  const headers = token ? { authorization: `Bearer ${token}` } : csrfHeaders();
  const res = await fetch("/api/upload", { method: "POST", headers, body });
  const json = (await res.json().catch(() => ({}))) as { results?: FileResult[]; error?: string };
  if (!res.ok || !json.results) throw new Error(json.error ?? `الخادم أجاب ${res.status}`);
  return json.results;
}

export function UploadForm({ signedIn }: { signedIn: boolean }) {
  const [token, setToken] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const m = useMutation({ mutationFn: upload });

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
      <button type="submit" disabled={m.isPending || files.length === 0}>{m.isPending ? "جارٍ الرفع والتحليل…" : "رفع"}</button>
      {m.isError ? <p className="error-state" role="alert" data-testid="upload-error">{m.error.message}</p> : null}
      {m.data ? (
        <table className="upload-results" data-testid="upload-results">
          <thead><tr><th>الملف</th><th>النتيجة</th><th>التفاصيل</th></tr></thead>
          <tbody>
            {m.data.map((r) => (
              <tr key={r.file} data-status={r.status}>
                <td dir="auto">{r.file}</td>
                <td className={r.status === "rejected" ? "bad" : "good"}>{STATUS[r.status]}</td>
                <td>{r.reason ?? `${r.articles} مقالة`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {m.data?.some((r) => r.status === "new" || r.status === "updated") ? <p><Link href="/articles">عرض المقالات</Link> · <Link href="/">النظرة العامة</Link></p> : null}
    </form>
  );
}
