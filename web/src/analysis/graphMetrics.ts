/**
 * Centrality and communities of the drawn graph (graphology-metrics, graphology-communities-louvain).
 * Pure: payload in, numbers out; the hook in useGraphMetrics.ts caches one result per payload.
 */
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import type { GraphPayload, NodeRef } from "../../../model/api.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { seededRandom } from "../../../model/seededRandom.ts";
import { personGraph, toUndirected } from "./buildGraph.ts";
import { NO_METRICS } from "./degrees.ts";

/** Brandes betweenness is O(V·E): past this many nodes it would freeze the tab, so it is skipped. */
export const BETWEENNESS_NODE_LIMIT = 3000;
const RANKED = 10;

export interface RankedNode {
  node: NodeRef;
  value: number;
}

export interface GraphMetrics {
  degree: Record<string, number>;
  /** Normalised to 0..1; empty when the graph is past BETWEENNESS_NODE_LIMIT. */
  betweenness: Record<string, number>;
  /** Louvain community of each person (other kinds have none). */
  community: Record<string, number>;
  communityCount: number;
  /** People by degree, highest first. */
  topConnected: RankedNode[];
  /** Entities (not events or articles) by betweenness, highest first: those between groups. */
  brokers: RankedNode[];
  betweennessSkipped: boolean;
}

const refOf = (n: GraphNode): NodeRef => ({ id: n.id, kind: n.kind, name: n.name });

function ranked(nodes: GraphNode[], score: Record<string, number>, keep: (n: GraphNode) => boolean) {
  return nodes
    .filter((n) => keep(n) && (score[n.id] ?? 0) > 0)
    .map((n) => ({ node: refOf(n), value: score[n.id]! }))
    .sort((a, b) => b.value - a.value || a.node.id.localeCompare(b.node.id))
    .slice(0, RANKED);
}

export function communitiesOf(payload: GraphPayload): { community: Record<string, number>; count: number } {
  const people = personGraph(payload);
  if (people.order === 0) return { community: {}, count: 0 };
  if (people.size === 0) {
    // Louvain needs edges; unconnected people are each their own group.
    const community = Object.fromEntries(people.nodes().map((id, i) => [id, i]));
    return { community, count: people.order };
  }
  const detailed = louvain.detailed(people, { getEdgeWeight: "weight", rng: seededRandom() });
  return { community: detailed.communities, count: detailed.count };
}

/** What an empty graph measures: nothing (graphology's betweenness throws on zero nodes). */
export { NO_METRICS };

/**
 * `betweenness: false` skips Brandes (O(V·E), 8.5 s of main thread at 1,279 nodes): the canvas needs it
 * only when nodes are sized by it; the analysis panel asks for it.
 */
export function computeMetrics(payload: GraphPayload, options = { betweenness: true }): GraphMetrics {
  if (payload.nodes.length === 0) return { ...NO_METRICS };
  const graph = toUndirected(payload);
  const degree: Record<string, number> = {};
  graph.forEachNode((id) => {
    degree[id] = graph.degree(id);
  });
  const betweennessSkipped = !options.betweenness || graph.order > BETWEENNESS_NODE_LIMIT;
  const betweenness = betweennessSkipped ? {} : betweennessCentrality(graph, { normalized: true });
  const { community, count } = communitiesOf(payload);
  const isEntity = (n: GraphNode) => n.kind !== "Event" && n.kind !== "Article";
  return {
    degree,
    betweenness,
    community,
    communityCount: count,
    topConnected: ranked(payload.nodes, degree, (n) => n.kind === "Person"),
    brokers: ranked(payload.nodes, betweenness, isEntity),
    betweennessSkipped,
  };
}
