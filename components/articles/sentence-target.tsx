"use client";
// Marks the sentence named by the URL's #s-OFFSET. CSS :target only applies on a full page load;
// after a client-side navigation (a «المصدر» link) the browser never "targets" the new element, so
// the class is set here, on mount and on every hash change, and the sentence is scrolled into view.
import { useEffect } from "react";

const CLASS = "is-target";

export function SentenceTarget() {
  useEffect(() => {
    const mark = () => {
      document.querySelectorAll(`.${CLASS}`).forEach((el) => el.classList.remove(CLASS));
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id.startsWith("s-")) return;
      const el = document.getElementById(id);
      if (!el) return;
      el.classList.add(CLASS);
      el.scrollIntoView({ block: "center" });
    };
    mark();
    // The router can update the URL just after this page mounts: look again on the next frame.
    const frame = requestAnimationFrame(mark);
    window.addEventListener("hashchange", mark);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", mark);
    };
  }, []);
  return null;
}
