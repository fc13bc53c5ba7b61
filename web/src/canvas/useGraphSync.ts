/**
 * Keeps the canvas in step with the visible graph: adds and removes elements by id (never reloading
 * the whole graph), sizes and colours nodes, and re-runs the layout when the membership changed.
 */
import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { useGraphMetrics } from "../analysis/useGraphMetrics.ts";
import { diffElements, nodeLabel } from "../graph/elements.ts";
import { useViewStore } from "../state/viewState.ts";
import { applyNodeData } from "./applyNodeData.ts";
import { runLayout } from "./runLayout.ts";

export function useGraphSync(cy: Core | null, graph: GraphPayload | undefined) {
  const metrics = useGraphMetrics(graph);
  const sizeBy = useViewStore((s) => s.sizeBy);
  const colorBy = useViewStore((s) => s.colorBy);
  const lang = useViewStore((s) => s.lang);
  const layout = useViewStore((s) => s.layout);
  const langRef = useRef(lang);
  langRef.current = lang;

  // Membership: add/remove by id, then lay out (incrementally when the canvas already had nodes).
  useEffect(() => {
    if (!cy || !graph) return;
    const current = new Set(cy.elements().map((e) => e.id()));
    const { add, remove } = diffElements(current, graph, langRef.current);
    const { pinned } = useViewStore.getState();
    cy.batch(() => {
      for (const id of remove) cy.$id(id).remove();
      cy.add(
        add.map((el) =>
          pinned[el.data.id ?? ""] ? { ...el, position: { ...pinned[el.data.id ?? ""] } } : el,
        ),
      );
    });
    applyNodeData(cy, metrics, useViewStore.getState().sizeBy, useViewStore.getState().colorBy);
    if (add.length > 0 || remove.length > 0 || current.size === 0) runLayout(cy, current.size > 0, graph);
  }, [cy, graph, metrics]);

  useEffect(() => {
    if (cy) applyNodeData(cy, metrics, sizeBy, colorBy);
  }, [cy, metrics, sizeBy, colorBy]);

  useEffect(() => {
    if (!cy || !graph) return;
    cy.batch(() => {
      for (const n of graph.nodes) cy.$id(n.id).data("label", nodeLabel(n, lang));
    });
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
