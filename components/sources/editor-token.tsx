"use client";
// The editor token, typed once on /sources and used by every write on the page (add, pause, run,
// remove). Kept in React state only: it never reaches storage or the URL. A signed-in editor needs
// none (the server takes the session), so the field is not shown then.
import { createContext, useContext, useState } from "react";
import { useCanEdit } from "../auth/session-context";

const TokenContext = createContext<string>("");

export function EditorTokenProvider({ children }: { children: React.ReactNode }) {
  const [token, setToken] = useState("");
  const signedIn = useCanEdit();
  return (
    <TokenContext.Provider value={token}>
      {signedIn ? null : (
        <label className="panel token-field">
          رمز المحرر (لإضافة المصادر وتعديلها)
          <input type="password" name="editor-token" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        </label>
      )}
      {children}
    </TokenContext.Provider>
  );
}

export const useEditorToken = () => useContext(TokenContext);
