/**
 * Elements: keeps the canvas membership in step with the visible graph by id (never reloading the
 * whole graph), places newcomers next to their neighbours, and lays out as the change asks.
 */
import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useRef } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { diffElements } from "../graph/elements.ts";
import { layoutPlan } from "../graph/syncPlan.ts";
import { type Position, useViewStore } from "../state/viewState.ts";
import { applyNodeData, type NodeMetrics } from "./applyNodeData.ts";
import { useCyStore } from "./cyStore.ts";
import { placeNearNeighbours } from "./placeNew.ts";
import { runLayout } from "./runLayout.ts";

const NO_EXTRA: ElementDefinition[] = [];

const withPin = (el: ElementDefinition, pinned: Record<string, Position>) => {
  const at = el.data.id ? pinned[el.data.id] : undefined;
  return at ? { ...el, position: { ...at } } : el;
};

export function useElementSync(
  cy: Core | null,
  graph: GraphPayload | undefined,
  metrics: NodeMetrics,
  extra: ElementDefinition[] = NO_EXTRA,
) {
  const lang = useViewStore((s) => s.lang);
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const before = cy.nodes().length;
    const current = new Set(cy.elements().map((e) => e.id()));
    const { add, remove } = diffElements(current, graph, langRef.current, extra);
    const { pinned, sizeBy, colorBy } = useViewStore.getState();
    const removedNodes = remove.filter((id) => cy.$id(id).isNode()).length;
    let added = cy.collection();
    cy.batch(() => {
      for (const id of remove) cy.$id(id).remove();
      added = cy.add(add.map((el) => withPin(el, pinned)));
      placeNearNeighbours(
        cy,
        added.nodes().filter((n) => !(n.id() in pinned)),
      );
    });
    // Sizes first: the layout measures nodes (and their labels) to keep them apart.
    applyNodeData(cy, metrics, sizeBy, colorBy);
    const plan = layoutPlan(before, added.nodes().length, removedNodes);
    if (plan === "none") useCyStore.getState().setReadyFor(graph);
    else runLayout(cy, plan === "incremental", graph);
  }, [cy, graph, metrics, extra]);
}
