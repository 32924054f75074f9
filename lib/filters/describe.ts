// The active filters in one Arabic line, written into exported images and files so a chart read
// out of context still says what it shows.
import { GOVERNORATE_BY_CODE } from "../extract/lexicon/governorates";
import { REVIEW_STATUS_LABELS, TYPE_BY_SLUG } from "../event-types";
import type { Filters } from "./index";

export function describeFilters(f: Filters, names: { actor?: string; place?: string } = {}): string {
  const parts: string[] = [];
  if (f.gov.length) parts.push(`المحافظات: ${f.gov.map((c) => GOVERNORATE_BY_CODE.get(c)?.nameAr ?? c).join("، ")}`);
  // Each date is isolated left-to-right, or the bidi algorithm turns the last one around (31-12-2015).
  const ltr = (s: string) => `\u2066${s}\u2069`;
  if (f.from || f.to) parts.push(`الفترة: ${f.from ? ltr(f.from) : "البداية"} إلى ${f.to ? ltr(f.to) : "اليوم"}`);
  if (f.type.length) parts.push(`النوع: ${f.type.map((s) => TYPE_BY_SLUG.get(s)?.label ?? s).join("، ")}`);
  if (f.actor) parts.push(`الفاعل: ${names.actor ?? `#${f.actor}`}`);
  if (f.place) parts.push(`المكان: ${names.place ?? `#${f.place}`}`);
  if (f.q) parts.push(`النص: «${f.q}»`);
  if (f.status.length) parts.push(`المراجعة: ${f.status.map((s) => REVIEW_STATUS_LABELS[s]).join("، ")}`);
  return parts.length ? parts.join(" · ") : "كل الأحداث، بلا مرشحات";
}
