/**
 * The graph on the canvas, as plain data: the server graph plus expanded neighbourhoods, minus hidden
 * nodes and kinds switched off. Pure functions, so they are tested without a browser.
 */
import type { GraphPayload } from "../../../model/api.ts";
import { eventInterval, fitInRange } from "../../../model/dateInterval.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { isTieKind, type NodeKind, TIE_KINDS, type TieKind } from "../../../model/kinds.ts";

export const EMPTY_GRAPH: GraphPayload = {
  nodes: [],
  edges: [],
  truncated: false,
  total: { nodes: 0, edges: 0 },
};

/** Union by id; the first payload wins for a node or edge present in several. */
export function mergePayloads(base: GraphPayload, extra: readonly GraphPayload[]): GraphPayload {
  if (extra.length === 0) return base;
  const nodes = new Map<string, GraphNode>(base.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, GraphEdge>(base.edges.map((e) => [e.id, e]));
  for (const p of extra) {
    for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of p.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: base.truncated,
    total: {
      nodes: Math.max(base.total.nodes, nodes.size),
      edges: Math.max(base.total.edges, edges.size),
    },
  };
}

export interface Visibility {
  hidden: readonly string[];
  kinds: readonly NodeKind[];
  /** Tie kinds drawn (met in person, spoke by call); all when not given. */
  ties?: readonly TieKind[];
  /** The time range; expanded neighbourhoods come unfiltered from the server, so events are checked here. */
  from?: string | null;
  to?: string | null;
  /** Keep nodes no kept edge reaches; when false they go, except those in `keep` (the selection). */
  showIsolated?: boolean;
  keep?: readonly string[];
}

/**
 * An event as the time range shows it, the same rule as the server's: surely outside → gone; only
 * possibly inside (its days straddle an edge of the range, or are unknown) → kept and flagged.
 */
function inTime(n: GraphNode, v: Visibility): GraphNode | null {
  if (n.kind !== "Event") return n;
  const fit = fitInRange(eventInterval(n), v.from, v.to);
  if (fit === "out") return null;
  return fit === "uncertain" && !n.dateUncertain ? { ...n, dateUncertain: true } : n;
}

/**
 * Drops hidden nodes, switched-off kinds and events outside the time range (flagging those only possibly
 * inside), then edges that lost an end and tie kinds switched off, then (unless asked to keep them) the
 * nodes left with no edge at all.
 */
export function applyVisibility(graph: GraphPayload, v: Visibility): GraphPayload {
  const hidden = new Set(v.hidden);
  const kinds = new Set(v.kinds);
  const ties = new Set<string>(v.ties ?? TIE_KINDS);
  let nodes = graph.nodes
    .filter((n) => !hidden.has(n.id) && kinds.has(n.kind))
    .flatMap((n) => inTime(n, v) ?? []);
  const kept = new Set<string>(nodes.map((n) => n.id));
  const edges = graph.edges.filter(
    (e) => kept.has(e.source) && kept.has(e.target) && (!isTieKind(e.kind) || ties.has(e.kind)),
  );
  if (v.showIsolated === false) {
    const linked = new Set<string>([...(v.keep ?? []), ...edges.flatMap((e) => [e.source, e.target])]);
    nodes = nodes.filter((n) => linked.has(n.id));
  }
  const same = nodes.length === graph.nodes.length && nodes.every((n, i) => n === graph.nodes[i]);
  if (same && edges.length === graph.edges.length) return graph;
  return { ...graph, nodes, edges };
}
