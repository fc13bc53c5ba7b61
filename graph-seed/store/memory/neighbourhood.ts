/**
 * neighbourhood(id) on the embedded store, for expand-on-click: nodes within `depth` hops over the
 * entity–event edges (article edges too when the centre is an article or articles are asked for),
 * nearest first, cut to `limit`. The walk goes through every kind; `kinds` filters what is returned.
 */
import type { GraphPayload, NeighbourhoodQuery } from "../../../model/api.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import type { EdgeKind } from "../../../model/kinds.ts";
import { edgesAmong } from "./edgesAmong.ts";
import { EVENT_VIEW_EDGES } from "./graphQuery.ts";
import type { StoreGraph } from "./state.ts";

const ARTICLE_EDGES: ReadonlySet<EdgeKind> = new Set(["MENTIONS", "REPORTED_IN"]);

/** Breadth-first layers up to `depth`; a depth-capped walk over graphology's neighbour iteration. */
function layers(graph: StoreGraph, centre: string, depth: number, walk: (e: GraphEdge) => boolean) {
  const dist = new Map<string, number>([[centre, 0]]);
  let frontier = [centre];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (_, e, source, target) => {
        const other = source === n ? target : source;
        if (!walk(e) || dist.has(other)) return;
        dist.set(other, d);
        next.push(other);
      });
    }
    frontier = next;
  }
  return dist;
}

export function neighbourhoodQuery(
  graph: StoreGraph,
  id: string,
  q: NeighbourhoodQuery,
): GraphPayload | null {
  if (!graph.hasNode(id)) return null;
  const withArticles =
    graph.getNodeAttribute(id, "kind") === "Article" || (q.kinds?.includes("Article") ?? false);
  const walk = (e: GraphEdge) => EVENT_VIEW_EDGES.has(e.kind) || (withArticles && ARTICLE_EDGES.has(e.kind));
  const dist = layers(graph, id, q.depth, walk);
  const kinds = q.kinds?.length ? new Set<string>(q.kinds) : null;
  const all: GraphNode[] = [...dist.keys()]
    .map((n) => graph.getNodeAttributes(n))
    .filter((n) => n.id === id || !kinds || kinds.has(n.kind))
    .sort((a, b) => dist.get(a.id)! - dist.get(b.id)! || (a.id < b.id ? -1 : 1));
  // Found once: the kept nodes' edges are a subset of the reached nodes' edges.
  const counted = edgesAmong(graph, new Set(all.map((n) => n.id)), walk);
  const nodes = all.slice(0, q.limit);
  const kept = new Set(nodes.map((n) => n.id));
  return {
    nodes,
    edges: counted
      .filter((e) => kept.has(e.source) && kept.has(e.target))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    truncated: all.length > q.limit,
    total: { nodes: all.length, edges: counted.length },
  };
}
