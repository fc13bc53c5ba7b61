import cytoscape, { type NodeCollection } from "cytoscape";
import { describe, expect, it } from "vitest";
import { MAX_SIZE } from "../graph/sizing.ts";
import { placeNearNeighbours } from "./placeNew.ts";

/** The closest two of the nodes: under the largest node size they could overlap. */
function closest(nodes: NodeCollection): number {
  const ps = nodes.map((n) => n.position());
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++)
      min = Math.min(min, Math.hypot(ps[i]!.x - ps[j]!.x, ps[i]!.y - ps[j]!.y));
  return min;
}

describe("placing new nodes", () => {
  it("spreads a fresh graph so no two nodes overlap before the layout runs", () => {
    const cy = cytoscape({ headless: true });
    const ids = Array.from({ length: 300 }, (_, i) => `n${i}`);
    const added = cy.add([
      ...ids.map((id) => ({ data: { id } })),
      ...ids.slice(1).map((id, i) => ({ data: { id: `e${i}`, source: ids[i]!, target: id } })),
    ]);
    placeNearNeighbours(cy, added.nodes());
    expect(closest(cy.nodes())).toBeGreaterThan(MAX_SIZE);
  });

  it("fans many newcomers around one anchor without piling them up", () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: "hub" }, position: { x: 0, y: 0 } }] });
    const ids = Array.from({ length: 60 }, (_, i) => `m${i}`);
    const added = cy.add([
      ...ids.map((id) => ({ data: { id } })),
      ...ids.map((id) => ({ data: { id: `h-${id}`, source: "hub", target: id } })),
    ]);
    placeNearNeighbours(cy, added.nodes());
    expect(closest(cy.nodes())).toBeGreaterThan(MAX_SIZE);
  });
});
