// The corpus readers (.jsonl, .csv): one record at a time from a stream, each bad record reported with
// its line while the rest go on, and the shapes real exports come in (BOM, CRLF, quoted newlines).
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { corpusFormatOf, parseColumnMap, readCorpus, type ColumnMap, type CorpusItem } from "@/lib/ingest/corpus";
import { RejectedInput } from "@/lib/ingest/read";

// Split into small chunks so a record (and a \r\n) straddles chunk boundaries, as in a real file.
const stream = (text: string, chunk = 7) => {
  const bytes = Buffer.from(text, "utf8");
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  return Readable.from(parts);
};

async function all(format: "jsonl" | "csv", text: string, map?: ColumnMap): Promise<CorpusItem[]> {
  const out: CorpusItem[] = [];
  for await (const item of readCorpus(format, stream(text), { map, maxRecordBytes: 10_000 })) out.push(item);
  return out;
}

describe("jsonl reader", () => {
  it("reads one article a line, with the same article shape as the JSON reader", async () => {
    const items = await all("jsonl", [
      JSON.stringify({ title: "قصف على سراقب", body: "قصف مدفعي على سراقب.", date: "2019-05-04", url: "https://x.example/1", source: "عنب بلدي" }),
      JSON.stringify({ body: "اشتباكات في درعا.\nتفاصيل.", publishedAt: "2020-01-02T10:00:00+03:00" }),
    ].join("\n"));
    expect(items).toEqual([
      { line: 1, article: { title: "قصف على سراقب", body: "قصف على سراقب\n\nقصف مدفعي على سراقب.", publishedAt: "2019-05-04", url: "https://x.example/1", source: "عنب بلدي" } },
      { line: 2, article: { title: "اشتباكات في درعا.", body: "اشتباكات في درعا.\nتفاصيل.", publishedAt: "2020-01-02", url: null, source: null } },
    ]);
  });

  it("reports each bad line with its number and goes on", async () => {
    const items = await all("jsonl", [
      JSON.stringify({ body: "أول" }),
      "{not json",
      JSON.stringify({ title: "بلا نص" }),
      JSON.stringify({ body: "   " }),
      "[1, 2]",
      "",
      JSON.stringify({ body: "آخر" }),
    ].join("\n"));
    expect(items.map((i) => [i.line, i.article?.body ?? i.reason])).toEqual([
      [1, "أول"],
      [2, expect.stringMatching(/^invalid JSON/)],
      [3, 'no "body" text'],
      [4, expect.stringMatching(/body.*no body text/)],
      [5, expect.stringMatching(/expected object/i)],
      [7, "آخر"],
    ]);
  });

  it("takes a BOM and CRLF line ends, and refuses a line over the record limit", async () => {
    const items = await all("jsonl", `\ufeff${JSON.stringify({ body: "أ" })}\r\n${JSON.stringify({ body: "ب".repeat(6000) })}\r\n${JSON.stringify({ body: "ج" })}\r\n`);
    expect(items.map((i) => [i.line, i.article?.body ?? i.reason])).toEqual([
      [1, "أ"],
      [2, expect.stringMatching(/^line too large \(\d+ bytes; the limit is 10000\)/)],
      [3, "ج"],
    ]);
  });
});

describe("csv reader", () => {
  // Rows are numbered header = 1; a row whose field holds a newline is still one row.
  it("reads columns by the map, with quoted newlines, quotes, CRLF and a BOM", async () => {
    const csv = '\ufeffheadline,text,day,link,outlet\r\n"قصف على سراقب","السطر الأول\r\nوالثاني، مع ""اقتباس""",2019-05-04,https://x.example/1,عنب بلدي\r\nاشتباكات,نص ثان,,,\r\n';
    const items = await all("csv", csv, parseColumnMap("title=headline,body=text,date=day,url=link,source=outlet"));
    expect(items).toEqual([
      { line: 2, article: { title: "قصف على سراقب", body: 'قصف على سراقب\n\nالسطر الأول\r\nوالثاني، مع "اقتباس"', publishedAt: "2019-05-04", url: "https://x.example/1", source: "عنب بلدي" } },
      { line: 3, article: { title: "اشتباكات", body: "اشتباكات\n\nنص ثان", publishedAt: null, url: null, source: null } },
    ]);
  });

  it("without a map, takes columns named after the fields (date also as publishedAt)", async () => {
    const items = await all("csv", "body,publishedAt,extra\nنص,2021-03-04,x\n");
    expect(items).toEqual([{ line: 2, article: { title: "نص", body: "نص", publishedAt: "2021-03-04", url: null, source: null } }]);
  });

  it("reports a row with the wrong number of fields or an empty body by its line, and goes on", async () => {
    const items = await all("csv", 'title,body\nأ,نص أول\nب\n"ج",\nد,نص آخر\n');
    expect(items.map((i) => [i.line, i.article?.title ?? i.reason])).toEqual([
      [2, "أ"],
      [3, expect.stringMatching(/Invalid Record Length/i)],
      [4, expect.stringMatching(/no body text/)],
      [5, "د"],
    ]);
  });

  it("rejects the file when a mapped column or the body column is missing", async () => {
    await expect(all("csv", "headline,text\nأ,ب\n", { body: "content" })).rejects.toThrow(RejectedInput);
    await expect(all("csv", "headline,text\nأ,ب\n", { body: "content" })).rejects.toThrow(/no column "content" \(for body\); its columns: headline, text/);
    await expect(all("csv", "headline,text\nأ,ب\n")).rejects.toThrow(/no body column/);
  });

  it("parses --map and refuses a bad entry", () => {
    expect(parseColumnMap("title=h, body=Text ,url=link")).toEqual({ title: "h", body: "Text", url: "link" });
    expect(() => parseColumnMap("body")).toThrow(/bad --map entry "body"/);
    expect(() => parseColumnMap("author=a")).toThrow(/FIELD one of title, body, date, url, source/);
  });

  it("knows corpus files by extension", () => {
    expect([corpusFormatOf("a/b.JSONL"), corpusFormatOf("x.ndjson"), corpusFormatOf("x.csv"), corpusFormatOf("x.json"), corpusFormatOf("csv")]).toEqual(["jsonl", "jsonl", "csv", null, null]);
  });
});
