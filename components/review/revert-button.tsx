"use client";
// «تراجع»: undoes one correction by a new record; the history keeps both.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./post-json";

/** `url` is the revert route (default: an event correction's). */
export function RevertButton({ correctionId, url = `/api/corrections/${correctionId}/revert` }: { correctionId: number; url?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button type="button" className="link-button" data-testid={`revert-${correctionId}`} onClick={async () => {
        try {
          await postJson(url);
          router.refresh();
        } catch (e) {
          setError((e as Error).message);
        }
      }}>تراجع</button>
      {error ? <span role="alert" className="error-state small">{error}</span> : null}
    </>
  );
}
