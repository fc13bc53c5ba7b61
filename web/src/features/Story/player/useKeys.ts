/**
 * The player's keys: Space and Page Down go on, Page Up goes back, and the arrows follow the reading
 * direction (in Arabic ← goes on, as a page turns); Escape leaves where there is something to leave.
 * Keys typed into a field are left alone.
 */
import { useEffect } from "react";

export function useKeys(next: () => void, prev: () => void, exit: (() => void) | undefined, rtl: boolean) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest("input, textarea, select")) return;
      const onwards = rtl ? "ArrowLeft" : "ArrowRight";
      const back = rtl ? "ArrowRight" : "ArrowLeft";
      if (e.key === onwards || e.key === " " || e.key === "PageDown") next();
      else if (e.key === back || e.key === "PageUp") prev();
      else if (e.key === "Escape" && exit) exit();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [next, prev, exit, rtl]);
}
