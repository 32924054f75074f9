"use client";
// The actor filter: a searchable combobox over the actors that have events (matched on the folded
// Arabic, so «الاسد» finds «الأسد»), and, once an actor is chosen, which side of the event it is on.
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { ActorOption } from "@/lib/api-types";
import { fold } from "@/lib/extract/normalize";
import { ACTOR_ROLES, type ActorRole, type Filters } from "@/lib/filters";
import { apiPaths, getJson, queryKeys } from "@/lib/queries";
import { Combobox } from "./combobox";

const ROLE_LABELS: Record<ActorRole, string> = { actor1: "فاعلاً أول (المبادر)", actor2: "طرفاً ثانياً (المستهدف)" };
const MAX_SHOWN = 50;

export function ActorFilter({ f, set }: { f: Filters; set: (patch: Partial<Filters>) => void }) {
  const actors = useQuery({ queryKey: queryKeys.actorOptions(), queryFn: () => getJson<ActorOption[]>(apiPaths.actorOptions()) });
  const [text, setText] = useState("");
  const folded = useMemo(() => (actors.data ?? []).map((a) => ({ ...a, key: fold(a.name) })), [actors.data]);
  const needle = fold(text.trim());
  const options = folded.filter((a) => !needle || a.key.includes(needle)).slice(0, MAX_SHOWN);
  const selected = f.actor ? { id: f.actor, name: actors.data?.find((a) => a.id === f.actor)?.name ?? `#${f.actor}` } : null;

  return (
    <div className="filter-actor">
      <Combobox
        label="الفاعل" placeholder="ابحث عن فاعل" testId="actor-combobox" clearLabel="إزالة مرشح الفاعل"
        options={options} selected={selected} onText={setText}
        empty={actors.isPending ? "جارٍ التحميل…" : "لا فاعل بهذا الاسم"}
        onSelect={(o) => set({ actor: o?.id ?? null, role: o ? f.role : null })}
      />
      {f.actor ? (
        <label className="filter-role">
          <span className="sr-only">دور الفاعل</span>
          <select name="role" value={f.role ?? ""} onChange={(e) => set({ role: (ACTOR_ROLES as readonly string[]).includes(e.target.value) ? (e.target.value as ActorRole) : null })}>
            <option value="">بأي دور</option>
            {ACTOR_ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </select>
        </label>
      ) : null}
    </div>
  );
}
