// The active filters in one Arabic line, written into exported images and files so a chart read
// out of context still says what it shows.
import { GOVERNORATE_BY_CODE } from "../extract/lexicon/governorates";
import { REVIEW_STATUS_LABELS, subTypeLabel, TYPE_BY_SLUG } from "../event-types";
import { DATE_PRECISION, GEO_PRECISION } from "../precision";
import type { Filters } from "./index";

export function describeFilters(f: Filters, names: { actor?: string; place?: string } = {}): string {
  const parts: string[] = [];
  if (f.gov.length) parts.push(`المحافظات: ${f.gov.map((c) => GOVERNORATE_BY_CODE.get(c)?.nameAr ?? c).join("، ")}`);
  // Each date is isolated left-to-right, or the bidi algorithm turns the last one around (31-12-2015).
  const ltr = (s: string) => `\u2066${s}\u2069`;
  if (f.from || f.to) parts.push(`الفترة: ${f.from ? ltr(f.from) : "البداية"} إلى ${f.to ? ltr(f.to) : "اليوم"}`);
  if (f.type.length) parts.push(`النوع: ${f.type.map((s) => TYPE_BY_SLUG.get(s)?.label ?? s).join("، ")}`);
  if (f.sub.length) parts.push(`النوع الفرعي: ${f.sub.map(subTypeLabel).join("، ")}`);
  if (f.actor) {
    const role = f.role === "actor1" ? " (فاعلاً أول)" : f.role === "actor2" ? " (طرفاً ثانياً)" : "";
    parts.push(`الفاعل: ${names.actor ?? `#${f.actor}`}${role}`);
  }
  if (f.place) parts.push(`المكان: ${names.place ?? `#${f.place}`}`);
  if (f.q) parts.push(`النص: «${f.q}»`);
  if (f.minFatal) parts.push(`القتلى: ${ltr(String(f.minFatal))} على الأقل`);
  if (f.geo.length) parts.push(`دقة الموقع: ${f.geo.map((c) => GEO_PRECISION[c] ?? c).join("، ")}`);
  if (f.time.length) parts.push(`دقة التاريخ: ${f.time.map((c) => DATE_PRECISION[c] ?? c).join("، ")}`);
  if (f.noSynth) parts.push("دون البيانات الاصطناعية");
  if (f.status.length) parts.push(`المراجعة: ${f.status.map((s) => REVIEW_STATUS_LABELS[s]).join("، ")}`);
  return parts.length ? parts.join(" · ") : "كل الأحداث، بلا مرشحات";
}
