// ACLED's six event types as the dashboard shows them: a short slug for URLs, the Arabic label and a
// colour that stays distinguishable for colour-blind readers (Okabe–Ito based).
export interface EventTypeInfo {
  slug: string;
  acled: string;
  label: string;
  color: string;
}

export const EVENT_TYPES: EventTypeInfo[] = [
  { slug: "battles", acled: "Battles", label: "معارك", color: "#d55e00" },
  { slug: "explosions", acled: "Explosions/Remote violence", label: "انفجارات وعنف عن بعد", color: "#0072b2" },
  { slug: "civilians", acled: "Violence against civilians", label: "عنف ضد المدنيين", color: "#8e3b8f" },
  { slug: "protests", acled: "Protests", label: "احتجاجات", color: "#009e73" },
  { slug: "riots", acled: "Riots", label: "أعمال شغب", color: "#e69f00" },
  { slug: "strategic", acled: "Strategic developments", label: "تطورات استراتيجية", color: "#5f6b76" },
];

export const TYPE_BY_SLUG = new Map(EVENT_TYPES.map((t) => [t.slug, t]));
export const TYPE_BY_ACLED = new Map(EVENT_TYPES.map((t) => [t.acled, t]));

export const typeLabel = (acled: string) => TYPE_BY_ACLED.get(acled)?.label ?? acled;
export const typeColor = (acled: string) => TYPE_BY_ACLED.get(acled)?.color ?? "#888888";
