/** Keeps the labelled nodes in step with zoom, pan, selection, search hits, membership and layout. */
import type { Core } from "cytoscape";
import { useEffect } from "react";
import { useCyStore } from "./cyStore.ts";
import { throttle, updateLabels } from "./labelLevels.ts";
import { useLayoutProgress } from "./layoutProgress.ts";

const EVERY_MS = 150;

/** Starts the updates on `cy`; returns what stops them (the web bench runs the same). */
export function watchLabelLevels(cy: Core): () => void {
  const update = throttle(() => updateLabels(cy), EVERY_MS);
  const events = "viewport add remove select unselect class";
  const onEvent = () => update.call();
  cy.on(events, onEvent);
  // A finished layout gets its names at once: on a graph whose drawing waited for the layout
  // (workerLayout.ts holdDrawing) they are part of its first frame instead of a second full redraw.
  const unReady = useCyStore.subscribe((s, prev) => {
    if (s.readyFor && s.readyFor !== prev.readyFor) update.now();
    else onEvent();
  });
  const unProgress = useLayoutProgress.subscribe(onEvent);
  update.call();
  return () => {
    update.cancel();
    cy.removeListener(events, onEvent);
    unReady();
    unProgress();
  };
}

export function useLabelLevels(cy: Core | null) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    return watchLabelLevels(cy);
  }, [cy]);
}
