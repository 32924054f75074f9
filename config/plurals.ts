// Arabic number agreement for the counts the dashboard prints («قتيلان»، «3 قتلى»، «11 قتيلاً»،
// «100 قتيل»). The category comes from Intl.PluralRules("ar") (CLDR: zero, one, two, few = 3–10,
// many = 11–99, other = 100, 101, 102…), so 103 is «103 قتلى» and 111 «111 قتيلاً» as Arabic wants.
// Each noun is data: its forms, with an example of each in the comment.
type Form = Intl.LDMLPluralRule;

interface Noun {
  /** «قتيل واحد» — the dual and the singular carry the number themselves, so no digit is printed. */
  one: string;
  /** «قتيلان» */
  two: string;
  /** «3 قتلى» (3–10, and 103–110…): the plural. */
  few: string;
  /** «11 قتيلاً» (11–99…): the accusative singular. */
  many: string;
  /** «100 قتيل», and «0 قتيل»: the genitive singular. */
  other: string;
}

export const NOUNS = {
  killed: { one: "قتيل واحد", two: "قتيلان", few: "قتلى", many: "قتيلاً", other: "قتيل" },
  injured: { one: "جريح واحد", two: "جريحان", few: "جرحى", many: "جريحاً", other: "جريح" },
  arrested: { one: "معتقل واحد", two: "معتقلان", few: "معتقلين", many: "معتقلاً", other: "معتقل" },
  event: { one: "حدث واحد", two: "حدثان", few: "أحداث", many: "حدثاً", other: "حدث" },
  article: { one: "مقال واحد", two: "مقالان", few: "مقالات", many: "مقالاً", other: "مقال" },
  place: { one: "مكان واحد", two: "مكانان", few: "أماكن", many: "مكاناً", other: "مكان" },
  view: { one: "عرض واحد", two: "عرضان", few: "عروض", many: "عرضاً", other: "عرض" },
  source: { one: "مصدر واحد", two: "مصدران", few: "مصادر", many: "مصدراً", other: "مصدر" },
  minute: { one: "دقيقة واحدة", two: "دقيقتان", few: "دقائق", many: "دقيقة", other: "دقيقة" },
  mention: { one: "إشارة واحدة", two: "إشارتان", few: "إشارات", many: "إشارة", other: "إشارة" },
  file: { one: "ملف واحد", two: "ملفان", few: "ملفات", many: "ملفاً", other: "ملف" },
} satisfies Record<string, Noun>;

export type NounKey = keyof typeof NOUNS;

const rules = new Intl.PluralRules("ar");
const digits = new Intl.NumberFormat("en-US", { useGrouping: true });

/** «2 قتيل» → «قتيلان»: a count with its noun in the agreeing form. */
export function count(n: number, noun: NounKey): string {
  const forms: Noun = NOUNS[noun];
  const form: Form = rules.select(n);
  if (form === "one") return forms.one;
  if (form === "two") return forms.two;
  const word = form === "few" ? forms.few : form === "many" ? forms.many : forms.other;
  return `${digits.format(n)} ${word}`;
}
