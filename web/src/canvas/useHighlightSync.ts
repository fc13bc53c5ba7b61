/** Draws the transient emphasis (a found path, a hovered timeline row): lit elements, the rest faded. */
import type { Core } from "cytoscape";
import { useEffect } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { useHighlightStore } from "../state/highlight.ts";

export function useHighlightSync(cy: Core | null, graph: GraphPayload | undefined) {
  const nodeIds = useHighlightStore((s) => s.nodeIds);
  const edgeIds = useHighlightStore((s) => s.edgeIds);
  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    cy.batch(() => {
      cy.elements(".highlighted, .faded").removeClass("highlighted faded");
      if (nodeIds.length === 0 && edgeIds.length === 0) return;
      const lit = cy.collection();
      for (const id of [...nodeIds, ...edgeIds]) lit.merge(cy.$id(id));
      lit.addClass("highlighted");
      cy.elements().not(lit).addClass("faded");
    });
  }, [cy, graph, nodeIds, edgeIds]);
}
