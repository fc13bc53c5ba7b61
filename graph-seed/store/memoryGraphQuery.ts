/**
 * graph(query) on the embedded store. "events" view: event nodes and the entities around them (no
 * articles unless asked for by kind); "people" view: persons and the MET projection, recomputed from the
 * events that pass the filters. Nodes are ranked by degree so a limit keeps the best-connected ones.
 */
import type { GraphPayload, GraphQuery } from "../../model/api.ts";
import type { GraphEdge, GraphNode } from "../../model/graph.ts";
import type { EdgeKind } from "../../model/kinds.ts";
import { inDateRange } from "./dateRange.ts";
import { deriveMet } from "./deriveMet.ts";
import { eventNodes, metFactsOf } from "./memoryEvents.ts";
import type { StoreGraph } from "./memoryState.ts";

/** Entity–event edges drawn in the events view; article edges only when articles are asked for. */
export const EVENT_VIEW_EDGES: ReadonlySet<EdgeKind> = new Set([
  "PARTICIPATED_IN",
  "HELD_IN",
  "DISCUSSED",
  "HOLDS_OFFICE",
  "LOCATED_IN",
]);

const hasEventFilter = (q: GraphQuery) =>
  Boolean(q.from || q.to || q.topics?.length || q.includePlanned === false);

/** Events passing date range, planned flag and topics. */
function keptEvents(graph: StoreGraph, q: GraphQuery, includePlanned: boolean): GraphNode[] {
  const topics = q.topics?.length ? new Set<string>(q.topics) : null;
  return eventNodes(graph, (ev) => {
    if (!includePlanned && ev.planned) return false;
    if (!inDateRange(ev.date, q.from, q.to)) return false;
    if (!topics) return true;
    return graph
      .outEdges(ev.id)
      .some((e) => topics.has(graph.target(e)) && graph.getEdgeAttribute(e, "kind") === "DISCUSSED");
  });
}

/** Ranks by degree in the result, then id, and cuts to the limit. */
function capped(nodes: GraphNode[], edges: GraphEdge[], limit: number): GraphPayload {
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const ranked = [...nodes].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1),
  );
  const kept = ranked.slice(0, limit);
  const ids = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)).sort((a, b) => (a.id < b.id ? -1 : 1)),
    truncated: ranked.length > limit,
    total: { nodes: nodes.length, edges: edges.length },
  };
}

function eventsView(graph: StoreGraph, q: GraphQuery): GraphPayload {
  const events = keptEvents(graph, q, q.includePlanned !== false);
  const eventIds = new Set<string>(events.map((e) => e.id));
  const wantArticles = q.kinds?.includes("Article") ?? false;
  const eventCount = new Map<string, number>();
  for (const ev of events) {
    for (const n of new Set(graph.neighbors(ev.id))) eventCount.set(n, (eventCount.get(n) ?? 0) + 1);
  }
  const filtered = hasEventFilter(q);
  const kinds = q.kinds?.length ? new Set<string>(q.kinds) : null;
  const nodes: GraphNode[] = [];
  graph.forEachNode((id, n) => {
    if (kinds && !kinds.has(n.kind)) return;
    if (n.kind === "Event") return void (eventIds.has(id) && nodes.push(n));
    if (n.kind === "Article")
      return void (wantArticles && (!filtered || eventCount.has(id)) && nodes.push(n));
    const count = eventCount.get(id) ?? 0;
    if ((filtered && count === 0) || (q.minWeight > 1 && count < q.minWeight)) return;
    nodes.push(n);
  });
  const ids = new Set<string>(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  graph.forEachEdge((_, e) => {
    const drawn = EVENT_VIEW_EDGES.has(e.kind) || (wantArticles && e.kind === "REPORTED_IN");
    if (drawn && ids.has(e.source) && ids.has(e.target)) edges.push(e);
  });
  return capped(nodes, edges, q.limit);
}

/** Stored MET edges when nothing is filtered; otherwise the projection over the kept events. */
function peopleView(graph: StoreGraph, q: GraphQuery): GraphPayload {
  let met: GraphEdge[];
  if (q.from || q.to || q.topics?.length) {
    met = deriveMet(keptEvents(graph, q, false).map((ev) => metFactsOf(graph, ev)));
  } else {
    met = graph.filterEdges((_, e) => e.kind === "MET").map((e) => graph.getEdgeAttributes(e));
  }
  met = met.filter((e) => (e.weight ?? 0) >= q.minWeight);
  const ids = new Set<string>(met.flatMap((e) => [e.source, e.target]));
  const kinds = q.kinds?.length ? new Set<string>(q.kinds) : null;
  const nodes = [...ids].map((id) => graph.getNodeAttributes(id)).filter((n) => !kinds || kinds.has(n.kind));
  const kept = new Set<string>(nodes.map((n) => n.id));
  return capped(
    nodes,
    met.filter((e) => kept.has(e.source) && kept.has(e.target)),
    q.limit,
  );
}

export function graphQuery(graph: StoreGraph, q: GraphQuery): GraphPayload {
  return q.view === "people" ? peopleView(graph, q) : eventsView(graph, q);
}
