"use client";
// The header's navigation, marking the current view for screen readers and the eye. Its pages are
// prefetched when the pointer or the focus reaches a link, not all of them on every page load: ten
// dynamic pages rendered at once queued the page's own scripts behind them, and the overview's map
// was drawn ~0.5 s later at 1,000,000 events (scripts/bench-web.ts).
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const path = usePathname();
  const router = useRouter();
  const current = (href: string) => (href === "/" ? path === "/" : path.startsWith(href));
  return (
    <nav aria-label="التنقل الرئيسي">
      {items.map((item) => (
        <Link key={item.href} href={item.href} prefetch={false} onMouseEnter={() => router.prefetch(item.href)} onFocus={() => router.prefetch(item.href)}
          aria-current={current(item.href) ? "page" : undefined}>{item.label}</Link>
      ))}
    </nav>
  );
}
