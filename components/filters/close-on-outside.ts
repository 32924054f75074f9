"use client";
// A <details> menu closes when the user clicks elsewhere or presses Escape, as a dropdown should;
// Escape hands the focus back to the menu's button (else it would fall to the page body).
import { useEffect, type RefObject } from "react";

export function useCloseOnOutside(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const close = (e: Event) => {
      const el = ref.current;
      if (!el || !(el instanceof HTMLDetailsElement) || !el.open) return;
      if (e instanceof KeyboardEvent) {
        if (e.key !== "Escape") return;
        el.open = false;
        el.querySelector("summary")?.focus();
      } else if (!el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, [ref]);
}
