// Display formats shared by pages: Arabic dates with an honest "unknown".
import { UNKNOWN_DATE } from "@/config/site";

const dateFormat = new Intl.DateTimeFormat("ar-SY-u-nu-latn", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return UNKNOWN_DATE;
  return dateFormat.format(typeof d === "string" ? new Date(d) : d);
}

const dateTimeFormat = new Intl.DateTimeFormat("ar-SY-u-nu-latn", { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** A moment (a collection run, an ingestion), in UTC so the server and every reader agree. */
export function formatDateTime(d: Date | string | null | undefined, never = "لم يحدث بعد"): string {
  if (!d) return never;
  return dateTimeFormat.format(typeof d === "string" ? new Date(d) : d);
}

export const ACTOR_KIND_LABELS: Record<string, string> = {
  person: "شخص", state: "دولة", government_forces: "قوات حكومية", armed_group: "جماعة مسلحة", political_body: "هيئة سياسية",
  international_org: "منظمة دولية", media: "وسيلة إعلام", civil_society: "مجتمع مدني",
};

export const PLACE_KIND_LABELS: Record<string, string> = {
  country: "دولة", governorate: "محافظة", district: "منطقة", city: "مدينة", town: "بلدة", village: "قرية", neighbourhood: "حي",
  camp: "مخيم", crossing: "معبر", mountain: "جبل", plain: "سهل", region: "منطقة جغرافية", dam: "سد", airport: "مطار", base: "قاعدة",
  river: "نهر", hill: "تل", oilfield: "حقل نفط", road: "طريق", prison: "سجن", lake: "بحيرة", island: "جزيرة", place: "مكان",
};

export const PLACE_ORIGIN_LABELS: Record<string, string> = {
  geonames: "GeoNames", supplement: "الملحق المنسّق للمشروع", governorate: "حدود المحافظات", country: "الدول",
  inferred: "مستنتج من كلمة دالة (بلدة، قرية…) ومحدد بمنطقة الجملة", synthetic: "بيانات اصطناعية للاختبار",
};
