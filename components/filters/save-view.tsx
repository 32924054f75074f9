"use client";
// «حفظ العرض»: names the current filters and keeps them in the database (see app/views).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, useTransition } from "react";
import { saveView, type SaveResult } from "@/app/views/actions";
import { filtersToQuery } from "@/lib/filters";
import { SAVED_VIEW_PATHS } from "@/lib/filters/saved-view-paths";
import { useCanEdit } from "../auth/session-context";
import { useFilters } from "./use-filters";

export function SaveView() {
  const path = usePathname();
  const { urlFilters } = useFilters();
  const [name, setName] = useState("");
  const [result, setResult] = useState<SaveResult | null>(null);
  const [pending, start] = useTransition();
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  if (!(SAVED_VIEW_PATHS as readonly string[]).includes(path)) return null;
  return (
    <form className="save-view" onSubmit={(e) => {
      e.preventDefault();
      start(async () => setResult(await saveView({ name, path, query: filtersToQuery(urlFilters) })));
    }}>
      <label>
        <span className="sr-only">اسم العرض</span>
        <input type="text" name="view-name" placeholder="اسم العرض…" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" disabled={pending} data-testid="save-view">حفظ العرض</button>
      {result ? <span role="status" className={result.ok ? "muted small" : "error-state small"}>{result.message}{result.ok ? <> · <Link href="/views">العروض المحفوظة</Link></> : null}</span> : null}
    </form>
  );
}
