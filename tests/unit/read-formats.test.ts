// Each format the reader takes, from small inline samples and two real files (d01 TREC-tagged, d27
// Markdown with front matter): titles and dates from metadata, no markup in title or body.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromFeed, fromHtml, fromJson, fromMarkdown, fromText, fromTrec, parseArticles, readArticles, RejectedInput } from "@/lib/ingest/read";

const bytes = (s: string) => new TextEncoder().encode(s);
const MAX = 1 << 20;
const REAL = "../shared/eval/real/texts";

const TREC = `<DOC>
<DOCNO>AL-1</DOCNO>
<URL>http://example.com/a1.html</URL>
<SRC>alarabia</SRC>
<TITLE>قصف على سراقب</TITLE>
<TIME>Sun, 18 Feb 2018 01:30:00 +0400</TIME>
<AUTHOR>بيروت - رويترز</AUTHOR>
<ABSTRACT>
ملخص يكرر المقدمة فقط
</ABSTRACT>
<TEXT>
قصف الطيران بلدة سراقب &amp; ريفها.
وقتل ثلاثة مدنيين.
</TEXT>
</DOC>
<DOC>
<DOCNO>JA-2</DOCNO>
<HEADLINE>اشتباكات في درعا</HEADLINE>
<DATE>2017-02-25T00:30:00+01:00</DATE>
<TEXT>
اندلعت اشتباكات في درعا.
</TEXT>
</DOC>
`;

describe("TREC/SGML-tagged news", () => {
  it("reads every <DOC> as one article: title, body, url, source, date as written in its offset", () => {
    const [a, b] = fromTrec(TREC);
    expect(a.title).toBe("قصف على سراقب");
    expect(a.body).toBe("قصف على سراقب\n\nقصف الطيران بلدة سراقب & ريفها.\nوقتل ثلاثة مدنيين.");
    expect(a.url).toBe("http://example.com/a1.html");
    expect(a.source).toBe("alarabia");
    // 01:30 at +04:00 is still 17 February in UTC; the date as written is the 18th.
    expect(a.publishedAt).toBe("2018-02-18");
    expect(b.title).toBe("اشتباكات في درعا");
    expect(b.publishedAt).toBe("2017-02-25");
  });
  it("keeps tags and the abstract out of title and body", () => {
    for (const a of fromTrec(TREC)) {
      expect(a.body).not.toMatch(/[<>]/);
      expect(a.title).not.toMatch(/[<>]/);
      expect(a.body).not.toContain("ملخص");
      expect(a.body).not.toContain("رويترز");
    }
  });
  it("reads dd/mm/yyyy <TIME> day first", () => {
    expect(fromTrec("<DOC><TITLE>ع</TITLE><TIME>05/01/2017</TIME><TEXT>نص</TEXT></DOC>")[0].publishedAt).toBe("2017-01-05");
  });
  it("reads an unclosed <TEXT> to the end of its document", () => {
    const [a] = fromTrec("<DOC><TITLE>ع</TITLE><TEXT>\nقصف على سراقب.\n</DOC>");
    expect(a.body).toBe("ع\n\nقصف على سراقب.");
  });
  it("recognises a tagged .txt by its content", () => {
    const r = readArticles("news.txt", bytes(TREC), MAX);
    expect(r.format).toBe("trec");
    expect(r.articles.map((a) => a.title)).toEqual(["قصف على سراقب", "اشتباكات في درعا"]);
  });
  it("reads the real d01.txt (ANT corpus)", () => {
    const [a] = parseArticles("d01.txt", readFileSync(`${REAL}/d01.txt`), MAX);
    expect(a.title).toBe("اتهامات للجيش التركي باستخدام غاز في مهاجمة قرية بسوريا");
    expect(a.publishedAt).toBe("2018-02-17");
    expect(a.body.startsWith(`${a.title}\n\nقالت #وحدات_حماية_الشعب`)).toBe(true);
    expect(a.body).not.toMatch(/<\/?[A-Z]+>/);
  });
});

const MD = `---
title: "تقرير عن قصف مشفى"
date: 2017-04-18
image: ../assets/x.png
---

# الحادثة الأولى

_الموقع: إدلب: شنان_

تعرّض **المشفى** لغارة [شريط فيديو](https://youtube.com/x) بعد الهجوم.

![صورة.png](https://example.com/a.png)

- أصيب *ستة* أشخاص
`;

