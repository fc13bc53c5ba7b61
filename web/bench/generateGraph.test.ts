import { describe, expect, it } from "vitest";
import { generateGraph } from "./generateGraph.ts";

describe("generateGraph", () => {
  it.each([1000, 5000, 20000])("makes about %i elements whose edges all join existing nodes", (size) => {
    const g = generateGraph(size);
    const total = g.nodes.length + g.edges.length;
    expect(Math.abs(total - size) / size).toBeLessThan(0.01);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(g.nodes.length);
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  });

  it("is deterministic for a seed", () => {
    expect(generateGraph(500, 7)).toEqual(generateGraph(500, 7));
    expect(generateGraph(500, 7)).not.toEqual(generateGraph(500, 8));
  });
});
