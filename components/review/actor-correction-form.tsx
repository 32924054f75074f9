"use client";
// An editor's correction of an actor: other names (one a line), kind, affiliation, or a merge into
// another actor. Only the fields changed from the shown values are sent.
import { useState } from "react";
import type { ActorOption } from "@/lib/api-types";
import { ACTOR_KIND_LABELS } from "@/lib/format";
import { useEntityCorrection } from "./use-entity-correction";

export interface FormActor { id: number; kind: string; aliases: string[]; affiliationId: number | null }

const lines = (s: string) => [...new Set(s.split("\n").map((l) => l.trim()).filter(Boolean))];

export function ActorCorrectionForm({ actor, options }: { actor: FormActor; options: ActorOption[] }) {
  const { send, message } = useEntityCorrection(`/api/actors/${actor.id}/corrections`);
  const [aliases, setAliases] = useState(actor.aliases.join("\n"));
  const [kind, setKind] = useState(actor.kind);
  const [affiliation, setAffiliation] = useState(actor.affiliationId === null ? "" : String(actor.affiliationId));
  const [mergeInto, setMergeInto] = useState("");
  const [reason, setReason] = useState("");
  const others = options.filter((o) => o.id !== actor.id);

  function changed(): Record<string, unknown> {
    const c: Record<string, unknown> = {};
    if (JSON.stringify(lines(aliases)) !== JSON.stringify(actor.aliases)) c.aliases = lines(aliases);
    if (kind !== actor.kind) c.kind = kind;
    if ((affiliation ? Number(affiliation) : null) !== actor.affiliationId) c.affiliation = affiliation ? Number(affiliation) : null;
    if (mergeInto) c.mergeInto = Number(mergeInto);
    return c;
  }

  return (
    <form className="panel correction-form" data-testid="actor-correction-form" onSubmit={(e) => { e.preventDefault(); void send(changed(), reason); }}>
      <h2>تصحيح الفاعل</h2>
      <label>أسماء أخرى (اسم في كل سطر) <textarea name="aliases" rows={4} value={aliases} onChange={(e) => setAliases(e.target.value)} /></label>
      <label>النوع
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {Object.entries(ACTOR_KIND_LABELS).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
        </select>
      </label>
      <label>يتبع
        <select name="affiliation" value={affiliation} onChange={(e) => setAffiliation(e.target.value)}>
          <option value="">لا أحد</option>
          {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </label>
      <label>دمج في فاعل آخر (يصير هذا الفاعل اسماً آخر له)
        <select name="mergeInto" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
          <option value="">بلا دمج</option>
          {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </label>
      <label>السبب (اختياري) <input type="text" name="reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
      <div className="actions"><button type="submit" data-testid="save-actor-correction">حفظ التصحيح</button></div>
      {message ? <p role="status" data-testid="correction-message" className={message.ok ? "muted" : "error-state"}>{message.text}</p> : null}
    </form>
  );
}
