"use client";
// One TanStack Query client per browser tab. Data from the server's prefetch is fresh for a minute,
// so hydration never triggers an immediate refetch.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { SessionProvider, type BrowserSession } from "./auth/session-context";

export function Providers({ session, children }: { session: BrowserSession | null; children: React.ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <SessionProvider session={session}>{children}</SessionProvider>
    </QueryClientProvider>
  );
}
