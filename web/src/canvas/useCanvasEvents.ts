/**
 * User gestures on the canvas → view store: tap selects a node or a tie (met / spoke) for the details
 * panel, double-tap expands, a drag pins the node.
 */
import type { Core, EventObject } from "cytoscape";
import { useEffect } from "react";
import { nodeId } from "../../../model/ids.ts";
import { isTieKind } from "../../../model/kinds.ts";
import { openCluster } from "../state/overviewActions.ts";
import { useViewStore } from "../state/viewState.ts";

export function useCanvasEvents(cy: Core | null) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const store = useViewStore.getState;
    const isCluster = (e: EventObject) => e.target.data("kind") === "Cluster";
    // A cluster of the overview opens (its members are drawn) instead of being selected.
    const onTapNode = (e: EventObject) =>
      isCluster(e) ? openCluster(e.target.id()) : store().select(nodeId(e.target.id()));
    const onTapEdge = (e: EventObject) => {
      if (isTieKind(String(e.target.data("kind"))))
        store().selectTie(nodeId(e.target.data("source")), nodeId(e.target.data("target")));
    };
    const onTapBackground = (e: EventObject) => {
      if (e.target === cy) store().select(null);
    };
    const onDoubleTap = (e: EventObject) => {
      if (!isCluster(e)) store().expand(nodeId(e.target.id()));
    };
    const onDragFree = (e: EventObject) => {
      if (isCluster(e)) return;
      const p = e.target.position();
      store().pin(nodeId(e.target.id()), { x: Math.round(p.x), y: Math.round(p.y) });
    };
    // The full name as a native tooltip: event labels on the canvas are shortened to type and date.
    const onOver = (e: EventObject) => {
      cy.container()?.setAttribute("title", String(e.target.data("fullName") ?? ""));
    };
    const onOut = () => cy.container()?.removeAttribute("title");
    cy.on("mouseover", "node", onOver);
    cy.on("mouseout", "node", onOut);
    cy.on("tap", "node", onTapNode);
    cy.on("tap", "edge", onTapEdge);
    cy.on("tap", onTapBackground);
    cy.on("dbltap", "node", onDoubleTap);
    cy.on("dragfree", "node", onDragFree);
    return () => {
      cy.off("mouseover", "node", onOver);
      cy.off("mouseout", "node", onOut);
      cy.off("tap", "node", onTapNode);
      cy.off("tap", "edge", onTapEdge);
      cy.off("tap", onTapBackground);
      cy.off("dbltap", "node", onDoubleTap);
      cy.off("dragfree", "node", onDragFree);
    };
  }, [cy]);
}
