"use client";
// One TanStack Query client per browser tab. Data from the server's prefetch is fresh for a minute,
// so hydration never triggers an immediate refetch. Every query refetches on an interval while the tab
// is visible (never in a background tab), so newly collected events appear without a reload.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { SessionProvider, type BrowserSession } from "./auth/session-context";
import { site } from "@/config/site";

export function Providers({ session, children }: { session: BrowserSession | null; children: React.ReactNode }) {
  // New events appear without a reload: every query refetches on an interval while the tab is visible.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: 1, refetchInterval: site.refreshSeconds * 1000, refetchIntervalInBackground: false } } }));
  return (
    <QueryClientProvider client={client}>
      <SessionProvider session={session}>{children}</SessionProvider>
    </QueryClientProvider>
  );
}
