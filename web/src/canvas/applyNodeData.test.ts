import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { communityColor } from "../graph/kindStyle.ts";
import { MAX_SIZE, MIN_SIZE } from "../graph/sizing.ts";
import { applyNodeData } from "./applyNodeData.ts";
import { placeNearNeighbours } from "./placeNew.ts";

const graph = () =>
  cytoscape({
    headless: true,
    elements: [
      { data: { id: "p", kind: "Person" } },
      { data: { id: "q", kind: "Person" } },
      { data: { id: "c", kind: "Country" } },
      { data: { id: "pq", source: "p", target: "q" } },
    ],
  });

const metrics = {
  degree: { p: 9, q: 1, c: 0 },
  betweenness: { p: 0, q: 0.5, c: 0 },
  community: { p: 0, q: 1, c: 2 },
};

describe("node data on the canvas", () => {
  it("sizes nodes by the chosen metric", () => {
    const cy = graph();
    applyNodeData(cy, metrics, "degree", "kind");
    expect(cy.$id("p").data("size")).toBe(MAX_SIZE);
    expect(cy.$id("c").data("size")).toBe(MIN_SIZE);
    applyNodeData(cy, metrics, "betweenness", "kind");
    expect(cy.$id("q").data("size")).toBe(MAX_SIZE);
  });

  it("colours people (only) by community, and removes the colour again for colour by kind", () => {
    const cy = graph();
    applyNodeData(cy, metrics, "none", "community");
    expect(cy.$id("p").data("color")).toBe(communityColor(0));
    expect(cy.$id("q").data("color")).toBe(communityColor(1));
    expect(cy.$id("c").data("color")).toBeUndefined();
    applyNodeData(cy, metrics, "none", "kind");
    expect(cy.$id("p").data("color")).toBeUndefined();
  });

  it("places expanded nodes next to a neighbour already on the canvas", () => {
    const cy = graph();
    cy.$id("p").position({ x: 500, y: 500 });
    const added = cy.add([
      { data: { id: "n", kind: "Event" } },
      { data: { id: "pn", source: "p", target: "n" } },
    ]);
    placeNearNeighbours(cy, added.nodes());
    const { x, y } = cy.$id("n").position();
    expect(Math.hypot(x - 500, y - 500)).toBeCloseTo(90, 5);
  });
});
