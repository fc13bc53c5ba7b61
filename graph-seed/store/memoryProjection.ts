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
  const proj: Projection = new UndirectedGraph();
  graph.forEachEdge((id, e, source, target) => {
    if (!walk(e.kind) || source === target) return;
    proj.mergeNode(source);
    proj.mergeNode(target);
    const existing = proj.edge(source, target);
    if (existing === undefined) proj.addEdge(source, target, { edges: [id] });
    else proj.getEdgeAttributes(existing).edges.push(id);
  });
  return proj;
}

/** The graph induced by some nodes of a projection (graphology has no subgraph helper installed). */
export function inducedSubgraph(proj: Projection, keep: Set<string>): Projection {
  const sub: Projection = new UndirectedGraph();
  for (const n of keep) sub.addNode(n);
  proj.forEachEdge((_, attrs, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addEdge(source, target, attrs);
  });
  return sub;
}
