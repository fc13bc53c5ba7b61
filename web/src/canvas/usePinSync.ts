/** Pins in the view store → the `pinned` class on the canvas (the pushpin of graph/pinStyle.ts). */
import type { Core } from "cytoscape";
import { useEffect } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { type Position, useViewStore } from "../state/viewState.ts";

export function markPinned(cy: Core, pinned: Readonly<Record<string, Position>>) {
  cy.batch(() => {
    cy.nodes(".pinned").removeClass("pinned");
    for (const id of Object.keys(pinned)) cy.$id(id).addClass("pinned");
  });
}

export function usePinSync(cy: Core | null, graph: GraphPayload | undefined) {
  const pinned = useViewStore((s) => s.pinned);
  useEffect(() => {
    if (cy && graph) markPinned(cy, pinned);
  }, [cy, graph, pinned]);
}
