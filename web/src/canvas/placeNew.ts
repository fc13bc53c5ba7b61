/**
 * Puts newly added nodes next to a neighbour that was already placed, so an incremental layout grows
 * the picture from there instead of pulling everything from the origin; nodes with no placed neighbour
 * (a fresh graph, an island) fan out on a sunflower spiral. Either way no two new nodes share a spot:
 * an edge between overlapping nodes cannot be drawn, and Cytoscape warned "invalid endpoints" for every
 * such edge in the frame drawn before the layout finished.
 */
import type { Core, NodeCollection, NodeSingular } from "cytoscape";

const GOLDEN_ANGLE = 2.39996;
/** Distance from the anchor to its first newcomer, and the spiral's spacing (the largest node is 70). */
const RING = 90;
const SPACING = 48;

/** The k-th point of a Vogel spiral around a centre: evenly spread, about 1.8 × SPACING apart. */
export function spiralPoint(centre: { x: number; y: number }, k: number, start = 0) {
  const r = start + SPACING * Math.sqrt(k);
  return { x: centre.x + r * Math.cos(k * GOLDEN_ANGLE), y: centre.y + r * Math.sin(k * GOLDEN_ANGLE) };
}

export function placeNearNeighbours(cy: Core, added: NodeCollection) {
  const fresh = new Set(added.map((n) => n.id()));
  const around = new Map<string, number>();
  const loose: NodeSingular[] = [];
  added.forEach((node) => {
    const anchor = node.neighborhood("node").filter((n) => !fresh.has(n.id()))[0];
    if (!anchor) {
      loose.push(node);
      return;
    }
    const k = around.get(anchor.id()) ?? 0;
    around.set(anchor.id(), k + 1);
    node.position(spiralPoint(anchor.position(), k, RING));
  });
  const placed = cy.nodes().filter((n) => !fresh.has(n.id()));
  const bb = placed.nonempty() ? placed.boundingBox({}) : null;
  const centre = bb ? { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
  loose.forEach((node, k) => {
    // Half a step out: the first points of a spiral from its very centre would crowd.
    node.position(spiralPoint(centre, k + 0.5));
  });
  return cy;
}
