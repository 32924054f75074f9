// Navigation and labels as data, in one place.
export const site = {
  name: "مرصد الأحداث السورية",
  description: "لوحة لقراءة الأخبار العربية عن النزاع في سوريا: الأماكن والفاعلون والأحداث، مع مصدر كل معلومة.",
  // The dashboard's views (map, events, actors) join this list as they are built.
  nav: [{ href: "/", label: "المقالات" }],
};

export const UNKNOWN_DATE = "غير محدد";
