// How current the overview is: newest article, last collection run, articles added in the last
// 24 hours. A server component given the page's read as a promise, so it streams in its own Suspense
// boundary without holding the page back (the client views refetch on their own).
import Link from "next/link";
import { count } from "@/config/plurals";
import type { Freshness } from "@/lib/data/freshness";
import { formatDate, formatDateTime } from "@/lib/format";

export async function FreshnessPanel({ freshness }: { freshness: Promise<Freshness> }) {
  const f = await freshness;
  return (
    <section className="panel freshness" aria-label="حداثة البيانات" data-testid="freshness">
      <span>أحدث مقال: <strong><time>{formatDate(f.newestPublished)}</time></strong>{f.newestAdded ? <span className="muted"> (أضيف {formatDateTime(f.newestAdded)})</span> : null}</span>
      <span>آخر جمع من <Link href="/sources">المصادر</Link>: <strong>{formatDateTime(f.lastCollection, "لم يُجمع شيء بعد")}</strong></span>
      <span>في آخر 24 ساعة: <strong data-testid="added-24h">{f.addedLast24h === 0 ? "لا مقالات جديدة" : count(f.addedLast24h, "article")}</strong></span>
    </section>
  );
}
