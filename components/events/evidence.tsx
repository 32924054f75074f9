// An event's sentence with its places and actors highlighted and linked to their pages, and a link
// to the article at that sentence.
import Link from "next/link";
import type { EventRow } from "@/lib/api-types";

export function Evidence({ event }: { event: Pick<EventRow, "evidence" | "highlights" | "source" | "sourceCount"> }) {
  const parts: React.ReactNode[] = [];
  let pos = 0;
  for (const h of [...event.highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < pos) continue;
    if (h.start > pos) parts.push(event.evidence.slice(pos, h.start));
    parts.push(
      <Link key={`${h.kind}-${h.start}`} href={`/${h.kind === "place" ? "places" : "actors"}/${h.id}`} className={`mention mention-${h.kind}`}>
        {event.evidence.slice(h.start, h.end)}
      </Link>,
    );
    pos = h.end;
  }
  parts.push(event.evidence.slice(pos));
  return (
    <blockquote className="evidence">
      <span>{parts}</span>
      {event.source ? (
        <Link className="source-link" href={`/articles/${event.source.articleId}#s-${event.source.start}`} title={event.source.title}>
          المصدر{event.sourceCount > 1 ? ` (+${event.sourceCount - 1})` : ""}
        </Link>
      ) : null}
    </blockquote>
  );
}
