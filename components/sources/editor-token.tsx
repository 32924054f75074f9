"use client";
// The editor token, typed once on /sources and used by every write on the page (add, pause, run,
// remove). Kept in React state only: it never reaches storage or the URL.
import { createContext, useContext, useState } from "react";

const TokenContext = createContext<string>("");

export function EditorTokenProvider({ children }: { children: React.ReactNode }) {
  const [token, setToken] = useState("");
  return (
    <TokenContext.Provider value={token}>
      <label className="panel token-field">
        رمز المحرر (لإضافة المصادر وتعديلها)
        <input type="password" name="editor-token" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
      </label>
      {children}
    </TokenContext.Provider>
  );
}

export const useEditorToken = () => useContext(TokenContext);
