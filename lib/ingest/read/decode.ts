// Bytes to text. UTF-8 first; UTF-16 only with its byte-order mark; Windows-1256 (which Arabic
// sites still serve) only when the bytes are far from UTF-8 and read as Arabic. A UTF-8 file with a
// stray byte or cut mid-character is still UTF-8: decoding it as Windows-1256 would store mojibake.
import { RejectedInput, type Warn, ignoreWarnings } from "./rejected";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1256";

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");
const cp1256 = new TextDecoder("windows-1256");

/** At most this share of the non-ASCII characters may be replacement characters for "near-valid" UTF-8. */
const NEAR_VALID_BAD_SHARE = 0.05;

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

function utf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string | null {
  try {
    return stripBom(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return null; // lone surrogates: the mark was a coincidence, read the bytes as 8-bit text
  }
}

/** UTF-8 with a few bad bytes: many well-formed non-ASCII characters, few replacement characters. */
function nearValidUtf8(bytes: Uint8Array): { text: string; bad: number } | null {
  const text = stripBom(lenientUtf8.decode(bytes));
  let bad = 0;
  let good = 0;
  for (const ch of text) {
    if (ch === "\ufffd") bad++;
    else if (ch.charCodeAt(0) >= 0x80) good++;
  }
  return good > 0 && bad <= good * NEAR_VALID_BAD_SHARE + 1 ? { text, bad } : null;
}

function isArabicText(text: string): boolean {
  const arabic = (text.match(/[\u0621-\u064A]/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return arabic >= 20 && arabic / Math.max(letters, 1) > 0.5;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export function decodeBytes(bytes: Uint8Array, warn: Warn = ignoreWarnings): Decoded {
  if (bytes.length === 0) throw new RejectedInput("empty file", "empty");
  const wide = utf16(bytes);
  if (wide) {
    const text = decodeUtf16(bytes, wide);
    if (text !== null) return { text, encoding: wide };
  }
  // Text never holds NUL; anywhere in the file (not only its start) it means binary.
  if (bytes.includes(0)) throw new RejectedInput("binary file (contains NUL bytes)", "binary");
  try {
    return { text: stripBom(fatalUtf8.decode(bytes)), encoding: "utf-8" };
  } catch {
    // not strict UTF-8: near-valid UTF-8, or another encoding
  }
  const near = nearValidUtf8(bytes);
  if (near) {
    warn(`invalid UTF-8: ${near.bad} byte sequence(s) replaced with U+FFFD`);
    return { text: near.text, encoding: "utf-8" };
  }
  const text = cp1256.decode(bytes);
  if (isArabicText(text)) return { text, encoding: "windows-1256" };
  throw new RejectedInput("not valid UTF-8 and not Windows-1256 Arabic text", "encoding");
}

/** The text of a file's bytes (see decodeBytes); kept for callers that only want the string. */
export function decode(bytes: Uint8Array, warn: Warn = ignoreWarnings): string {
  return decodeBytes(bytes, warn).text;
}
