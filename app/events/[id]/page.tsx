// One event: what the row says now (the extraction with the analysts' corrections applied), its
// sentence, the correction form for editors, and the full history of corrections, oldest first.
import Link from "next/link";
import { notFound } from "next/navigation";
import { Evidence } from "@/components/events/evidence";
import { ActorEditor } from "@/components/review/actor-editor";
import { CorrectionForm } from "@/components/review/correction-form";
import { MergeForm } from "@/components/review/merge-form";
import { RevertButton } from "@/components/review/revert-button";
import { currentEditor } from "@/lib/auth/guard";
import { fetchEventDetail } from "@/lib/data/review";
import { db } from "@/lib/db";
import { EVENT_ACTOR_ROLE_LABELS, REJECT_REASONS, REVIEW_STATUS_LABELS, subTypeLabel, typeLabel } from "@/lib/event-types";
import { formatDate } from "@/lib/format";
import { readId } from "@/lib/page-params";
import { fieldLabel, type ActorLink } from "@/lib/review/fields";

export const dynamic = "force-dynamic";
export const metadata = { title: "حدث" };

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await readId(params);
  const detail = await fetchEventDetail(id);
  if (!detail) notFound();
  const editor = await currentEditor();
  const e = detail.row;
  // Place ids in the history are shown by name.
  const placeIds = detail.history.filter((c) => c.field === "placeId").flatMap((c) => [JSON.parse(c.before), JSON.parse(c.after)]).filter((v): v is number => typeof v === "number");
  const placeNames = new Map((await db.place.findMany({ where: { id: { in: placeIds } }, select: { id: true, nameAr: true } })).map((p) => [p.id, p.nameAr]));
  // …and actor ids of actor-list records by name with their role.
  const actorIds = detail.history.filter((c) => c.field === "actors").flatMap((c) => [...(JSON.parse(c.before) ?? []), ...JSON.parse(c.after)] as ActorLink[]).map((a) => a.actorId);
  const actorNames = new Map((await db.actor.findMany({ where: { id: { in: actorIds } }, select: { id: true, nameAr: true } })).map((a) => [a.id, a.nameAr]));
  const show = (field: string, json: string) => {
    const v = JSON.parse(json) as unknown;
    if (v === null) return "—";
    if (field === "type") return typeLabel(String(v));
    if (field === "subType") return subTypeLabel(String(v));
    if (field === "status") return REVIEW_STATUS_LABELS[String(v)] ?? String(v);
    if (field === "placeId") return placeNames.get(Number(v)) ?? `#${v}`;
    if (field === "actors") return (v as ActorLink[]).map((a) => `${actorNames.get(a.actorId) ?? `#${a.actorId}`} (${EVENT_ACTOR_ROLE_LABELS[a.role] ?? a.role})`).join("، ") || "لا أحد";
    if (field === "mergedInto") return "مدموج في حدث آخر";
    return String(v);
  };
  const reasonText = (r: string) => (r.startsWith("duplicate:") ? `${REJECT_REASONS.duplicate} #${r.slice(10)}` : r === "manual" ? "حدث فات المستخرج، أضافه محرر" : REJECT_REASONS[r] ?? r);
  return (
    <>
      <h1>حدث #{e.id}: {typeLabel(e.type)}</h1>
      <dl className="panel event-facts" data-testid="event-facts">
        <dt>النوع</dt><dd>{typeLabel(e.type)} · {subTypeLabel(e.subType)}</dd>
        <dt>التاريخ</dt><dd>{e.date ? formatDate(e.date) : "غير معروف"}</dd>
        <dt>المكان</dt><dd>{e.place ? <Link href={`/places/${e.place.id}`}>{e.place.name}</Link> : "غير معروف"}</dd>
        <dt>الفاعلون</dt><dd data-testid="event-actors">{e.actors.length ? e.actors.map((a, i) => <span key={`${a.id}-${a.role}`}>{i ? "، " : ""}<Link href={`/actors/${a.id}`}>{a.name}</Link> <small className="muted">({EVENT_ACTOR_ROLE_LABELS[a.role] ?? a.role})</small></span>) : "—"}</dd>
        <dt>القتلى</dt><dd data-testid="event-fatalities">{e.fatalities ?? "—"}</dd>
        <dt>الجرحى</dt><dd>{e.injured ?? "—"}</dd>
        <dt>الثقة</dt><dd>{Math.round(e.confidence * 100)}٪</dd>
        <dt>المراجعة</dt><dd data-testid="event-status">{REVIEW_STATUS_LABELS[e.reviewStatus]}{detail.reviewedBy ? <> · <bdi dir="ltr">{detail.reviewedBy}</bdi></> : null}{detail.editedFields.length ? <> · صُحّح: {detail.editedFields.map((f) => fieldLabel[f as keyof typeof fieldLabel] ?? f).join("، ")}</> : null}</dd>
      </dl>
      <div className="panel"><Evidence event={e} /></div>
      {editor ? <CorrectionForm event={{ id: e.id, type: e.type, subType: e.subType, date: e.date, datePrecision: e.datePrecision, fatalities: e.fatalities, injured: e.injured, place: e.place ? { id: e.place.id, name: e.place.name } : null }} /> : null}
      {editor ? <ActorEditor eventId={e.id} actors={e.actors} /> : null}
      {editor ? <MergeForm eventId={e.id} /> : null}
      <section className="panel">
        <h2>سجل التصحيحات</h2>
        {detail.history.length === 0 ? <p className="muted">لم يُصحَّح هذا الحدث بعد: القيم كما قرأها المستخرج.</p> : (
          <ol className="history" data-testid="history">
            {detail.history.map((c) => (
              <li key={c.id}>
                <span className="muted small">{formatDate(c.createdAt)} · <bdi dir="ltr">{c.author}</bdi></span>{" "}
                <strong>{fieldLabel[c.field as keyof typeof fieldLabel] ?? c.field}</strong>: {show(c.field, c.before)} ← {show(c.field, c.after)}
                {c.reason ? <span className="muted"> · {reasonText(c.reason)}</span> : null}
                {editor && c.revertsId === null ? <> · <RevertButton correctionId={c.id} /></> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
