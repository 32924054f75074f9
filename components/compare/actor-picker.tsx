"use client";
// One side of the actor comparison: the filter bar's searchable combobox, writing the chosen id
// into a hidden field of /compare's plain GET form.
import { useState } from "react";
import type { ActorOption } from "@/lib/api-types";
import { fold } from "@/lib/extract/normalize";
import { Combobox } from "../filters/combobox";

export function ActorPicker({ name, label, options, initial }: { name: string; label: string; options: ActorOption[]; initial: number | null }) {
  const [chosen, setChosen] = useState(initial);
  const [text, setText] = useState("");
  const needle = fold(text.trim());
  const shown = options.filter((a) => !needle || fold(a.name).includes(needle)).slice(0, 50);
  const selected = chosen ? { id: chosen, name: options.find((a) => a.id === chosen)?.name ?? `#${chosen}` } : null;
  return (
    <span className="actor-picker">
      <Combobox label={label} placeholder="اكتب للبحث" testId={`compare-${name}`} clearLabel={`إزالة ${label}`} options={shown} selected={selected}
        onText={setText} onSelect={(o) => setChosen(o?.id ?? null)} empty="لا فاعل بهذا الاسم" />
      <input type="hidden" name={name} value={chosen ?? ""} />
    </span>
  );
}
