/**
 * Writing a planned change into the embedded graph, with its undo record: edges deleted first, then
 * nodes written, then edges written, then nodes deleted (graphology drops a node's remaining edges).
 */
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { isTieKind } from "../../../model/kinds.ts";
import type { FactReader, RecordChange } from "../curation/reader.ts";
import type { MemoryState, StoreGraph } from "./state.ts";
import type { Undo } from "./undo.ts";

export function memoryReader(state: MemoryState): FactReader {
  const { graph } = state;
  return {
    node: async (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : null),
    edge: async (id) => (graph.hasEdge(id) ? graph.getEdgeAttributes(id) : null),
    edgesOf: async (id) =>
      graph.hasNode(id) ? graph.mapEdges(id, (_, e) => e).filter((e) => !isTieKind(e.kind)) : [],
    articleText: async (id) => state.articles.get(id)?.text ?? null,
  };
}

function putEdge(graph: StoreGraph, edge: GraphEdge) {
  if (graph.hasEdge(edge.id)) {
    const [s, t] = graph.extremities(edge.id);
    if (s === edge.source && t === edge.target) {
      graph.replaceEdgeAttributes(edge.id, edge);
      return;
    }
    graph.dropEdge(edge.id);
  }
  graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
}

/** Applies `change` and returns its undo: every record it replaces, and the edges dropped with a node. */
export function applyChange(graph: StoreGraph, change: RecordChange): Undo {
  const oldNodes = [...change.nodes.keys()].map(
    (id) => [id, graph.hasNode(id) ? graph.getNodeAttributes(id) : null] as const,
  );
  const oldEdges = new Map<string, GraphEdge | null>();
  for (const id of change.edges.keys())
    oldEdges.set(id, graph.hasEdge(id) ? graph.getEdgeAttributes(id) : null);
  for (const [id, node] of change.nodes) {
    if (node === null && graph.hasNode(id))
      graph.forEachEdge(id, (eid, e) => oldEdges.set(eid, oldEdges.get(eid) ?? e));
  }
  for (const [id, edge] of change.edges) if (edge === null && graph.hasEdge(id)) graph.dropEdge(id);
  for (const [id, node] of change.nodes) {
    if (!node) continue;
    if (graph.hasNode(id)) graph.replaceNodeAttributes(id, node);
    else graph.addNode(id, node);
  }
  for (const edge of change.edges.values()) if (edge) putEdge(graph, edge);
  for (const [id, node] of change.nodes) if (node === null && graph.hasNode(id)) graph.dropNode(id);
  return () => undo(graph, oldNodes, oldEdges);
}

function undo(
  graph: StoreGraph,
  nodes: (readonly [string, GraphNode | null])[],
  edges: Map<string, GraphEdge | null>,
) {
  const touched = new Set<string>();
  for (const id of edges.keys()) {
    if (!graph.hasEdge(id)) continue;
    touched.add(graph.source(id)).add(graph.target(id));
    graph.dropEdge(id);
  }
  for (const [id, old] of nodes) {
    touched.add(id);
    if (old && graph.hasNode(id)) graph.replaceNodeAttributes(id, old);
    else if (old) graph.addNode(id, old);
    else if (graph.hasNode(id)) graph.dropNode(id);
  }
  for (const old of edges.values()) {
    if (!old || !graph.hasNode(old.source) || !graph.hasNode(old.target)) continue;
    putEdge(graph, old);
    touched.add(old.source).add(old.target);
  }
  return [...touched];
}
