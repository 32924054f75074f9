// The bad inputs of the hardening issue, shared by the CLI and the upload halves of the bad-input
// suite: each file, and what ingestion must say about it (the CLI's code and English reason, the
// upload page's Arabic reason). Every one of them must leave the database's row counts as they were.
import { readFileSync } from "node:fs";

export const LIMIT = 20_000; // INGEST_MAX_BYTES for these tests

const article = readFileSync("tests/fixtures/articles/h01_sohr_idlib_hama_airstrikes.txt");
const arabic = article.toString("utf8");

export interface BadCase {
  file: string;
  bytes: Uint8Array;
  code: string;
  /** The start of the CLI's English reason. */
  reason: RegExp;
  /** The upload page's Arabic reason. */
  ar: RegExp;
}

export const REJECTED: BadCase[] = [
  { file: "empty.txt", bytes: new Uint8Array(), code: "empty", reason: /^empty file/, ar: /^ملف فارغ$/ },
  { file: "blank.txt", bytes: Buffer.from("  \n\n \t"), code: "empty|no-text", reason: /^(empty file|no text)/, ar: /^(ملف فارغ|لا نص في الملف)/ },
  { file: "binary.txt", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x01]), code: "binary", reason: /^binary file/, ar: /^ملف ثنائي وليس نصاً$/ },
  // NUL bytes past the first 8 KB: the whole file is checked, not its head.
  { file: "late-nul.txt", bytes: Buffer.concat([Buffer.from("قصف ".repeat(1500)), Buffer.from([0]), Buffer.from("نص")]), code: "binary", reason: /^binary file/, ar: /^ملف ثنائي وليس نصاً$/ },
  { file: "latin1.txt", bytes: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x80]), code: "encoding", reason: /^not valid UTF-8/, ar: /^الترميز ليس UTF-8 ولا Windows-1256 عربياً$/ },
  { file: "huge.txt", bytes: Buffer.from("قصف ".repeat(4000)), code: "too-large|input", reason: /^file too large/, ar: new RegExp(`^الملف أكبر من الحد .*${LIMIT}`) },
  { file: "broken.json", bytes: Buffer.from("{not json"), code: "invalid-json", reason: /^invalid JSON/, ar: /^JSON غير صالح$/ },
  { file: "nobody.json", bytes: Buffer.from(JSON.stringify({ title: "بلا نص" })), code: "invalid-json", reason: /^JSON item 1 has no "body"/, ar: /^العنصر 1 في JSON بلا نص/ },
  { file: "notes.docx", bytes: Buffer.from("نص عادي"), code: "unsupported", reason: /^unsupported file type/, ar: /^نوع ملف غير مدعوم/ },
];

/** Read and stored, each with what must be true of the stored article. */
export const ACCEPTED = {
  /** Notepad's "Unicode": UTF-16 LE with a BOM, read as text (it was rejected as binary). */
  utf16: { file: "utf16.txt", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(arabic.replace("\n", " نسخة UTF-16\n"), "utf16le")]) },
  /** A bad optional publishedAt is ignored with a warning, not a rejection, and 30 February is no date. */
  badDate: { file: "bad-date.json", bytes: Buffer.from(JSON.stringify({ title: "تاريخ خاطئ", body: `${arabic}\nنسخة التاريخ`, publishedAt: "2019-02-30" })) },
};

/** A file already stored: reported as unchanged, nothing written. */
export const duplicateOf = (seed: string) => ({ file: "duplicate.txt", bytes: readFileSync(seed) });
