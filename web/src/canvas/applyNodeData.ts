/** Writes per-node size and colour into element data by id, in one batch (the stylesheet reads them). */
import type { Core } from "cytoscape";
import { communityColor } from "../graph/kindStyle.ts";
import { sizesFrom } from "../graph/sizing.ts";
import type { ColorBy, SizeBy } from "../state/viewState.ts";

export interface NodeMetrics {
  degree: Record<string, number>;
  betweenness: Record<string, number>;
  community: Record<string, number>;
}

export function applyNodeData(cy: Core, metrics: NodeMetrics, sizeBy: SizeBy, colorBy: ColorBy) {
  const nodes = cy.nodes();
  const ids = nodes.map((n) => n.id());
  const sizes = sizesFrom(sizeBy === "none" ? null : metrics[sizeBy], ids);
  cy.batch(() => {
    nodes.forEach((n) => {
      n.data("size", sizes[n.id()]);
      const community = metrics.community[n.id()];
      if (colorBy === "community" && n.data("kind") === "Person" && community !== undefined)
        n.data("color", communityColor(community));
      else n.removeData("color");
    });
  });
}
