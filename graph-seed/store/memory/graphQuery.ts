/**
 * graph(query) on the embedded store. "events" view: event nodes and the entities around them (no
 * articles unless asked for by kind); "people" view: persons and their ties (MET, SPOKE_WITH), recomputed
 * from the events that pass the filters. Events whose days only possibly fall in the time range are kept
 * and flagged `dateUncertain`, as are ties made only of such events. Nodes are ranked by degree so a
 * limit keeps the best-connected ones.
 */
import type { GraphPayload, GraphQuery } from "../../../model/api.ts";
import type { RangeFit } from "../../../model/dateInterval.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { type EdgeKind, isTieKind, TIE_KINDS } from "../../../model/kinds.ts";
import { deriveTies } from "../ties/deriveMet.ts";
import { asShown, rangeFitOf } from "../time/dateRange.ts";
import { eventNodes, tieFactsOf } from "./events.ts";
import type { StoreGraph } from "./state.ts";

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

interface KeptEvent {
  node: GraphNode;
  fit: Exclude<RangeFit, "out">;
}

/** Events passing date range (in or uncertain), planned flag and topics. */
function keptEvents(graph: StoreGraph, q: GraphQuery, includePlanned: boolean): KeptEvent[] {
  const topics = q.topics?.length ? new Set<string>(q.topics) : null;
  const kept: KeptEvent[] = [];
  for (const ev of eventNodes(graph)) {
    if (!includePlanned && ev.planned) continue;
    const fit = rangeFitOf(ev, q);
    if (fit === "out") continue;
    const discussed = (e: string) =>
      topics!.has(graph.target(e)) && graph.getEdgeAttribute(e, "kind") === "DISCUSSED";
    if (topics && !graph.outEdges(ev.id).some(discussed)) continue;
    kept.push({ node: ev, fit });
  }
  return kept;
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
  const kept = keptEvents(graph, q, q.includePlanned !== false);
  const events = kept.map((k) => k.node);
  const shownEvent = new Map(kept.map((k) => [k.node.id as string, asShown(k.node, k.fit)]));
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
    if (n.kind === "Event") return void (shownEvent.has(id) && nodes.push(shownEvent.get(id)!));
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

/** Stored ties when no event is filtered out; otherwise the projection over the kept events. */
function peopleView(graph: StoreGraph, q: GraphQuery): GraphPayload {
  let ties: GraphEdge[];
  if (q.from || q.to || q.topics?.length) {
    ties = deriveTies(
      keptEvents(graph, q, false).map((k) => tieFactsOf(graph, k.node, k.fit === "uncertain")),
    );
  } else {
    ties = graph.filterEdges((_, e) => isTieKind(e.kind)).map((e) => graph.getEdgeAttributes(e));
  }
  const kinds = new Set<string>(q.ties?.length ? q.ties : TIE_KINDS);
  ties = ties.filter((e) => kinds.has(e.kind) && (e.weight ?? 0) >= q.minWeight);
  const ids = new Set<string>(ties.flatMap((e) => [e.source, e.target]));
  const nodeKinds = q.kinds?.length ? new Set<string>(q.kinds) : null;
  const nodes = [...ids]
    .map((id) => graph.getNodeAttributes(id))
    .filter((n) => !nodeKinds || nodeKinds.has(n.kind));
  const kept = new Set<string>(nodes.map((n) => n.id));
  return capped(
    nodes,
    ties.filter((e) => kept.has(e.source) && kept.has(e.target)),
    q.limit,
  );
}

export function graphQuery(graph: StoreGraph, q: GraphQuery): GraphPayload {
  return q.view === "people" ? peopleView(graph, q) : eventsView(graph, q);
}
