/**
 * Ctrl+Z (Cmd+Z on a Mac) undoes the last hide or expand wherever focus is (after clicking Hide in the
 * panel focus sits on a button, not the canvas), except in a text field, where it undoes typing.
 */
import { useEffect } from "react";
import { useViewStore } from "../state/viewState.ts";

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !["button", "checkbox", "radio", "range", "submit", "reset", "color", "file"].includes(target.type);
}

export const isUndo = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "z";

export function useUndoShortcut() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isUndo(e) || isTextField(e.target) || e.defaultPrevented) return;
      const store = useViewStore.getState();
      if (!store.canUndo()) return;
      e.preventDefault();
      store.undo();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
