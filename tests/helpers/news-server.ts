// A local news site for the collector tests (127.0.0.1 only): valid RSS and Atom feeds, a feed in
// Windows-1256, broken XML, a feed that answers 304 to its ETag, one that never answers, one that
// redirects, a 5 MB page, and a robots.txt that forbids /private/. Every request is counted by path,
// so a test can say that nothing was fetched twice.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface NewsServer {
  url: string;
  hits: Map<string, number>;
  /** Changes the story behind /articles/a1.html and its feed entry (an updated article). */
  updateStoryA1: () => void;
  close: () => Promise<void>;
}

const cp1256 = (s: string): Buffer => {
  // Windows-1256 bytes for the Arabic letters used below, built from the decoder's own table.
  const dec = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...s].map((ch) => table.get(ch) ?? 0x3f));
};

export function articlePage(opts: { title: string; date?: string; story: string; related?: string }): string {
  const ld = opts.date ? `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: opts.title, datePublished: opts.date })}</script>` : "";
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${opts.title} | شبكة الاختبار</title>${ld}</head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/sport">رياضة</a></nav></header>
<main><article><h1>${opts.title}</h1>
<p>${opts.story}</p>
<p>وأضاف المصدر أن فرق الإنقاذ عملت لساعات على انتشال الضحايا من تحت الأنقاض، فيما نقل المصابون إلى المشافي القريبة في المنطقة.</p>
<table><tr><th>المحافظة</th><th>المدينة</th></tr><tr><td>إدلب</td><td>سراقب</td></tr></table>
<p>وتشهد المنطقة تصعيداً عسكرياً منذ أسابيع، وسط مخاوف من موجة نزوح جديدة نحو المخيمات الحدودية.</p>
</article>
<aside class="related-articles"><h3>مقالات ذات صلة</h3><ul><li><a href="/x">${opts.related ?? "مقتل عشرين مدنياً بقصف على دوما"}</a></li></ul></aside>
</main><footer>جميع الحقوق محفوظة</footer></body></html>`;
}

const STORY_A1 = "قتل خمسة مدنيين وأصيب عشرة آخرون جراء غارات جوية استهدفت مدينة سراقب في ريف إدلب الشرقي يوم الخميس، بحسب الدفاع المدني السوري.";
const STORY_A1_V2 = "قتل سبعة مدنيين وأصيب عشرة آخرون جراء غارات جوية استهدفت مدينة سراقب في ريف إدلب الشرقي يوم الخميس، بحسب الدفاع المدني السوري.";
const STORY_A2 = "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في محيط بلدة كفرنبل جنوبي إدلب، ما أسفر عن مقتل ثلاثة مقاتلين.";
const STORY_A3 = "خرجت مظاهرة في مدينة منبج بريف حلب الشرقي احتجاجاً على ارتفاع الأسعار وانقطاع الكهرباء.";
const STORY_A4 = "استهدف قصف مدفعي قرية في ريف حماة الشمالي، ما أدى إلى إصابة أربعة مدنيين بجروح.";
const STORY_A5 = "قتل مدنيان اثنان بانفجار عبوة ناسفة في مدينة درعا جنوبي سوريا.";

function rss(title: string, items: { title: string; link: string; date?: string; description: string }[], encoding = "UTF-8"): string {
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0"><channel><title>${title}</title><link>http://example/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ""}<description>${i.description}</description></item>`).join("\n")}
</channel></rss>`;
}

export async function startNewsServer(): Promise<NewsServer> {
  const hits = new Map<string, number>();
  let a1Version = 1;
  const held: ServerResponse[] = [];
  let base = "";
  const send = (res: ServerResponse, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(200, { "content-type": type, ...headers });
    res.end(body);
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    switch (path) {
      case "/robots.txt":
        return send(res, "text/plain", "User-agent: *\nDisallow: /private/\n");
      case "/rss.xml": {
        const etag = `"rss-v${a1Version}"`;
        if (req.headers["if-none-match"] === etag) {
          res.writeHead(304, { etag });
          return res.end();
        }
        return send(res, "application/rss+xml; charset=utf-8", rss("شبكة الاختبار", [
          { title: a1Version === 1 ? "قصف جوي على <b>سراقب</b>" : "حصيلة جديدة لقصف سراقب", link: `${base}/articles/a1.html`, date: "Thu, 02 May 2019 10:00:00 +0300", description: a1Version === 1 ? "غارات على سراقب" : "ارتفاع الحصيلة" },
          { title: "اشتباكات في كفرنبل", link: `${base}/articles/a2.html`, date: "Fri, 03 May 2019 08:00:00 +0300", description: "اشتباكات &amp; قتلى" },
        ]), { etag });
      }
      case "/atom.xml":
        return send(res, "application/atom+xml", `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أطلس الأخبار</title>
