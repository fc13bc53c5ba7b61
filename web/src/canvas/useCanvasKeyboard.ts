/**
 * Keyboard use of the canvas (it is focusable): arrows step through nodes from the most connected
 * down, Enter or E expands the selection, Delete or H hides it, +/− zoom, F fits, Escape deselects,
 * (Ctrl/Cmd+Z, which works anywhere, is app/useUndoShortcut.ts.) The table tab offers the same data as
 * plain rows.
 */
import type { Core } from "cytoscape";
import { useCallback } from "react";
import { nodeId } from "../../../model/ids.ts";
import { useViewStore } from "../state/viewState.ts";

function step(cy: Core, by: number) {
  // Clusters are opened from the overview bar; stepping lands on real nodes only.
  const ids = cy
    .nodes('[kind != "Cluster"]')
    .sort((a, b) => b.degree(false) - a.degree(false))
    .map((n) => n.id());
  if (ids.length === 0) return;
  const current = useViewStore.getState().selected;
  const at = current ? ids.indexOf(current) : -1;
  const next = at < 0 ? (by > 0 ? 0 : ids.length - 1) : (at + by + ids.length) % ids.length;
  useViewStore.getState().select(nodeId(ids[next]!));
}

function zoom(cy: Core, factor: number) {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

export function useCanvasKeyboard(cy: Core | null) {
  return useCallback(
    (e: React.KeyboardEvent) => {
      if (!cy) return;
      const store = useViewStore.getState();
      const sel = store.selected;
      const key = e.key;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (key === "ArrowRight" || key === "ArrowDown") step(cy, 1);
      else if (key === "ArrowLeft" || key === "ArrowUp") step(cy, -1);
      else if ((key === "Enter" || key === "e") && sel) store.expand(sel);
      else if ((key === "Delete" || key === "h") && sel) store.hide(sel);
      else if (key === "+" || key === "=") zoom(cy, 1.25);
      else if (key === "-") zoom(cy, 0.8);
      else if (key === "f") cy.fit(undefined, 40);
      else if (key === "Escape") store.select(null);
      else return;
      e.preventDefault();
    },
    [cy],
  );
}
