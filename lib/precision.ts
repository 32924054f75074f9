// ACLED's precision codes in the interface's words, so every date and point says how sure it is.
export const GEO_PRECISION: Record<number, string> = {
  1: "موقع دقيق",
  2: "قرب المكان أو ضمن منطقته",
  3: "على مستوى المحافظة فقط",
};

export const DATE_PRECISION: Record<number, string> = {
  1: "اليوم معروف",
  2: "الأسبوع معروف",
  3: "الشهر معروف",
};
