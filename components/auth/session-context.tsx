"use client";
// Who is signed in, as far as the browser needs to know: whether to show edit controls. The server
// checks every write anyway (lib/auth/guard.ts); hiding a control is only for a clean viewer's page.
import { createContext, useContext } from "react";

export interface BrowserSession {
  email: string;
  role: string;
  canEdit: boolean;
}

const SessionContext = createContext<BrowserSession | null>(null);

export function SessionProvider({ session, children }: { session: BrowserSession | null; children: React.ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);
export const useCanEdit = () => useContext(SessionContext)?.canEdit ?? false;
