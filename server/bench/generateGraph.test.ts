import { describe, expect, it } from "vitest";
import { generateGraph } from "./generateGraph.ts";

describe("generateGraph", () => {
  it("builds the requested number of nodes with edges only between them", () => {
    const { batch, persons } = generateGraph(5000);
    expect(batch.nodes).toHaveLength(5000);
    expect(new Set(batch.nodes.map((n) => n.id)).size).toBe(5000);
    const ids = new Set<string>(batch.nodes.map((n) => n.id));
    expect(batch.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(persons.length).toBe(750);
  });
  it("is deterministic for a seed", () => {
    expect(generateGraph(1000, 7).batch.edges.map((e) => e.id)).toEqual(
      generateGraph(1000, 7).batch.edges.map((e) => e.id),
    );
  });
});
