import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import "./globals.css";
import { site } from "@/config/site";
import { NavLinks } from "@/components/nav-links";
import { Providers } from "@/components/providers";
import { AccountMenu } from "@/components/auth/account-menu";
import { currentUser } from "@/lib/auth/guard";
import { roleAllows } from "@/lib/auth/roles";
import { readEnv } from "@/lib/env";

export const metadata: Metadata = { title: { default: site.name, template: `%s · ${site.name}` }, description: site.description };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next can put the request's CSP nonce (proxy.ts) on its scripts;
  // a page prerendered at build time (the 404 of an unknown URL) would have its scripts blocked.
  const requestHeaders = await headers();
  const user = await currentUser();
  // PUBLIC_READ=false: every page but the sign-in page asks for an account (proxy.ts passes the path).
  const path = requestHeaders.get("x-pathname") ?? "/";
  if (!user && !readEnv().PUBLIC_READ && path !== "/sign-in") redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  const session = user ? { email: user.email, role: user.role, canEdit: roleAllows(user.role, "editor") } : null;
  return (
    <html lang="ar" dir="rtl">
      <body>
        <a href="#main" className="skip-link">تخطَّ إلى المحتوى</a>
        <header className="site-header">
          <div className="inner">
            <Link href="/" className="brand">{site.name}</Link>
            <NavLinks items={site.nav} />
            <AccountMenu session={session} />
          </div>
        </header>
        <main id="main">
          <Providers session={session}>{children}</Providers>
        </main>
        <footer className="site-footer">
          بيانات جغرافية من <bdi>GeoNames</bdi> (رخصة <bdi>CC BY 4.0</bdi>) ومن <bdi>Natural Earth</bdi>. كل معلومة مرتبطة بالجملة التي قُرئت منها.
        </footer>
      </body>
    </html>
  );
}
