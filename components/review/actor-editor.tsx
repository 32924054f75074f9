"use client";
// An editor's correction of an event's actors: change a role, remove one, add one found by name
// (folded by the server). The whole list is saved as one record, so a revert restores the list.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EVENT_ACTOR_ROLES, EVENT_ACTOR_ROLE_LABELS } from "@/lib/event-types";
import { postJson } from "./post-json";

export type EditedActor = { id: number; name: string; role: string };

export function ActorEditor({ eventId, actors: initial }: { eventId: number; actors: EditedActor[] }) {
  const router = useRouter();
  const [actors, setActors] = useState(initial);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<{ id: number; nameAr: string; nameEn: string | null }[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function search(q: string) {
    setQuery(q);
    if (q.trim().length < 2) return setHits([]);
    const res = await fetch(`/api/actors/search?q=${encodeURIComponent(q)}`);
    if (res.ok) setHits(await res.json());
  }

  async function save() {
    try {
      await postJson(`/api/events/${eventId}/corrections`, { changes: { actors: actors.map((a) => ({ actorId: a.id, role: a.role })) }, reason: "" });
      setMessage({ ok: true, text: "حُفظت قائمة الفاعلين." });
      router.refresh();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  }

  return (
    <section className="panel correction-form" data-testid="actor-editor" aria-labelledby="actor-editor-title">
      <h2 id="actor-editor-title">الفاعلون وأدوارهم</h2>
      {actors.length === 0 ? <p className="muted">لا فاعل لهذا الحدث.</p> : (
        <ul className="plain-list">
          {actors.map((a, i) => (
            <li key={`${a.id}-${i}`}>
              {a.name}{" "}
              <select aria-label={`دور ${a.name}`} value={a.role} onChange={(e) => setActors(actors.map((x, j) => (j === i ? { ...x, role: e.target.value } : x)))}>
                {EVENT_ACTOR_ROLES.map((r) => <option key={r} value={r}>{EVENT_ACTOR_ROLE_LABELS[r]}</option>)}
              </select>{" "}
              <button type="button" className="link-button" onClick={() => setActors(actors.filter((_, j) => j !== i))}>إزالة {a.name}</button>
            </li>
          ))}
        </ul>
      )}
      <input type="search" placeholder="أضف فاعلاً: ابحث بالاسم…" value={query} onChange={(e) => void search(e.target.value)} aria-label="البحث عن فاعل" />
      {hits.length ? (
        <ul className="plain-list place-hits">
          {hits.map((h) => (
            <li key={h.id}><button type="button" className="link-button" onClick={() => { setActors([...actors, { id: h.id, name: h.nameAr, role: "associated" }]); setHits([]); setQuery(""); }}>
              {h.nameAr}{h.nameEn ? <> · <bdi dir="ltr">{h.nameEn}</bdi></> : null}
            </button></li>
          ))}
        </ul>
      ) : null}
      <div className="actions"><button type="button" data-testid="save-actors" onClick={() => void save()}>حفظ الفاعلين</button></div>
      {message ? <p role="status" className={message.ok ? "muted" : "error-state"}>{message.text}</p> : null}
    </section>
  );
}
