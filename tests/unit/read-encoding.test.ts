// Decoding: UTF-8 with a stray byte or cut mid-character stays UTF-8 (never Windows-1256 mojibake),
// UTF-16 with a BOM is read, NUL anywhere means binary, Windows-1256 Arabic is still read.
import { describe, expect, it } from "vitest";
import { decodeBytes, readArticles, RejectedInput } from "@/lib/ingest/read";

const ARABIC = "قصف الطيران الحربي بلدة سراقب في ريف إدلب الشرقي وقتل ثلاثة مدنيين";
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function rejection(fn: () => unknown): RejectedInput {
  try {
    fn();
  } catch (e) {
    if (e instanceof RejectedInput) return e;
    throw e;
  }
  throw new Error("not rejected");
}

/** Windows-1256 bytes of a text, from the decoder's own table (TextEncoder only writes UTF-8). */
function cp1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch)!));
}

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const out: number[] = endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

describe("decoding", () => {
  it("reads UTF-8 Arabic with one stray 0xFF byte as UTF-8, with a warning", () => {
    const warnings: string[] = [];
    const d = decodeBytes(concat(utf8("قصف الطيران "), [0xff], utf8(ARABIC)), (w) => warnings.push(w));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe(`قصف الطيران \ufffd${ARABIC}`);
    expect(warnings.join()).toMatch(/1 byte sequence/);
  });
  it("reads UTF-8 cut in the middle of a character as UTF-8, with a warning", () => {
    const whole = utf8(ARABIC);
    const warnings: string[] = [];
    const d = decodeBytes(whole.slice(0, whole.length - 1), (w) => warnings.push(w));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe(`${ARABIC.slice(0, -1)}\ufffd`);
    expect(warnings).toHaveLength(1);
  });
  it("reads UTF-16 LE and BE with a byte-order mark", () => {
    for (const endian of ["le", "be"] as const) {
      const d = decodeBytes(utf16(`عنوان\n${ARABIC}`, endian));
      expect(d.encoding).toBe(`utf-16${endian}`);
      expect(d.text).toBe(`عنوان\n${ARABIC}`);
    }
    expect(readArticles("a.txt", utf16(`عنوان\n${ARABIC}`, "le"), 1 << 20).articles[0].title).toBe("عنوان");
  });
  it("rejects a NUL byte anywhere in the file as binary, not only in the first 8 KB", () => {
    const bytes = utf8("a".repeat(12_000));
    bytes[10_000] = 0;
    const r = rejection(() => decodeBytes(bytes));
    expect(r.code).toBe("binary");
    expect(r.reason).toMatch(/^binary file/);
  });
  it("still reads Windows-1256 Arabic (bytes far from UTF-8)", () => {
    const d = decodeBytes(cp1256(ARABIC));
    expect(d.encoding).toBe("windows-1256");
    expect(d.text).toBe(ARABIC);
  });
  it("gives each rejection a stable code as well as its reason", () => {
    const cases: [() => unknown, string, RegExp][] = [
      [() => decodeBytes(new Uint8Array()), "empty", /^empty file/],
      [() => decodeBytes(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00)), "binary", /^binary file/],
      [() => decodeBytes(Uint8Array.of(0xff, 0xfe, 0x41, 0x80, 0x81)), "encoding", /^not valid UTF-8/],
      [() => readArticles("a.txt", new Uint8Array(20).fill(0x41), 10), "too-large", /^file too large/],
      [() => readArticles("a.pdf", utf8("%PDF"), 10), "unsupported", /^unsupported file type/],
      [() => readArticles("a.txt", utf8("  \n "), 10), "no-text", /^no text/],
      [() => readArticles("a.json", utf8("{oops"), 10), "invalid-json", /^invalid JSON/],
    ];
    for (const [fn, code, reason] of cases) {
      const r = rejection(fn);
      expect(r.code).toBe(code);
      expect(r.reason).toMatch(reason);
      expect(r.toJSON()).toEqual({ code, message: r.reason });
    }
  });
});
