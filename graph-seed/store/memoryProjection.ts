/**
 * Undirected, simple projections of the store graph for walking: the events view (entity–event edges)
 * and the people view (MET). Paths ignore edge direction, and one projected edge remembers every stored
 * edge between its two ends so each path step can show its evidence. Built lazily, dropped on write.
 */
import { UndirectedGraph } from "graphology";
import type { GraphView } from "../../model/kinds.ts";
import { EVENT_VIEW_EDGES } from "./memoryGraphQuery.ts";
import type { StoreGraph } from "./memoryState.ts";

export interface ProjectedEdge {
  edges: string[];
}
export type Projection = UndirectedGraph<Record<string, never>, ProjectedEdge>;

export function buildProjection(graph: StoreGraph, view: GraphView): Projection {
  const walk =
    view === "people" ? (k: string) => k === "MET" : (k: string) => EVENT_VIEW_EDGES.has(k as never);
  // Group by unordered pair first: one addEdge per pair is far cheaper than a lookup per stored edge.
  const pairs = new Map<string, { a: string; b: string; edges: string[] }>();
  graph.forEachEdge((id, e, source, target) => {
    if (!walk(e.kind) || source === target) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key);
    if (pair) pair.edges.push(id);
    else pairs.set(key, { a, b, edges: [id] });
  });
  // Insert in id order: neighbour iteration order then depends only on the ids, so path searches give
  // the same answer for the same graph in either store, however it was loaded.
  const proj: Projection = new UndirectedGraph();
  const keys = [...pairs.keys()].sort();
  for (const n of [...new Set(keys.flatMap((k) => [pairs.get(k)!.a, pairs.get(k)!.b]))].sort())
    proj.addNode(n);
  for (const k of keys) {
    const { a, b, edges } = pairs.get(k)!;
    proj.addEdge(a, b, { edges: edges.sort() });
  }
  return proj;
}
