import { describe, expect, it } from "vitest";
import { reasonAr } from "@/lib/upload/reasons";
import { decode, fromJson, fromText, parseArticles, RejectedInput } from "@/lib/ingest/read";

/** The reason ingestion gives for input it rejects. */
const reasonOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RejectedInput) return e.reason;
    throw e;
  }
  throw new Error("not rejected");
};

const bytes = (s: string) => new TextEncoder().encode(s);
const arabic = /[\u0600-\u06FF]/;
const FALLBACK = "تعذّر الحفظ: ";

describe("reasonAr", () => {
  // Each reason produced by the real code in lib/ingest/read.ts, so a reworded English reason
  // that the table no longer matches fails here rather than showing English on the upload page.
  const produced: [string, () => unknown, string][] = [
    ["empty file", () => decode(new Uint8Array()), "ملف فارغ"],
    ["binary file (NUL bytes)", () => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), "ملف ثنائي وليس نصاً"],
    ["binary file (control characters)", () => fromText("تقرير\u0001\u0002\u0003\u0004 قصير"), "ملف ثنائي وليس نصاً"],
    ["neither UTF-8 nor Windows-1256", () => decode(new Uint8Array([0xff, 0xfe, 0x41, 0x80, 0x81])), "الترميز ليس UTF-8 ولا Windows-1256 عربياً"],
    ["no text", () => parseArticles("a.txt", bytes("  \n\t \n"), 1000), "لا نص في الملف (فارغ أو مسافات فقط)"],
    ["too large", () => parseArticles("تقرير.txt", new Uint8Array(2048).fill(0x41), 1024), "الملف أكبر من الحد (2048 بايت، والحد 1024)"],
    ["unsupported type", () => parseArticles("report.pdf", bytes("%PDF-1.4"), 1000), "نوع ملف غير مدعوم (استخدم \u2066.txt\u2069 أو \u2066.html\u2069 أو \u2066.json\u2069)"],
    ["invalid JSON", () => fromJson('{"title": "قصف",'), "JSON غير صالح"],
    ["empty JSON array", () => fromJson("[]"), "مصفوفة JSON فارغة"],
    ["JSON item without body", () => fromJson('[{"body": "قصف على سراقب"}, {"title": "بلا نص"}, {"body": "x"}]'), "العنصر 2 في JSON بلا نص (body)"],
    ["JSON item with a blank body", () => fromJson('{"title": "عنوان", "body": "   "}'), "العنصر 1 في JSON بلا نص (body)"],
  ];

  it.each(produced)("translates the %s rejection to Arabic", (_, fn, expected) => {
    const reason = reasonOf(fn);
    const ar = reasonAr(reason);
    expect(ar).toBe(expected);
    expect(ar).toMatch(arabic);
    expect(ar.startsWith(FALLBACK)).toBe(false);
  });

  it("carries the sizes of a too-large file into the Arabic", () => {
    expect(reasonAr("file too large (5242881 bytes; the limit is 5242880)")).toBe("الملف أكبر من الحد (5242881 بايت، والحد 5242880)");
  });

  it("carries the item number of a JSON array into the Arabic", () => {
    expect(reasonAr('JSON item 17 has no "body" text')).toBe("العنصر 17 في JSON بلا نص (body)");
  });

  it("translates the reason literals of lib/ingest/read.ts", () => {
    for (const reason of [
      "empty file",
      "binary file (contains NUL bytes)",
      "not valid UTF-8 and not Windows-1256 Arabic text",
      "no text (the file is empty or only white space)",
      "binary file (control characters)",
      "invalid JSON: Unexpected end of JSON input",
      "JSON array is empty",
      'JSON item 1 has no "body" text',
      "unsupported file type (use .txt, .html or .json)",
      "file too large (10 bytes; the limit is 5)",
    ])
      expect(reasonAr(reason).startsWith(FALLBACK), reason).toBe(false);
  });

  it("falls back to the original text for a reason it does not know", () => {
    expect(reasonAr("could not be saved: database is locked")).toBe("تعذّر الحفظ: database is locked");
    expect(reasonAr("something new")).toBe("تعذّر الحفظ: something new");
    expect(reasonAr("")).toBe("تعذّر الحفظ: ");
  });

  it("matches reasons at their start only", () => {
    expect(reasonAr("not an empty file")).toBe("تعذّر الحفظ: not an empty file");
  });
});
