/**
 * What the canvas needs before the metrics library has loaded: each node's degree (distinct neighbours,
 * as graphology counts them on the undirected simple graph), and no centrality or communities yet.
 */
import type { GraphPayload } from "../../../model/api.ts";
import type { GraphMetrics } from "./graphMetrics.ts";

export const NO_METRICS: GraphMetrics = {
  degree: {},
  betweenness: {},
  community: {},
  communityCount: 0,
  topConnected: [],
  brokers: [],
  betweennessSkipped: false,
};

export function degreesOf(payload: GraphPayload): Record<string, number> {
  const neighbours = new Map<string, Set<string>>(payload.nodes.map((n) => [n.id, new Set()]));
  for (const e of payload.edges) {
    const [a, b] = [neighbours.get(e.source), neighbours.get(e.target)];
    if (e.source === e.target || !a || !b) continue;
    a.add(e.target);
    b.add(e.source);
  }
  return Object.fromEntries([...neighbours].map(([id, set]) => [id, set.size]));
}

/** Sizes by degree right away; colours and centrality follow when graphMetrics.ts arrives. */
export const degreeOnly = (payload: GraphPayload): GraphMetrics => ({
  ...NO_METRICS,
  degree: degreesOf(payload),
});
