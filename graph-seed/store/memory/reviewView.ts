/**
 * The graph as a review filter shows it. Without rejected facts in the store, the default read is the
 * stored graph itself (no copy). Otherwise a copy without the hidden facts, cached until the next write;
 * under confirmedOnly its ties are recounted from the vouched-for events alone.
 */
import { DEFAULT_REVIEW_FILTER, type ReviewFilter } from "../../../model/api.ts";
import { edgeShown, isRejected, isUnfiltered, nodeShown } from "../curation/rules.ts";
import { refreshAllMet } from "./met.ts";
import type { StoreGraph } from "./state.ts";

const keyOf = (f: ReviewFilter) => `${f.includeRejected}/${f.confirmedOnly}`;

export class ReviewViews {
  private cache = new Map<string, StoreGraph>();
  /** null: not counted since the last write. */
  private anyRejected: boolean | null = null;

  invalidate() {
    this.cache.clear();
    this.anyRejected = null;
  }

  of(graph: StoreGraph, filter: ReviewFilter = { includeRejected: false, confirmedOnly: false }): StoreGraph {
    if (isUnfiltered(filter)) return graph;
    if (!filter.confirmedOnly && !this.hasRejected(graph)) return graph;
    const key = keyOf(filter);
    let view = this.cache.get(key);
    if (!view) {
      view = filtered(graph, filter);
      this.cache.set(key, view);
    }
    return view;
  }

  private hasRejected(graph: StoreGraph) {
    this.anyRejected ??= graph.someNode((_, n) => isRejected(n)) || graph.someEdge((_, e) => isRejected(e));
    return this.anyRejected;
  }
}

const filtered = (graph: StoreGraph, filter: ReviewFilter) => hideInPlace(graph.copy() as StoreGraph, filter);

/**
 * Drops what the filter hides from a graph the caller owns (a copy, or the subgraph a Neo4j read built).
 * Under confirmedOnly the ties are recounted from the events left, so the graph must hold their
 * participations with evidence for the ties it is asked about.
 */
export function hideInPlace(view: StoreGraph, filter: ReviewFilter = DEFAULT_REVIEW_FILTER): StoreGraph {
  if (isUnfiltered(filter)) return view;
  for (const id of view.filterNodes((_, n) => !nodeShown(n, filter))) view.dropNode(id);
  for (const id of view.filterEdges((_, e) => !edgeShown(e, filter))) view.dropEdge(id);
  // The stored ties already leave rejected facts out; confirmed-only ties count fewer events.
  if (filter.confirmedOnly) refreshAllMet(view);
  return view;
}
