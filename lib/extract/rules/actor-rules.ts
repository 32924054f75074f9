// When a state's name is a place, not an actor: it is still found as a place, but names no party.
// Data: the words before the name that make it a place, an example and why.
export interface StateAsPlaceRule {
  id: string;
  /** one of these words within the two tokens before the name */
  before: readonly string[];
  example: string;
  reason: string;
}

export const STATE_AS_PLACE_RULES: readonly StateAsPlaceRule[] = [
  { id: "based-in", before: ["مقره", "مقرها", "ومقره", "ومقرها", "مقرّه", "ومقرّه", "مقرهم"],
    example: "ونقل المرصد الذي مقره في بريطانيا عن مصادر طبية في عفرين أن ستة أشخاص أصيبوا.", reason: "where a body is based locates it; the country takes no part" },
  { id: "in-country", before: ["في", "إلى", "الى", "نحو", "باتجاه", "داخل", "أراضي", "الأراضي", "عاصمة", "العاصمة", "حدود", "الحدود", "لاجئي", "اللاجئين"],
    example: "ويسيطر مقاتلو المعارضة على مناطق تقع على الحدود مع تركيا.", reason: "a country named as where something is, or as a border, is a place" },
];

/** A dateline: "دبي، الإمارات العربية المتحدة (CNN)--": the country where the report was filed. */
export const DATELINE_AFTER = /^[\s\u200f]*(?:\(|\[|-{2}|–\s*\()/;
