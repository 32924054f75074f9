// The article text with every mention marked and linked; spans come from the database and index the
// original text exactly, so what is highlighted is what extraction read.
interface Mark {
  start: number;
  end: number;
  kind: string;
  title: string;
}

export function HighlightedText({ text, marks }: { text: string; marks: Mark[] }) {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: React.ReactNode[] = [];
  let pos = 0;
  for (const m of sorted) {
    if (m.start < pos || m.end > text.length) continue;
    if (m.start > pos) parts.push(text.slice(pos, m.start));
    parts.push(
      <mark key={`${m.start}-${m.kind}`} className={`mention mention-${m.kind}`} title={m.title} data-kind={m.kind}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    pos = m.end;
  }
  parts.push(text.slice(pos));
  return <div className="article-body">{parts}</div>;
}
