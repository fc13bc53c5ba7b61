/**
 * The selected node (or tie) in the view store ⇄ the canvas: selecting anywhere centres and marks it here;
 * a tie marks every edge between its two people (they may have met and spoken).
 */
import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { tieEnds, useViewStore } from "../state/viewState.ts";
import { useCyStore } from "./cyStore.ts";

/** Centres on a node and flashes a halo on it, so a node picked from a list is easy to spot. */
export function centreOn(cy: Core, id: string) {
  const node = cy.$id(id);
  if (node.empty()) return;
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
  node.addClass("found");
  setTimeout(() => {
    if (!cy.destroyed()) node.removeClass("found");
  }, 1600);
}

export function useSelectionSync(cy: Core | null, graph: GraphPayload | undefined) {
  const selected = useViewStore((s) => s.selected);
  const tie = useViewStore((s) => s.tie);
  const ready = useCyStore((s) => graph !== undefined && s.readyFor === graph);
  // Set when the selection came from outside the canvas (search, lists, a link): centre once laid out.
  const pendingCentre = useRef<string | null>(null);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const node = selected ? cy.$id(selected) : cy.collection();
    if (node.nonempty() && node.selected()) return; // a tap on the canvas: already marked, no jump
    const ends = tieEnds(tie);
    const marked = ends && !selected ? cy.$id(ends[0]).edgesWith(cy.$id(ends[1])) : node;
    cy.batch(() => {
      cy.$(":selected").unselect();
      marked.select();
    });
    pendingCentre.current = selected;
  }, [cy, graph, selected, tie]);

  useEffect(() => {
    if (
      !cy ||
      cy.destroyed() ||
      !ready ||
      !selected ||
      pendingCentre.current !== selected ||
      cy.$id(selected).empty()
    )
      return;
    pendingCentre.current = null;
    centreOn(cy, selected);
  }, [cy, ready, selected]);
}