describe("Markdown with front matter", () => {
  it("takes title and date from the front matter and removes the markup", () => {
    const a = fromMarkdown(MD);
    expect(a.title).toBe("تقرير عن قصف مشفى");
    expect(a.publishedAt).toBe("2017-04-18");
    expect(a.body).toBe("تقرير عن قصف مشفى\n\nالحادثة الأولى\n\nالموقع: إدلب: شنان\n\nتعرّض المشفى لغارة شريط فيديو بعد الهجوم.\n\nأصيب ستة أشخاص");
  });
  it("recognises front matter in a .txt and reads the real d27.txt", () => {
    const r = readArticles("d27.txt", readFileSync(`${REAL}/d27.txt`), MAX);
    expect(r.format).toBe("markdown");
    expect(r.articles[0].title).toBe("بيان صحفي حول الضربات الكيماوية في سوريا");
    expect(r.articles[0].publishedAt).toBe("2015-08-21");
    expect(r.articles[0].body).not.toMatch(/^---|^title:/m);
  });
  it("strips a hostile line of unclosed markup in linear time", () => {
    const started = performance.now();
    for (const unit of ["![a](b ", "[a ", "**a ", "__a "]) fromMarkdown(`---\ntitle: t\n---\n${unit.repeat(20_000)}`);
    expect(performance.now() - started).toBeLessThan(3000);
  });
  it("reads a bad front matter as text with a warning", () => {
    const warnings: string[] = [];
    const a = fromMarkdown('---\ntitle: "unclosed\ndate: [\n---\nنص المقال', (w) => warnings.push(w));
    expect(a.body).toContain("نص المقال");
    expect(warnings.join()).toMatch(/YAML/);
  });
});

