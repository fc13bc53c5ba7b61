/**
 * The graph on the canvas, as plain data: the server graph plus expanded neighbourhoods, minus hidden
 * nodes and kinds switched off. Pure functions, so they are tested without a browser.
 */
import type { GraphPayload } from "../../../model/api.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import type { NodeKind } from "../../../model/kinds.ts";

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
  /** The time range; expanded neighbourhoods come unfiltered from the server, so events are checked here. */
  from?: string | null;
  to?: string | null;
  /** Keep nodes no kept edge reaches; when false they go, except those in `keep` (the selection). */
  showIsolated?: boolean;
  keep?: readonly string[];
}

/** ISO dates of different precision compared on their common prefix ("2021" is within "2021-09-14"). */
function inRange(date: string | null | undefined, from?: string | null, to?: string | null): boolean {
  if (!date) return true;
  const cut = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
  if (from && cut(date, from) < cut(from, date)) return false;
  if (to && cut(date, to) > cut(to, date)) return false;
  return true;
}

const shown = (n: GraphNode, v: Visibility) => n.kind !== "Event" || inRange(n.date, v.from, v.to);

/**
 * Drops hidden nodes, switched-off kinds and events outside the time range, then edges that lost an
 * end, then (unless asked to keep them) the nodes left with no edge at all.
 */
export function applyVisibility(graph: GraphPayload, v: Visibility): GraphPayload {
  const hidden = new Set(v.hidden);
  const kinds = new Set(v.kinds);
  let nodes = graph.nodes.filter((n) => !hidden.has(n.id) && kinds.has(n.kind) && shown(n, v));
  const kept = new Set<string>(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  if (v.showIsolated === false) {
    const linked = new Set<string>([...(v.keep ?? []), ...edges.flatMap((e) => [e.source, e.target])]);
    nodes = nodes.filter((n) => linked.has(n.id));
  }
  if (nodes.length === graph.nodes.length && edges.length === graph.edges.length) return graph;
  return { ...graph, nodes, edges };
}
