// The history of a place's or actor's corrections, oldest first, with a revert button per record
// for editors (a revert is itself a record, never an erasure).
import Link from "next/link";
import type { EntityHistoryData } from "@/lib/data/entity-history";
import { GOVERNORATE_BY_CODE } from "@/lib/extract/lexicon/governorates";
import { ACTOR_KIND_LABELS, formatDate, PLACE_KIND_LABELS } from "@/lib/format";
import { entityFieldLabel, type EntityField, type TargetKind } from "@/lib/review/entity-fields";
import { RevertButton } from "./revert-button";

export function EntityHistory({ kind, history: { entries, names }, editor }: { kind: TargetKind; history: EntityHistoryData; editor: boolean }) {
  const show = (field: string, v: unknown) => {
    if (v === null || v === undefined) return "—";
    if (field === "admin1") return GOVERNORATE_BY_CODE.get(String(v))?.nameAr ?? String(v);
    if (field === "kind") return (kind === "place" ? PLACE_KIND_LABELS : ACTOR_KIND_LABELS)[String(v)] ?? String(v);
    if (field === "aliases" && Array.isArray(v)) return v.join("، ") || "—";
    if (field === "mergeInto" || field === "affiliation") {
      const n = names.get(String(v));
      return n ? <Link href={`/${kind === "place" ? "places" : "actors"}/${n.id}`}>{n.name}</Link> : `${String(v)} (غير موجود)`;
    }
    return String(v);
  };
  return (
    <section className="panel" aria-labelledby="eh-title">
      <h2 id="eh-title">سجل التصحيحات</h2>
      {entries.length === 0 ? <p className="muted">لم يُصحَّح بعد: القيم كما في المعجم وقاعدة المعرفة.</p> : (
        <ol className="history" data-testid="entity-history">
          {entries.map((c) => (
            <li key={c.id}>
              <span className="muted small">{formatDate(c.createdAt)} · <bdi dir="ltr">{c.author}</bdi></span>{" "}
              <strong>{entityFieldLabel[c.field as EntityField] ?? c.field}</strong>: {show(c.field, c.before)} ← {show(c.field, c.after)}
              {c.reason ? <span className="muted"> · {c.reason}</span> : null}
              {editor && c.revertsId === null ? <> · <RevertButton correctionId={c.id} url={`/api/entity-corrections/${c.id}/revert`} /></> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