describe("HTML", () => {
  const page = (head: string, body = "<p>قصف الطيران بلدة سراقب.</p>") => `<html><head>${head}</head><body>${body}</body></html>`;
  it("reads JSON-LD NewsArticle headline, datePublished and url", () => {
    const ld = JSON.stringify({ "@context": "https://schema.org", "@graph": [{ "@type": "WebSite" }, { "@type": ["NewsArticle"], headline: "غارات على إدلب", datePublished: "2019-05-04T23:10:00+03:00", url: "https://e.com/1" }] });
    const a = fromHtml(page(`<title>الموقع | خبر</title><script type="application/ld+json">${ld}</script>`, "<h1>عنوان آخر</h1><p>قصف.</p>"));
    expect(a.title).toBe("غارات على إدلب");
    expect(a.publishedAt).toBe("2019-05-04");
    expect(a.url).toBe("https://e.com/1");
    expect(a.body).not.toContain("NewsArticle");
  });
  it("falls back to article:published_time, og:title, og:url and the canonical link", () => {
    const a = fromHtml(page('<meta property="article:published_time" content="2020-03-01T08:00:00Z"><meta property="og:title" content="قصف سراقب"><link rel="canonical" href="https://e.com/c">'));
    expect(a).toMatchObject({ title: "قصف سراقب", publishedAt: "2020-03-01", url: "https://e.com/c" });
    expect(a.body.startsWith("قصف سراقب\n\n")).toBe(true);
    expect(fromHtml(page('<meta property="og:url" content="https://e.com/o"><link rel="canonical" href="https://e.com/c">')).url).toBe("https://e.com/o");
  });
  it("rejects a page nested absurdly deep quickly instead of parsing it for minutes", () => {
    const started = performance.now();
    const deep = `<html><body>${"<div>".repeat(150_000)}قصف${"</div>".repeat(150_000)}</body></html>`;
    expect(() => fromHtml(deep)).toThrow(/nested too deeply/);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(fromHtml(`<html><body>${"<div>".repeat(300)}<p>قصف على إدلب.</p>${"</div>".repeat(300)}</body></html>`).body).toBe("قصف على إدلب.");
  });
  it("does not glue table cells together", () => {
    const a = fromHtml(page("<title>حصيلة</title>", "<table><tr><td>إدلب</td><td>خمسة قتلى</td></tr><tr><th>حماة</th><td></td><td>قتيلان</td></tr></table>"));
    expect(a.body).toContain("إدلب ؛ خمسة قتلى");
    expect(a.body).toContain("حماة ؛ قتيلان");
    expect(a.body).not.toContain("إدلبخمسة");
  });
});

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>عنب بلدي</title>
<item><title>قصف على معرة النعمان</title><link>https://e.com/1</link><pubDate>Thu, 04 Apr 2019 22:15:00 +0300</pubDate>
<description><![CDATA[<p>قصف الطيران <b>معرة النعمان</b>.</p><p>وقتل مدنيان.</p>]]></description></item>
<item><title>مظاهرة في إدلب</title><link>https://e.com/2</link><pubDate>2019-02-30</pubDate><description>خرج المئات في مظاهرة.</description></item>
</channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
<entry><title type="html">اشتباكات في &lt;b&gt;درعا&lt;/b&gt;</title><link rel="alternate" href="https://e.com/a"/><updated>2018-07-02T01:00:00+03:00</updated>
<content type="html">&lt;p&gt;اشتباكات عنيفة في درعا البلد.&lt;/p&gt;</content></entry></feed>`;

describe("RSS and Atom feeds", () => {
  it("reads each RSS item: title, HTML-stripped description, link, pubDate; a bad date is dropped with a warning", () => {
    const warnings: string[] = [];
    const [a, b] = fromFeed(RSS, (w) => warnings.push(w));
    expect(a).toMatchObject({ title: "قصف على معرة النعمان", url: "https://e.com/1", publishedAt: "2019-04-04", source: "عنب بلدي" });
    expect(a.body).toBe("قصف على معرة النعمان\n\nقصف الطيران معرة النعمان.\nوقتل مدنيان.");
    expect(b.title).toBe("مظاهرة في إدلب");
    expect(b.publishedAt).toBeNull();
    expect(warnings.join()).toMatch(/2019-02-30/);
  });
  it("reads Atom entries with an alternate link and html content", () => {
    const [a] = fromFeed(ATOM);
    expect(a).toMatchObject({ title: "اشتباكات في درعا", url: "https://e.com/a", publishedAt: "2018-07-02" });
    expect(a.body).toBe("اشتباكات في درعا\n\nاشتباكات عنيفة في درعا البلد.");
  });
  it("recognises a saved feed in a .txt and by .xml/.rss/.atom; rejects XML that is not a feed", () => {
    expect(readArticles("feed.txt", bytes(RSS), MAX).articles).toHaveLength(2);
    expect(readArticles("feed.atom", bytes(ATOM), MAX).format).toBe("feed");
    expect(() => readArticles("x.xml", bytes("<root><a>1</a></root>"), MAX)).toThrow(/not an RSS or Atom/);
    expect(() => readArticles("x.rss", bytes("<rss><channel><item>"), MAX)).toThrow(/invalid feed XML/);
    const deep = `<rss><channel><item><title>t</title><description>${"<a>".repeat(150_000)}x${"</a>".repeat(150_000)}</description></item></channel></rss>`;
    expect(() => readArticles("deep.rss", bytes(deep), 1 << 24)).toThrow(RejectedInput);
  });
});

describe("plain text and JSON stay as they were", () => {
  it("plain text: the title is the first non-empty line, the body the whole text", () => {
    expect(fromText("\n\nعنوان الخبر\nنص")).toEqual({ title: "عنوان الخبر", body: "\n\nعنوان الخبر\nنص" });
    expect(readArticles("a.txt", bytes("عنوان\n<b>ليس وسماً</b>"), MAX).format).toBe("txt");
    expect(readArticles("a.txt", bytes('<?xml version="1.0"?>\n<html><body><p>قصف على سراقب.</p></body></html>'), MAX).format).toBe("html");
  });
  it("JSON: a bad publishedAt is dropped with a warning, the article kept", () => {
    const warnings: string[] = [];
    const [a] = fromJson('{"title":"أ","body":"نص","publishedAt":"2019-02-30"}', (w) => warnings.push(w));
    expect(a.body).toBe("أ\n\nنص");
    expect(a.publishedAt).toBeNull();
    expect(warnings).toHaveLength(1);
    // A title that the body repeats (double space and all) is not prepended a second time.
    expect(fromJson('{"title":"قصف  على إدلب","body":"قصف  على إدلب\\nنص"}')[0].body).toBe("قصف  على إدلب\nنص");
  });
});
