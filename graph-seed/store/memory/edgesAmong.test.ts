import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { edgesAmong } from "./edgesAmong.ts";
import type { StoreGraph } from "./state.ts";

/** A graph with a few hubs (node 0 and 1 touch everything) and random edges among the rest. */
function graphOf(pairs: [number, number][], nodes: number): StoreGraph {
  const g = new MultiDirectedGraph<GraphNode, GraphEdge>();
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { id: `n${i}` } as GraphNode);
  const add = (s: number, t: number, i: number) => {
    const id = `e${i}`;
    const kind = i % 5 === 0 ? "MENTIONS" : "PARTICIPATED_IN";
    g.addEdgeWithKey(id, `n${s}`, `n${t}`, { id, kind, source: `n${s}`, target: `n${t}` } as GraphEdge);
  };
  let i = 0;
  for (let n = 2; n < nodes; n++) {
    add(0, n, i++);
    add(n, 1, i++);
  }
  add(0, 1, i++);
  add(1, 0, i++);
  for (const [s, t] of pairs) add(s % nodes, t % nodes, i++);
  return g;
}

function naive(g: StoreGraph, ids: Set<string>, keep: (e: GraphEdge) => boolean) {
  return g.filterEdges((_, e) => ids.has(e.source) && ids.has(e.target) && keep(e));
}

describe("edgesAmong", () => {
  it("finds exactly the kept edges with both ends in the set, hubs or not, each once", () => {
    const nodes = 150; // hubs 0 and 1 have ~150 edges each, over the hub threshold
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(nodes), fc.nat(nodes)), { maxLength: 300 }),
        fc.uniqueArray(fc.nat(nodes - 1), { maxLength: 60 }),
        (pairs, members) => {
          const g = graphOf(pairs, nodes);
          const ids = new Set(members.map((m) => `n${m}`));
          const keep = (e: GraphEdge) => e.kind !== "MENTIONS";
          const found = edgesAmong(g, ids, keep).map((e) => e.id);
          expect(new Set(found).size).toBe(found.length);
          expect(found.sort()).toEqual(naive(g, ids, keep).sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps a hub's edge to itself (found by fast-check: seed -259060336)", () => {
    const g = graphOf([[0, 0]], 150);
    const found = edgesAmong(g, new Set(["n0"]), (e) => e.kind !== "MENTIONS").map((e) => e.id);
    expect(found).toEqual(naive(g, new Set(["n0"]), (e) => e.kind !== "MENTIONS"));
    expect(found).toHaveLength(1);
  });
});
