// Navigation and labels as data, in one place.
export const site = {
  name: "مرصد الأحداث السورية",
  description: "لوحة لقراءة الأخبار العربية عن النزاع في سوريا: الأماكن والفاعلون والأحداث، مع مصدر كل معلومة.",
  /** How often the open views ask for new data (collected articles arrive on their own schedule). */
  refreshSeconds: 60,
  nav: [
    { href: "/", label: "نظرة عامة" },
    { href: "/map", label: "الخريطة" },
    { href: "/events", label: "الأحداث" },
    { href: "/actors", label: "الفاعلون" },
    { href: "/articles", label: "المقالات" },
    { href: "/compare", label: "مقارنة" },
    { href: "/views", label: "العروض المحفوظة" },
    { href: "/review", label: "المراجعة" },
    { href: "/upload", label: "إضافة مقالات" },
    { href: "/sources", label: "المصادر" },
  ],
};

export const UNKNOWN_DATE = "غير محدد";
