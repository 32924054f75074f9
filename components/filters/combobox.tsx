"use client";
// A searchable list box on the WAI-ARIA 1.2 combobox pattern (an input that owns a listbox): type to
// narrow, ↓/↑ to move, Enter to choose, Escape to close and then to undo the typing. Replaces the
// 144-option <select> of actors and serves the place search; see docs/decisions/0013-combobox.md
// for why it is written here rather than taken from a library.
import { useId, useState, type KeyboardEvent } from "react";

export interface ComboOption {
  id: number;
  name: string;
  /** Shown after the name, smaller (an English name, a governorate). */
  hint?: string | null;
}

interface Props {
  label: string;
  placeholder: string;
  /** The options for the text typed so far (the caller narrows them, locally or on the server). */
  options: ComboOption[];
  selected: ComboOption | null;
  onSelect: (option: ComboOption | null) => void;
  onText?: (text: string) => void;
  /** Said when nothing matches; while the caller is still searching, say so instead. */
  empty: string;
  clearLabel: string;
  testId: string;
}

export function Combobox({ label, placeholder, options, selected, onSelect, onText, empty, clearLabel, testId }: Props) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = open ? options : [];
  const current = Math.min(active, shown.length - 1);

  const type = (value: string) => {
    setText(value);
    setOpen(true);
    setActive(0);
    onText?.(value);
  };
  const choose = (o: ComboOption | null) => {
    onSelect(o);
    setText(null);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) { setOpen(true); setActive(0); return; }
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (shown.length ? (Math.min(a, shown.length - 1) + step + shown.length) % shown.length : 0));
    } else if (e.key === "Enter") {
      if (open && shown[current]) { e.preventDefault(); choose(shown[current]); }
    } else if (e.key === "Escape") {
      // First Escape closes the list; the second gives back the chosen name (as a <select> would).
      if (open) setOpen(false);
      else setText(null);
    }
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div className="combobox" data-testid={testId}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <span className="combobox-field">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
          autoComplete="off"
          placeholder={placeholder}
          value={text ?? selected?.name ?? ""}
          onChange={(e) => type(e.target.value)}
          onKeyDown={onKey}
          onFocus={() => onText?.(text ?? "")}
          onBlur={() => { setOpen(false); setText(null); }}
        />
        {selected ? (
          <button type="button" className="combobox-clear" aria-label={clearLabel} onClick={() => choose(null)}>×</button>
        ) : null}
      </span>
      <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!open}>
        {open && shown.length === 0 ? <li className="muted" role="presentation">{empty}</li> : null}
        {shown.map((o, i) => (
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className={i === current ? "active" : undefined}
            // mousedown, not click: the input's blur would close the list before the click lands.
            onMouseDown={(e) => { e.preventDefault(); choose(o); }}
          >
            {o.name}
            {o.hint ? <span className="muted small" dir="auto"> {o.hint}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
