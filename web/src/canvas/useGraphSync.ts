/**
 * Keeps the canvas in step with the visible graph: adds and removes elements by id (never reloading
 * the whole graph), sizes and colours nodes, and re-runs the layout when the membership changed.
 */
import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useRef } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { useGraphMetrics } from "../analysis/useGraphMetrics.ts";
import { diffElements, nodeLabel } from "../graph/elements.ts";
import { buildStylesheet } from "../graph/stylesheet.ts";
import { layoutPlan } from "../graph/syncPlan.ts";
import { displayName } from "../i18n/useT.ts";
import { type Position, useViewStore } from "../state/viewState.ts";
import { applyNodeData } from "./applyNodeData.ts";
import { useCyStore } from "./cyStore.ts";
import { placeNearNeighbours } from "./placeNew.ts";
import { runLayout } from "./runLayout.ts";

const withPin = (el: ElementDefinition, pinned: Record<string, Position>) => {
  const at = el.data.id ? pinned[el.data.id] : undefined;
  return at ? { ...el, position: { ...at } } : el;
};

export function useGraphSync(cy: Core | null, graph: GraphPayload | undefined) {
  // No metrics for an empty graph (nothing to size; graphology's betweenness throws on it).
  const metrics = useGraphMetrics(graph && graph.nodes.length > 0 ? graph : undefined);
  const sizeBy = useViewStore((s) => s.sizeBy);
  const colorBy = useViewStore((s) => s.colorBy);
  const lang = useViewStore((s) => s.lang);
  const layout = useViewStore((s) => s.layout);
  const langRef = useRef(lang);
  langRef.current = lang;
  const lastLang = useRef(lang);

  // Membership: add/remove by id, then lay out as the size of the change asks (see layoutPlan).
  useEffect(() => {
    if (!cy || !graph) return;
    const before = cy.nodes().length;
    const current = new Set(cy.elements().map((e) => e.id()));
    const { add, remove } = diffElements(current, graph, langRef.current);
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
    applyNodeData(cy, metrics, sizeBy, colorBy);
    const plan = layoutPlan(before, added.nodes().length, removedNodes);
    if (plan === "none") useCyStore.getState().setReadyFor(graph);
    else runLayout(cy, plan === "incremental", graph);
  }, [cy, graph, metrics]);

  useEffect(() => {
    if (cy) applyNodeData(cy, metrics, sizeBy, colorBy);
  }, [cy, metrics, sizeBy, colorBy]);

  useEffect(() => {
    if (!cy || !graph) return;
    cy.batch(() => {
      for (const n of graph.nodes)
        cy.$id(n.id).data({ label: nodeLabel(n, lang), fullName: displayName(n.name, lang) });
    });
    if (langRef.current !== lastLang.current) {
      lastLang.current = lang;
      cy.style(buildStylesheet(lang));
    }
  }, [cy, graph, lang]);

  // A new layout choice re-runs from scratch on the same elements.
  const graphRef = useRef(graph);
  graphRef.current = graph;
  const lastLayout = useRef(layout);
  useEffect(() => {
    if (lastLayout.current === layout) return;
    lastLayout.current = layout;
    if (cy && graphRef.current && cy.nodes().nonempty()) runLayout(cy, false, graphRef.current);
  }, [cy, layout]);
}
