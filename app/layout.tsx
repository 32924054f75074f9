import type { Metadata } from "next";
import Link from "next/link";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import "./globals.css";
import { site } from "@/config/site";

export const metadata: Metadata = { title: site.name, description: site.description };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <header className="site-header">
          <div className="inner">
            <Link href="/" className="brand">{site.name}</Link>
            <nav aria-label="التنقل الرئيسي">
              {site.nav.map((item) => (
                <Link key={item.href} href={item.href}>{item.label}</Link>
              ))}
            </nav>
          </div>
        </header>
        <main>{children}</main>
        <footer className="site-footer">
          بيانات جغرافية من GeoNames (CC BY 4.0) وNatural Earth. كل معلومة مرتبطة بالجملة التي قُرئت منها.
        </footer>
      </body>
    </html>
  );
}
