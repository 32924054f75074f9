// Ingestion's rejection reasons (English, as the CLI prints them) in the upload page's Arabic.
const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^empty file/, () => "ملف فارغ"],
  [/^no text/, () => "لا نص في الملف (فارغ أو مسافات فقط)"],
  [/^binary file/, () => "ملف ثنائي وليس نصاً"],
  [/^not valid UTF-8/, () => "الترميز ليس UTF-8 ولا Windows-1256 عربياً"],
  [/^file too large \((\d+) bytes; the limit is (\d+)\)/, (m) => `الملف أكبر من الحد (${m[1]} بايت، والحد ${m[2]})`],
  [/^unsupported file type/, () => "نوع ملف غير مدعوم (استخدم \u2066.txt\u2069 أو \u2066.html\u2069 أو \u2066.json\u2069)"],
  [/^invalid JSON/, () => "JSON غير صالح"],
  [/^JSON array is empty/, () => "مصفوفة JSON فارغة"],
  [/^JSON item (\d+) has no "body"/, (m) => `العنصر ${m[1]} في JSON بلا نص (body)`],
];

export function reasonAr(reason: string): string {
  for (const [re, say] of RULES) {
    const m = reason.match(re);
    if (m) return say(m);
  }
  return `تعذّر الحفظ: ${reason.replace(/^could not be saved:\s*/, "")}`;
}

// The database's refusals, by code (lib/ingest/save-error.ts): not the file's fault, so each says what to do.
const STORAGE_AR: Record<string, string> = {
  db_busy: "قاعدة البيانات مشغولة بكتابة أخرى؛ أعد المحاولة بعد قليل",
  db_full: "لا مساحة كافية على القرص لقاعدة البيانات؛ لم يُحفظ الملف",
  db_readonly: "قاعدة البيانات للقراءة فقط الآن؛ لم يُحفظ الملف",
  db_io: "تعذّرت الكتابة على القرص؛ لم يُحفظ الملف",
  db_corrupt: "ملف قاعدة البيانات تالف؛ لم يُحفظ الملف",
  db_error: "تعذّر الحفظ في قاعدة البيانات",
};

/** A rejection in Arabic: by code when the database refused the write, else by the file's reason. */
export function rejectionAr(r: { reason: string; code?: string; kind?: string }): string {
  if (r.kind === "storage") return STORAGE_AR[r.code ?? ""] ?? STORAGE_AR.db_error;
  return reasonAr(r.reason);
}
