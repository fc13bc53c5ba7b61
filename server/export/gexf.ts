/** GEXF 1.3 through graphology-gexf, with the export columns as node and edge attributes. */
import Graph from "graphology";
import { write } from "graphology-gexf";
import type { GraphPayload } from "../../model/api.ts";
import { type Cell, type Column, EDGE_COLUMNS, NODE_COLUMNS } from "./columns.ts";

type Attrs = Record<string, Cell>;

function attributesOf<T>(columns: Column<T>[], item: T): Attrs {
  const attrs: Attrs = {};
  for (const c of columns) {
    const value = c.get(item);
    if (value !== null && !["id", "source", "target"].includes(c.name)) attrs[c.name] = value;
  }
  return attrs;
}

export function toGexf(payload: GraphPayload): string {
  const graph = new Graph<Attrs, Attrs>({ type: "directed", multi: true, allowSelfLoops: true });
  for (const node of payload.nodes) graph.mergeNode(node.id, attributesOf(NODE_COLUMNS, node));
  for (const edge of payload.edges) {
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, attributesOf(EDGE_COLUMNS, edge));
  }
  return write(graph, {
    version: "1.3",
    formatNode: (_key, attributes) => ({
      label: String(attributes.name_en ?? attributes.name_ar ?? ""),
      attributes,
    }),
    formatEdge: (_key, attributes) => ({
      label: String(attributes.kind ?? ""),
      kind: String(attributes.kind ?? ""),
      weight: typeof attributes.weight === "number" ? attributes.weight : 1,
      attributes,
    }),
  });
}
