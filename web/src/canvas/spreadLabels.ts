/** Applies removeOverlaps to the canvas: boxes include labels; pinned nodes do not move. */
import type { Core } from "cytoscape";
import { type Box, removeOverlaps } from "../graph/removeOverlaps.ts";

/** Above this many nodes the quadratic pass costs more than it gives. */
export const SPREAD_LIMIT = 800;

export function spreadLabels(cy: Core, pinned: Readonly<Record<string, unknown>>) {
  const nodes = cy.nodes();
  if (nodes.length > SPREAD_LIMIT) return;
  const offsets = new Map<string, { dx: number; dy: number }>();
  const boxes: Box[] = nodes.map((n) => {
    const bb = n.boundingBox({ includeLabels: true, includeOverlays: false });
    const p = n.position();
    const x = (bb.x1 + bb.x2) / 2;
    const y = (bb.y1 + bb.y2) / 2;
    offsets.set(n.id(), { dx: x - p.x, dy: y - p.y });
    return { id: n.id(), x, y, w: bb.w, h: bb.h, fixed: n.id() in pinned };
  });
  removeOverlaps(boxes);
  cy.batch(() => {
    for (const b of boxes) {
      const o = offsets.get(b.id)!;
      cy.$id(b.id).position({ x: b.x - o.dx, y: b.y - o.dy });
    }
  });
}
