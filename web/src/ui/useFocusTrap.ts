/**
 * Keeps keyboard focus inside a modal while it is open: focus moves in on open, Tab and Shift+Tab
 * cycle through the modal's controls, Escape closes, and focus returns to the opener on close.
 */
import { type RefObject, useEffect } from "react";

const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  '[tabindex]:not([tabindex="-1"])',
].join(",");

/** Controls that Tab reaches inside root, in document order (no layout check: jsdom has none). */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest("[inert]"));
}

/** The element Tab should move to, or null to let the browser move focus itself. */
export function nextInTrap(root: HTMLElement, active: Element | null, back: boolean): HTMLElement | null {
  const items = focusableIn(root);
  if (items.length === 0) return root;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (!active || !root.contains(active)) return back ? last : first;
  if (back && (active === first || active === root)) return last;
  if (!back && active === last) return first;
  return null;
}

export function useFocusTrap(
  root: RefObject<HTMLElement | null>,
  onEscape: () => void,
  initial?: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initial?.current ?? root.current)?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        onEscape();
        return;
      }
      if (e.key !== "Tab" || !root.current) return;
      const next = nextInTrap(root.current, document.activeElement, e.shiftKey);
      if (next) {
        e.preventDefault();
        next.focus();
      }
    };
    // Capture phase: the trap wins over handlers inside the page (the canvas, the search box).
    window.addEventListener("keydown", onKey, true);
    return () => {
      window.removeEventListener("keydown", onKey, true);
      if (opener?.isConnected) opener.focus();
    };
  }, [root, onEscape, initial]);
}
