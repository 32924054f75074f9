"use client";
// A source's buttons: run now, pause or resume, remove. Each asks the server with the page's token
// and shows the answer beside the buttons.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { sourceAction, type ActionResult, type SourceOp } from "@/app/sources/actions";
import { useEditorToken } from "./editor-token";

export function SourceActions({ id, name, paused }: { id: number; name: string; paused: boolean }) {
  const token = useEditorToken();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const act = (op: SourceOp) => () =>
    start(async () => {
      if (op === "remove" && !window.confirm(`حذف المصدر «${name}»؟ تبقى المقالات التي جُمعت منه.`)) return;
      const r = await sourceAction(token, id, op);
      setResult(r);
      router.refresh();
    });
  return (
    <div className="source-actions">
      <button type="button" onClick={act("run")} disabled={pending} aria-label={`اجمع المصدر ${name} الآن`}>{pending ? "جارٍ…" : "اجمع الآن"}</button>
      <button type="button" onClick={act(paused ? "resume" : "pause")} disabled={pending} aria-label={`${paused ? "استئناف" : "إيقاف"} المصدر ${name}`}>{paused ? "استئناف" : "إيقاف مؤقت"}</button>
      <button type="button" onClick={act("remove")} disabled={pending} aria-label={`حذف المصدر ${name}`}>حذف</button>
      {result ? <p role="status" className={result.ok ? "muted small" : "error-state small"} data-testid="source-result">{result.message}</p> : null}
    </div>
  );
}
