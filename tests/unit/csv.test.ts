import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvLine } from "@/lib/export/csv";

/** A strict RFC 4180 reader, to check that what we write reads back as the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"' && cell === "") (quoted = true), i++;
    else if (c === ",") row.push(cell), (cell = ""), i++;
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), (i += 2);
    else if (c === '"' || c === "\r" || c === "\n") throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (cell += c), i++;
  }
  if (cell !== "" || row.length) throw new Error("unterminated line");
  return rows;
}

describe("csvCell", () => {
  it("writes null and undefined as empty cells", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("writes numbers as they are, negative ones included", () => {
    expect(csvCell(0)).toBe("0");
    expect(csvCell(17)).toBe("17");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(36.6339)).toBe("36.6339");
    expect(csvCell(-0.5)).toBe("-0.5");
  });

  it("passes plain and Arabic text through unchanged, the Arabic comma included", () => {
    expect(csvCell("Battles")).toBe("Battles");
    expect(csvCell("قصف مدفعي على بلدة سراقب في ريف إدلب الشرقي")).toBe("قصف مدفعي على بلدة سراقب في ريف إدلب الشرقي");
    expect(csvCell("حلب، إدلب؛ حماة")).toBe("حلب، إدلب؛ حماة");
    expect(csvCell("٢٠١٩-٠٤-٢٦")).toBe("٢٠١٩-٠٤-٢٦");
    expect(csvCell("2019-04-26")).toBe("2019-04-26");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("quotes cells holding a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvCell("Explosions, remote violence")).toBe('"Explosions, remote violence"');
    expect(csvCell('قال "المرصد السوري"')).toBe('"قال ""المرصد السوري"""');
    expect(csvCell('"')).toBe('""""');
    expect(csvCell("السطر الأول\nالسطر الثاني")).toBe('"السطر الأول\nالسطر الثاني"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell("a\rb")).toBe('"a\rb"');
  });

  it.each(["=1+1", "+963 11 2345678", "-5", "@SUM(A1:A9)", "=cmd|' /C calc'!A0", "\t=1", "-قصف"])(
    "prefixes the text cell %j, which a spreadsheet would read as a formula, with an apostrophe",
    (cell) => {
      expect(csvCell(cell)).toBe(`'${cell}`);
    },
  );

  it("guards a formula and still quotes it when it holds commas or quotes", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","انقر")')).toBe('"\'=HYPERLINK(""http://evil.example"",""انقر"")"');
    expect(csvCell("\r=1")).toBe("\"'\r=1\"");
  });

  it("guards only the start of a cell", () => {
    expect(csvCell("a-b")).toBe("a-b");
    expect(csvCell("مقتل 3 + إصابة 5")).toBe("مقتل 3 + إصابة 5");
    expect(csvCell("info@example.org")).toBe("info@example.org");
  });
});

describe("csvLine", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvLine(["2019-04-26", "Battles", 12, null, "سراقب"])).toBe("2019-04-26,Battles,12,,سراقب\r\n");
    expect(csvLine([])).toBe("\r\n");
  });

  it("reads back as the same cells, formula cells apart from their apostrophe", () => {
    const cells = ["2016-12-13", 'قال "الدفاع المدني": 82 قتيلاً', "حلب, الشرقية", "سطر\nثانٍ", "=2+3", 4, null, "-", "@x", "  مسافات  "];
    const text = csvLine(cells) + csvLine(["id", 7]);
    expect(readCsv(text)).toEqual([
      ["2016-12-13", 'قال "الدفاع المدني": 82 قتيلاً', "حلب, الشرقية", "سطر\nثانٍ", "'=2+3", "4", "", "'-", "'@x", "  مسافات  "],
      ["id", "7"],
    ]);
  });
});

describe("BOM", () => {
  it("is the UTF-8 byte-order mark, so Excel reads Arabic as UTF-8", () => {
    expect(BOM).toBe("\uFEFF");
    expect([...new TextEncoder().encode(BOM + csvLine(["إدلب"]))].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  });
});
