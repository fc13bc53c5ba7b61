/**
 * neighbourhood() on Neo4j: the ego network is walked, filtered, ordered, counted and cut to the limit in
 * the database (NEIGHBOURHOOD); the app gets the kept nodes and, in a second statement, the relationships
 * among them with their evidence. Hubs are reached but not walked through (see HUB_DEGREE).
 */
import type { GraphPayload, NeighbourhoodQuery } from "../../../model/api.ts";
import type { GraphEdge } from "../../../model/graph.ts";
import type { NodeId } from "../../../model/ids.ts";
import { EVENT_VIEW_EDGES } from "../memory/graphQuery.ts";
import { EDGES_AMONG_SHOWN, NEIGHBOURHOOD } from "./cypherReads.ts";
import { edgeFromRecord, nodeFromProps } from "./mapping.ts";
import { reviewParams } from "./reviewParams.ts";
import type { CypherRunner, Row } from "./session.ts";
import { asMap, toCypherInt, toJsNumber } from "./values.ts";

/**
 * A node with more events-graph relationships than this (a country with every event held in it; mentions
 * do not count) ends the walk: its own neighbours would be most of the graph, and nobody expands a click
 * into them. The answer then says `truncated`. The embedded store walks everything; on graphs without
 * such hubs the answers are equal.
 */
export const HUB_DEGREE = 1000;

const WALK = [...EVENT_VIEW_EDGES];
const ARTICLE_EDGES = ["MENTIONS", "REPORTED_IN"];

export function neighbourhoodParams(id: NodeId, q: NeighbourhoodQuery) {
  return {
    id,
    types: WALK,
    withArticles: q.kinds?.includes("Article") ?? false,
    depth: toCypherInt(q.depth),
    hubDegree: toCypherInt(HUB_DEGREE),
    kinds: q.kinds?.length ? q.kinds : null,
    limit: toCypherInt(q.limit),
    ...reviewParams(q),
  };
}

const edgeOf = (row: Row) =>
  edgeFromRecord({ props: asMap(row.props), source: String(row.source), target: String(row.target) });

export const byEdgeId = (a: GraphEdge, b: GraphEdge) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function readNeighbourhood(
  db: CypherRunner,
  id: NodeId,
  q: NeighbourhoodQuery,
): Promise<GraphPayload | null> {
  const [row] = await db.read(NEIGHBOURHOOD, neighbourhoodParams(id, q));
  if (!row) return null;
  const nodes = (Array.isArray(row.nodes) ? row.nodes : []).map((p) => nodeFromProps(asMap(p)));
  const centre = nodes[0];
  const withArticles = centre?.kind === "Article" || (q.kinds?.includes("Article") ?? false);
  const types = [...WALK, ...(withArticles ? ARTICLE_EDGES : [])];
  const ids = nodes.map((n) => n.id);
  const edges = (await db.read(EDGES_AMONG_SHOWN, { ids, types, ...reviewParams(q) })).map(edgeOf);
  const totalNodes = toJsNumber(row.totalNodes);
  return {
    nodes,
    edges: edges.sort(byEdgeId),
    truncated: totalNodes > q.limit || row.cut === true,
    total: { nodes: totalNodes, edges: toJsNumber(row.totalEdges) },
  };
}
