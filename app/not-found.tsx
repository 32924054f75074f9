// The 404 page in Arabic (Next.js's default is English), with the ways back.
import Link from "next/link";
import { site } from "@/config/site";

export const metadata = { title: "الصفحة غير موجودة" };

export default function NotFound() {
  return (
    <section className="panel status-page" data-testid="not-found">
      <h1>الصفحة غير موجودة</h1>
      <p>لا توجد صفحة بهذا العنوان، أو أن المقال أو المكان أو الفاعل المطلوب غير مسجل في البيانات.</p>
      <p>
        عُد إلى <Link href="/">{site.nav[0].label}</Link> أو تصفّح <Link href="/events">الأحداث</Link> و<Link href="/articles">المقالات</Link>.
      </p>
    </section>
  );
}
