/**
 * Puts newly added nodes next to a neighbour that was already placed (with a little jitter), so an
 * incremental layout grows the picture from there instead of pulling everything from the origin.
 */
import type { Core, NodeCollection } from "cytoscape";

export function placeNearNeighbours(cy: Core, added: NodeCollection) {
  const fresh = new Set(added.map((n) => n.id()));
  added.forEach((node, i) => {
    const anchor = node.neighborhood("node").filter((n) => !fresh.has(n.id()))[0];
    if (!anchor) return;
    const p = anchor.position();
    const angle = (i * 2.39996) % (2 * Math.PI); // golden angle: neighbours fan out evenly
    node.position({ x: p.x + 90 * Math.cos(angle), y: p.y + 90 * Math.sin(angle) });
  });
  return cy;
}
