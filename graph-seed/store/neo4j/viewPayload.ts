/**
 * A view ranked in the database, as an answer: the kept nodes, the relationships among them (a second
 * statement, with their evidence), and the totals the ranking statement counted before its LIMIT.
 */
import type { GraphPayload } from "../../../model/api.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { byEdgeId } from "./ego.ts";
import { edgeFromRecord } from "./mapping.ts";
import type { Row } from "./session.ts";
import { asMap, toJsNumber } from "./values.ts";

export async function viewPayload(
  nodes: GraphNode[],
  top: Row | undefined,
  limit: number,
  edgesAmong: (ids: string[]) => Promise<Row[]>,
): Promise<GraphPayload> {
  const ids = nodes.map((n) => n.id);
  const rows = ids.length === 0 ? [] : await edgesAmong(ids);
  const edges = rows.map((row) =>
    edgeFromRecord({ props: asMap(row.props), source: String(row.source), target: String(row.target) }),
  );
  const totalNodes = top ? toJsNumber(top.totalNodes) : 0;
  return {
    nodes,
    edges: edges.sort(byEdgeId),
    truncated: totalNodes > limit,
    total: { nodes: totalNodes, edges: top ? toJsNumber(top.totalEdges) : 0 },
  };
}
