// The events read from an article: each with its type, date, place and counts, and a link to its
// sentence on this page (the #s-OFFSET anchor the evidence links use).
import Link from "next/link";
import { count } from "@/config/plurals";
import type { ArticleEvent } from "@/lib/data/articles";
import { subTypeLabel, typeColor, typeLabel } from "@/lib/event-types";
import { formatDate } from "@/lib/format";
import { GEO_PRECISION } from "@/lib/precision";

export function ArticleEvents({ events }: { events: ArticleEvent[] }) {
  return (
    <section className="panel" aria-labelledby="article-events-title" data-testid="article-events">
      <h2 id="article-events-title">الأحداث المقروءة من هذا المقال ({events.length})</h2>
      {events.length === 0 ? <p className="empty-state">لم يُقرأ من هذا المقال أي حدث.</p> : (
        <ol className="plain-list article-events">
          {events.map((e) => (
            <li key={`${e.id}-${e.start}`}>
              <span className="swatch" style={{ background: typeColor(e.type) }} aria-hidden />
              <strong>{typeLabel(e.type)}</strong> <span className="muted small">({subTypeLabel(e.subType)})</span>
              {" · "}{e.date ? formatDate(e.date) : "تاريخ غير معروف"}
              {" · "}{e.place ? <Link href={`/places/${e.place.id}`}>{e.place.nameAr}</Link> : "مكان غير معروف"}
              {e.place && e.geoPrecision > 1 ? <span className="muted small"> ({GEO_PRECISION[e.geoPrecision]})</span> : null}
              {e.fatalities ? <> · <span className="count-fatal">{count(e.fatalities, "killed")}</span></> : null}
              {e.injured ? <> · {count(e.injured, "injured")}</> : null}
              {" · "}<a href={`#s-${e.start}`}>الجملة</a>
              {" · "}<Link href={`/events/${e.id}`} data-testid="correct-event">صحّح الحدث #{e.id}</Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
