// The facts of one event in a line: type, date with its precision, place with its precision, counts.
import Link from "next/link";
import type { EventRow } from "@/lib/api-types";
import { subTypeLabel, typeColor, typeLabel } from "@/lib/event-types";
import { formatDate } from "@/lib/format";
import { DATE_PRECISION, GEO_PRECISION } from "@/lib/precision";
import { count } from "@/config/plurals";

export function EventMeta({ e }: { e: EventRow }) {
  return (
    <div className="event-meta">
      <span className="type-chip" style={{ borderColor: typeColor(e.type) }}>
        <span className="swatch" style={{ background: typeColor(e.type) }} aria-hidden />
        {typeLabel(e.type)}
        {e.subType ? <small className="muted"> · {subTypeLabel(e.subType)}</small> : null}
      </span>
      <span title={e.datePrecision ? DATE_PRECISION[e.datePrecision] : "التاريخ غير معروف"}>
        {e.date ? formatDate(e.date) : "تاريخ غير معروف"}{e.datePrecision && e.datePrecision > 1 ? " (تقريبي)" : ""}
      </span>
      {e.place ? (
        <span title={GEO_PRECISION[e.geoPrecision]}>
          <Link href={`/places/${e.place.id}`}>{e.place.name}</Link>
          {e.geoPrecision > 1 ? ` (${GEO_PRECISION[e.geoPrecision]})` : ""}
        </span>
      ) : (
        <span>مكان غير معروف</span>
      )}
      {e.fatalities ? <span className="count-fatal">{count(e.fatalities, "killed")}</span> : null}
      {e.injured ? <span>{count(e.injured, "injured")}</span> : null}
      {e.arrested ? <span>{count(e.arrested, "arrested")}</span> : null}
    </div>
  );
}
