/**
 * Expansion in the "who met whom" view: the people the person met or spoke with, taken from the
 * people-view graph (the server's /nodes/:id/neighbours knows no view and would bring in event nodes).
 */
import type { GraphPayload } from "../../../model/api.ts";
import type { GraphEdge } from "../../../model/graph.ts";
import { isTieKind } from "../../../model/kinds.ts";

/** The node, everyone it met or spoke with and those ties; empty when the node is not in the graph. */
export function metNeighbourhood(people: GraphPayload, id: string): GraphPayload {
  const edges: GraphEdge[] = people.edges.filter(
    (e) => isTieKind(e.kind) && (e.source === id || e.target === id),
  );
  const ids = new Set<string>([id]);
  for (const e of edges) ids.add(e.source === id ? e.target : e.source);
  const nodes = people.nodes.filter((n) => ids.has(n.id));
  if (!nodes.some((n) => n.id === id)) {
    return { nodes: [], edges: [], truncated: false, total: { nodes: 0, edges: 0 } };
  }
  return { nodes, edges, truncated: false, total: { nodes: nodes.length, edges: edges.length } };
}
