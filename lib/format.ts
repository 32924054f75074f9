// Display formats shared by pages: Arabic dates with an honest "unknown".
import { UNKNOWN_DATE } from "@/config/site";

const dateFormat = new Intl.DateTimeFormat("ar-SY-u-nu-latn", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return UNKNOWN_DATE;
  return dateFormat.format(typeof d === "string" ? new Date(d) : d);
}

export const ACTOR_KIND_LABELS: Record<string, string> = {
  person: "شخص", state: "دولة", government_forces: "قوات حكومية", armed_group: "جماعة مسلحة", political_body: "هيئة سياسية",
  international_org: "منظمة دولية", media: "وسيلة إعلام", civil_society: "مجتمع مدني",
};

export const EVENT_TYPE_LABELS: Record<string, string> = {
  "Battles": "معارك", "Explosions/Remote violence": "انفجارات وعنف عن بعد", "Violence against civilians": "عنف ضد المدنيين",
  "Protests": "احتجاجات", "Riots": "أعمال شغب", "Strategic developments": "تطورات استراتيجية",
};
