// The article text with every mention marked and linked to its profile, and the sentences events
// were read from wrapped with an id (#s-<offset>) so an event can link to its exact sentence.
// Spans come from the database and index the original text exactly.
import Link from "next/link";

export interface Mark {
  start: number;
  end: number;
  kind: string;
  title: string;
  href?: string;
}

export interface Sentence {
  start: number;
  end: number;
  label: string;
}

function renderMarks(text: string, from: number, to: number, marks: Mark[]): React.ReactNode[] {
  const parts: React.ReactNode[] = [];
  let pos = from;
  for (const m of marks) {
    if (m.start < pos || m.end > to) continue;
    if (m.start > pos) parts.push(text.slice(pos, m.start));
    const inner = text.slice(m.start, m.end);
    parts.push(
      m.href ? (
        <Link key={`${m.start}-${m.kind}`} href={m.href} className={`mention mention-${m.kind}`} title={m.title} data-kind={m.kind}>{inner}</Link>
      ) : (
        <mark key={`${m.start}-${m.kind}`} className={`mention mention-${m.kind}`} title={m.title} data-kind={m.kind}>{inner}</mark>
      ),
    );
    pos = m.end;
  }
  if (pos < to) parts.push(text.slice(pos, to));
  return parts;
}

export function HighlightedText({ text, marks, sentences = [] }: { text: string; marks: Mark[]; sentences?: Sentence[] }) {
  const sorted = [...marks].filter((m) => m.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: React.ReactNode[] = [];
  let pos = 0;
  for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
    if (s.start < pos || s.end > text.length) continue;
    parts.push(...renderMarks(text, pos, s.start, sorted));
    parts.push(
      <span key={`s-${s.start}`} id={`s-${s.start}`} className="event-sentence" title={s.label}>
        {renderMarks(text, s.start, s.end, sorted)}
      </span>,
    );
    pos = s.end;
  }
  parts.push(...renderMarks(text, pos, text.length, sorted));
  return <div className="article-body">{parts}</div>;
}