<entry><title type="html">مظاهرة في &lt;em&gt;منبج&lt;/em&gt;</title><link rel="alternate" href="${base}/articles/a3.html"/><updated>2019-05-04T09:00:00Z</updated><summary>احتجاجات</summary></entry>
</feed>`);
      case "/cp1256.xml":
        // Declared in the XML header only (the header says nothing), no dates, HTML in the title.
        return send(res, "application/xml", cp1256(rss("أخبار حماة", [{ title: "قصف على &lt;b&gt;ريف حماة&lt;/b&gt;", link: `${base}/articles/a4.html`, description: "قصف مدفعي" }], "windows-1256")));
      case "/broken.xml":
        return send(res, "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>مكسور</title><item><title>خبر</title><link>${base}/articles/never.html</link>`);
      case "/slow.xml":
        held.push(res); // never answered: the collector's time-out must end it
        return;
      case "/old-feed.xml":
        res.writeHead(301, { location: "/moved/feed.xml" });
        return res.end();
      case "/moved/feed.xml":
        return send(res, "application/rss+xml", rss("درعا اليوم", [{ title: "انفجار في درعا", link: "/articles/a5.html", description: "انفجار عبوة" }]));
      case "/big.xml":
        return send(res, "application/rss+xml", rss("الصفحة الكبيرة", [{ title: "صفحة ضخمة", link: `${base}/articles/big.html`, description: "كبيرة" }]));
      case "/forbidden.xml":
        return send(res, "application/rss+xml", rss("الممنوع", [{ title: "خبر ممنوع", link: `${base}/private/secret.html`, description: "ممنوع" }]));
      case "/sitemap-index.xml":
        return send(res, "application/xml", `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap-old.xml</loc><lastmod>2019-01-01</lastmod></sitemap><sitemap><loc>/sitemap-news.xml</loc><lastmod>2019-05-06</lastmod></sitemap></sitemapindex>`);
      case "/sitemap-news.xml":
        return send(res, "application/xml", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/articles/s1.html</loc><lastmod>2019-05-06</lastmod></url></urlset>`);
      case "/sitemap-old.xml":
        return send(res, "application/xml", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/articles/s2.html</loc></url></urlset>`);
      case "/articles/s1.html":
        return send(res, "text/html; charset=utf-8", articlePage({ title: "قصف على بلدة حيش", date: "2019-05-06", story: "قتل ثلاثة مدنيين في قصف مدفعي على بلدة حيش بريف إدلب الجنوبي." }));
      case "/articles/s2.html":
        return send(res, "text/html; charset=utf-8", articlePage({ title: "اشتباكات قرب اللطامنة", date: "2019-01-01", story: "اندلعت اشتباكات عنيفة على أطراف بلدة اللطامنة بريف حماة الشمالي." }));
      case "/articles/a1.html":
        return send(res, "text/html; charset=utf-8", articlePage({ title: a1Version === 1 ? "قصف جوي على سراقب" : "حصيلة جديدة لقصف سراقب", date: "2019-05-02T10:00:00+03:00", story: a1Version === 1 ? STORY_A1 : STORY_A1_V2 }));
      case "/articles/a2.html":
        return send(res, "text/html; charset=utf-8", articlePage({ title: "اشتباكات في كفرنبل", date: "2019-05-03T08:00:00+03:00", story: STORY_A2 }));
      case "/articles/a3.html":
        return send(res, "text/html; charset=utf-8", articlePage({ title: "مظاهرة في منبج", date: "2019-05-04T09:00:00Z", story: STORY_A3 }));
      case "/articles/a4.html":
        return send(res, "text/html", cp1256(articlePage({ title: "قصف على ريف حماة", story: STORY_A4 }).replace('<meta charset="utf-8">', '<meta charset="windows-1256">')));
      case "/articles/a5.html":
        return send(res, "text/html; charset=utf-8", articlePage({ title: "انفجار في درعا", date: "2019-05-05", story: STORY_A5 }));
      case "/articles/big.html":
        return send(res, "text/html; charset=utf-8", articlePage({ title: "صفحة ضخمة", story: "نص ".repeat(5 * 1024 * 1024 / 4) }));
      case "/page.html":
        return send(res, "text/html; charset=utf-8", articlePage({ title: "قنص في تلبيسة", date: "2019-05-06", story: "قتل مدني برصاص قناص في مدينة تلبيسة بريف حمص الشمالي." }), { "last-modified": "Fri, 03 May 2019 08:00:00 GMT" });
      default:
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
    }
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    hits,
    updateStoryA1: () => void (a1Version = 2),
    close: async () => {
      for (const r of held) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
