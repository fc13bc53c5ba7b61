import { describe, expect, it } from "vitest";
import { generateGraph } from "../../bench/generateGraph.ts";
import { structureOf } from "./structure.ts";
import { structureJob } from "./structureJob.ts";
import { structureFor } from "./structureWorker.ts";

describe("the overview's structure", () => {
  const graph = generateGraph(3000);

  it("is the same answer whether asked of the worker client or computed in place", async () => {
    const asked = await structureFor(graph);
    expect(asked).toEqual(structureOf(graph));
    // Asked once per payload: the second answer is the same object.
    expect(await structureFor(graph)).toBe(asked);
  });

  it("counts each node's distinct neighbours and gives every node a community", () => {
    const s = structureOf(graph);
    const neighbours = new Map<string, Set<string>>(graph.nodes.map((n) => [n.id, new Set()]));
    for (const e of graph.edges) {
      neighbours.get(e.source)?.add(e.target);
      neighbours.get(e.target)?.add(e.source);
    }
    for (const [id, set] of neighbours) expect(s.degree[id]).toBe(set.size);
    expect(Object.keys(s.community).sort()).toEqual(graph.nodes.map((n) => n.id as string).sort());
    expect(new Set(Object.values(s.community)).size).toBeGreaterThan(1);
  });

  it("sends only edges whose ends are in the payload, as index pairs", () => {
    const small = {
      ...graph,
      nodes: graph.nodes.slice(0, 2),
      edges: [
        { ...graph.edges[0]!, source: graph.nodes[0]!.id, target: graph.nodes[1]!.id },
        graph.edges[1]!,
      ],
    };
    const job = structureJob(small);
    expect(job.ids).toEqual([graph.nodes[0]!.id, graph.nodes[1]!.id]);
    expect([...job.edges]).toEqual([0, 1]);
  });
});
