// The collector's pure parts: polling intervals, what an answer is, feeds with the faults real Arabic
// sites serve, and the Arabic wording of each failure.
import { describe, expect, it } from "vitest";
import { feedEntries, kindOf, sitemapDocument, sitemapEntries } from "@/lib/collect/entries";
import { decodeAnswer } from "@/lib/collect/decode";
import { collectReasonAr } from "@/lib/collect/reasons-ar";
import { parseInterval } from "@/lib/collect/sources";
import { CollectError } from "@/lib/collect/fetch";

describe("polling intervals", () => {
  it("reads minutes, hours and days within one minute to seven days", () => {
    expect(["15m", "90", "2h", "1d", "7d"].map(parseInterval)).toEqual([15, 90, 120, 1440, 10080]);
    expect(["0m", "8d", "15 weeks", "", "-5"].map(parseInterval)).toEqual([null, null, null, null, null]);
  });
});

describe("what a source answers", () => {
  it("tells a feed, a sitemap and a page apart by content", () => {
    expect(kindOf('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')).toBe("feed");
    expect(kindOf('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe("feed");
    expect(kindOf('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')).toBe("sitemap");
    expect(kindOf("<!doctype html><html><body>خبر</body></html>")).toBe("page");
  });

  it("reads a feed with bare ampersands, HTML in titles, relative links and no dates", () => {
    const xml = `<rss version="2.0"><channel><title>أخبار & تقارير</title>
      <item><title>قصف على &lt;b&gt;سراقب&lt;/b&gt; & ريفها</title><link>/a/1</link><description>نص</description></item>
      <item><title>بلا رابط</title><description>نص</description></item></channel></rss>`;
    const entries = feedEntries(xml, "http://news.test/rss.xml");
    expect(entries.map((e) => e.url)).toEqual(["http://news.test/a/1"]);
    expect(entries[0].fromFeed).toMatchObject({ title: "قصف على سراقب & ريفها", publishedAt: null });
  });

  it("gives an entry a new hash when its content changes, and keeps it when nothing does", () => {
    const feed = (d: string) => `<rss version="2.0"><channel><title>x</title><item><title>t</title><link>http://n/a</link><description>${d}</description></item></channel></rss>`;
    const [a, b, c] = [feed("واحد"), feed("واحد"), feed("اثنان")].map((x) => feedEntries(x, "http://n/")[0].entryHash);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("refuses broken XML with the parser's reason", () => {
    expect(() => feedEntries("<rss><channel><item><title>x</title>", "http://n/")).toThrow(CollectError);
    expect(() => feedEntries("<rss><channel><item><title>x</title>", "http://n/")).toThrow(/^invalid feed XML/);
  });

  it("lists a sitemap's URLs, a sitemap index's child sitemaps newest first, and refuses an index nested in one", () => {
    const urls = sitemapEntries('<urlset><url><loc>http://n/a</loc><lastmod>2025-01-01</lastmod></url><url><loc>http://n/b</loc></url></urlset>', "http://n/");
    expect(urls.map((u) => u.url)).toEqual(["http://n/a", "http://n/b"]);
    const index = '<sitemapindex><sitemap><loc>/s-old.xml</loc><lastmod>2024-01-01</lastmod></sitemap><sitemap><loc>http://n/s-new.xml</loc><lastmod>2025-06-01</lastmod></sitemap></sitemapindex>';
    expect(sitemapDocument(index, "http://n/")).toEqual({ entries: [], children: ["http://n/s-new.xml", "http://n/s-old.xml"] });
    expect(() => sitemapEntries(index, "http://n/")).toThrow(/inside a sitemap index/);
  });

  it("honours a declared Windows-1256 charset (header or XML declaration)", () => {
    const bytes = Uint8Array.of(0xc5, 0xcf, 0xe1, 0xc8); // «إدلب» in Windows-1256
    expect(decodeAnswer(bytes, "text/plain; charset=windows-1256")).toBe("إدلب");
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1256"?><t>'), Buffer.from(bytes), Buffer.from("</t>")]);
    expect(decodeAnswer(xml, "application/xml")).toContain("<t>إدلب</t>");
  });
});

describe("reasons in Arabic", () => {
  it("words each failure, and page failures with their count", () => {
    expect(collectReasonAr("invalid feed XML: Unexpected end (line 1)")).toBe("الخلاصة ليست XML صالحاً");
    expect(collectReasonAr("no complete answer within 800 ms")).toBe("لم يكتمل الرد خلال المهلة");
    expect(collectReasonAr("HTTP 503 Service Unavailable")).toBe("أجاب الخادم بخطأ");
    expect(collectReasonAr("1 page(s) failed: http://n/p: robots.txt forbids http://n/p")).toBe("تعذّر جمع 1 من الصفحات (ملف robots.txt يمنع الجمع من هذا الرابط)");
    expect(collectReasonAr("2 page(s) failed: http://n/a: answer too large (more than 5 bytes); http://n/b: answer too large (9 bytes; the limit is 5)")).toBe("تعذّر جمع 2 من الصفحات (الرد أكبر من الحد المسموح)");
  });
});
