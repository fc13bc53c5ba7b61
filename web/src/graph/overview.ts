/**
 * The overview of a large graph: the most connected nodes (the leaders) stay drawn with their ties; every
 * other node is folded into the cluster of its community (Louvain over all nodes), drawn as one node
 * with a count. Expanding a cluster draws its members again. Pure: payload and its structure (degree and
 * community, structure.ts, computed in a worker) in, what to draw out.
 */
import type { GraphPayload } from "../../../model/api.ts";
import type { GraphNode } from "../../../model/graph.ts";
import type { Structure } from "./structureJob.ts";

export type { Structure };

export interface Cluster {
  /** `cluster:` + the id of its most connected member: stable for the same graph, so a link can name it. */
  id: string;
  /** The most connected member: the cluster is labelled with its name. */
  top: GraphNode;
  members: string[];
}

/** A tie between two drawn things, at least one a cluster; weight = the edges it stands for. */
export interface ClusterTie {
  id: string;
  source: string;
  target: string;
  weight: number;
}

export interface Overview {
  /** Real nodes still drawn and the edges between them. */
  graph: GraphPayload;
  clusters: Cluster[];
  ties: ClusterTie[];
  /** Nodes folded into clusters (not drawn one by one). */
  hidden: number;
  total: number;
}

export interface OverviewOptions {
  /** Fold above this many nodes; 0 = never. */
  threshold: number;
  /** Clusters drawn member by member. */
  expanded: readonly string[];
  /** Nodes that stay drawn whatever their rank (the selection, path ends). */
  keep: readonly string[];
  /** How many of the most connected nodes stay drawn. */
  leaders?: number;
}

export const DEFAULT_LEADERS = 60;
export const CLUSTER_PREFIX = "cluster:";
export const isClusterId = (id: string) => id.startsWith(CLUSTER_PREFIX);

const byRank = (degree: Record<string, number>) => (a: GraphNode, b: GraphNode) =>
  (degree[b.id] ?? 0) - (degree[a.id] ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function foldIntoClusters(folded: GraphNode[], community: Record<string, number>): Cluster[] {
  const groups = new Map<number, GraphNode[]>();
  for (const n of folded) {
    const c = community[n.id] ?? -1;
    const list = groups.get(c) ?? [];
    list.push(n);
    groups.set(c, list);
  }
  // `folded` is already ranked, so each group's first node is its most connected member.
  return [...groups.values()].map((list) => ({
    id: `${CLUSTER_PREFIX}${list[0]!.id}`,
    top: list[0]!,
    members: list.map((n) => n.id),
  }));
}

function tiesBetween(payload: GraphPayload, representative: Map<string, string>, drawn: Set<string>) {
  const edges = payload.edges.filter((e) => drawn.has(e.source) && drawn.has(e.target));
  const ties = new Map<string, ClusterTie>();
  for (const e of payload.edges) {
    const s = representative.get(e.source) ?? e.source;
    const t = representative.get(e.target) ?? e.target;
    if (s === t || (drawn.has(e.source) && drawn.has(e.target))) continue;
    if (!(drawn.has(s) || isClusterId(s)) || !(drawn.has(t) || isClusterId(t))) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const id = `ctie:${a}~${b}`;
    const tie = ties.get(id) ?? { id, source: a, target: b, weight: 0 };
    tie.weight++;
    ties.set(id, tie);
  }
  return { edges, ties: strongest([...ties.values()]) };
}

/** Ties kept per drawn thing: a cluster touches nearly every leader, and a complete mesh reads as nothing. */
export const TIES_PER_NODE = 5;

/** Keeps a tie when it is among the TIES_PER_NODE heaviest of either end. */
function strongest(ties: ClusterTie[]): ClusterTie[] {
  const ranked = [...ties].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  const used = new Map<string, number>();
  const kept = new Set<ClusterTie>();
  for (const t of ranked) {
    const [a, b] = [used.get(t.source) ?? 0, used.get(t.target) ?? 0];
    if (a >= TIES_PER_NODE && b >= TIES_PER_NODE) continue;
    kept.add(t);
    used.set(t.source, a + 1);
    used.set(t.target, b + 1);
  }
  return ties.filter((t) => kept.has(t));
}

/** What to draw for `payload`; null when it is small enough (or the overview is off) to draw whole. */
export function overviewOf(
  payload: GraphPayload,
  structure: Structure,
  options: OverviewOptions,
): Overview | null {
  const { threshold } = options;
  if (threshold <= 0 || payload.nodes.length <= threshold) return null;
  const ranked = [...payload.nodes].sort(byRank(structure.degree));
  const leaders = new Set<string>(ranked.slice(0, options.leaders ?? DEFAULT_LEADERS).map((n) => n.id));
  for (const id of options.keep) leaders.add(id);
  const allClusters = foldIntoClusters(
    ranked.filter((n) => !leaders.has(n.id)),
    structure.community,
  );
  const expanded = new Set(options.expanded);
  const drawn = new Set<string>(leaders);
  const clusters: Cluster[] = [];
  const representative = new Map<string, string>();
  for (const c of allClusters) {
    // A cluster of one folds nothing: draw the node itself.
    if (expanded.has(c.id) || c.members.length === 1) for (const m of c.members) drawn.add(m);
    else {
      clusters.push(c);
      for (const m of c.members) representative.set(m, c.id);
    }
  }
  const { edges, ties } = tiesBetween(payload, representative, drawn);
  const nodes = payload.nodes.filter((n) => drawn.has(n.id));
  return {
    graph: { ...payload, nodes, edges },
    clusters,
    ties,
    hidden: payload.nodes.length - nodes.length,
    total: payload.nodes.length,
  };
}
