// The collector's reasons (English, one line, kept on the source) in Arabic for /sources; the
// original stays beside it for whoever debugs the feed.
const PHRASES: [RegExp, string][] = [
  [/^invalid (feed|sitemap) XML/, "الخلاصة ليست XML صالحاً"],
  [/^no text/, "لا نص في الخلاصة أو الصفحة"],
  [/^the page has no text/, "لا نص في الصفحة"],
  [/^no complete answer within/, "لم يكتمل الرد خلال المهلة"],
  [/^answer too large/, "الرد أكبر من الحد المسموح"],
  [/^robots\.txt forbids/, "ملف robots.txt يمنع الجمع من هذا الرابط"],
  [/^robots\.txt could not be read/, "تعذّرت قراءة ملف robots.txt فتُرك الموقع في هذه الجولة"],
  [/^HTTP \d+/, "أجاب الخادم بخطأ"],
  [/^cannot connect/, "تعذّر الاتصال بالخادم"],
  [/^more than \d+ redirects/, "تحويلات كثيرة"],
  [/^a sitemap index inside/, "فهرس خرائط مواقع داخل فهرس آخر: أضف الفهرس الفرعي مصدراً"],
  [/^could not be saved/, "تعذّر الحفظ في قاعدة البيانات"],
];

function phrase(reason: string): string {
  return PHRASES.find(([re]) => re.test(reason))?.[1] ?? "خطأ غير متوقع";
}

/** «تعذّر جمع صفحتين: …» for page failures, or the phrase of the source's own failure. */
export function collectReasonAr(reason: string): string {
  const pages = reason.match(/^(\d+) page\(s\) failed: (.*)$/);
  if (!pages) return phrase(reason);
  const kinds = [...new Set(pages[2].split(/; (?=https?:\/\/)/).map((p) => phrase(p.replace(/^\S+: /, ""))))];
  return `تعذّر جمع ${pages[1]} من الصفحات (${kinds.join("، ")})`;
}
