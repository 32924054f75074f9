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

// ACLED's sub-event types in Arabic, the labels analysts read in tables, popups and filters (the
// English name stays the stored value and the CSV column). Every sub-type ACLED defines is here, not
// only those the extractor emits today, so a new lexicon entry never shows up in English.
export const SUB_TYPE_LABELS: Record<string, string> = {
  // Battles
  "Armed clash": "اشتباك مسلح",
  "Government regains territory": "استعادة الحكومة لأرض",
  "Non-state actor overtakes territory": "سيطرة جماعة غير حكومية على أرض",
  // Explosions/Remote violence
  "Chemical weapon": "سلاح كيميائي",
  "Air/drone strike": "غارة جوية أو بمسيّرة",
  "Suicide bomb": "تفجير انتحاري",
  "Shelling/artillery/missile attack": "قصف مدفعي أو صاروخي",
  "Remote explosive/landmine/IED": "عبوة ناسفة أو لغم",
  "Grenade": "قنبلة يدوية",
  // Violence against civilians
  "Sexual violence": "عنف جنسي",
  "Attack": "اعتداء",
  "Abduction/forced disappearance": "خطف أو إخفاء قسري",
  // Protests
  "Peaceful protest": "احتجاج سلمي",
  "Protest with intervention": "احتجاج مع تدخل",
  "Excessive force against protesters": "قوة مفرطة ضد المحتجين",
  // Riots
  "Violent demonstration": "تظاهرة عنيفة",
  "Mob violence": "عنف جماعي",
  // Strategic developments
  "Agreement": "اتفاق",
  "Arrests": "اعتقالات",
  "Change to group/activity": "تغيّر في جماعة أو نشاطها",
  "Disrupted weapons use": "إحباط استخدام سلاح",
  "Headquarters or base established": "إنشاء مقر أو قاعدة",
  "Looting/property destruction": "نهب أو تدمير ممتلكات",
  "Non-violent transfer of territory": "انتقال أرض دون قتال",
  "Other": "تطورات أخرى",
};

/** The Arabic label of an ACLED sub-type; an unknown one is shown as stored rather than hidden. */
export const subTypeLabel = (acled: string) => SUB_TYPE_LABELS[acled] ?? acled;

/** ACLED's sub-types of each type (the choices an analyst has when correcting an event's type). */
export const SUB_TYPES_BY_TYPE: Record<string, string[]> = {
  "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  "Riots": ["Violent demonstration", "Mob violence"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

/** An event's review status in Arabic (the stored value stays English: the `status` filter, the CSV). */
export const REVIEW_STATUS_LABELS: Record<string, string> = {
  unreviewed: "لم يُراجَع",
  confirmed: "مؤكَّد",
  corrected: "مصحَّح",
  rejected: "مرفوض",
};

/** Why an analyst rejects an event. "duplicate" carries the number of the event it repeats. */
export const REJECT_REASONS: Record<string, string> = {
  not_event: "ليس حدثاً",
  wrong_place: "مكان خاطئ",
  duplicate: "تكرار لحدث آخر",
  out_of_scope: "خارج النطاق",
};

/** The roles an actor plays in an event (EventActor.role, as the extractor writes them and editors correct them). */
export const EVENT_ACTOR_ROLES = ["actor1", "actor2", "associated"] as const;
export const EVENT_ACTOR_ROLE_LABELS: Record<string, string> = { actor1: "الطرف الأول", actor2: "الطرف الثاني", associated: "طرف مرتبط" };
