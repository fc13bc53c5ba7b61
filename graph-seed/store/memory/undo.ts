/**
 * Undo records for the embedded store's writes, so that a write (or a bulk of writes) that fails part way,
 * or whose snapshot cannot be saved, leaves the store as it was. Each record keeps only what its write is
 * about to replace: the old records of the nodes and edges a batch names, the old article, the MET edges
 * before a refresh. Keeping references is enough because the store never changes a record in place
 * (merges build new objects), and much cheaper than copying a large graph before every ingest.
 */

import type { GraphBatch, GraphEdge, GraphNode } from "../../../model/graph.ts";
import { isTieKind } from "../../../model/kinds.ts";
import type { ArticleRecord } from "../../../model/store.ts";
import type { StoreGraph } from "./state.ts";

/**
 * Puts back what one write changed; returns the ids of the nodes whose records or edges it touched, or
 * "all" when it put back a whole state.
 */
export type Undo = () => string[] | "all";

const replaced = <T>(ids: string[], has: (id: string) => boolean, get: (id: string) => T) =>
  ids.map((id) => [id, has(id) ? get(id) : null] as const);

/** Call after the batch is validated (its ids are strings) and before it is applied. */
export function undoUpsert(graph: StoreGraph, batch: GraphBatch): Undo {
  const nodes = replaced<GraphNode>(
    batch.nodes.map((n) => n.id),
    (id) => graph.hasNode(id),
    (id) => graph.getNodeAttributes(id),
  );
  const edges = replaced<GraphEdge>(
    batch.edges.map((e) => e.id),
    (id) => graph.hasEdge(id),
    (id) => graph.getEdgeAttributes(id),
  );
  return () => {
    // Backwards, so an id the batch lists twice ends with its record from before the first.
    for (const [id, old] of [...edges].reverse()) {
      if (old) graph.replaceEdgeAttributes(id, old);
      else if (graph.hasEdge(id)) graph.dropEdge(id);
    }
    for (const [id, old] of [...nodes].reverse()) {
      if (old) graph.replaceNodeAttributes(id, old);
      else if (graph.hasNode(id)) graph.dropNode(id);
    }
    return [...nodes.map(([id]) => id), ...batch.edges.flatMap((e) => [e.source, e.target])];
  };
}

export function undoPutArticle(articles: Map<string, ArticleRecord>, id: string): Undo {
  const old = articles.get(id);
  return () => {
    if (old) articles.set(id, old);
    else articles.delete(id);
    return [];
  };
}

/** Ties are derived, but a refresh that is rolled back must not leave pairs of events that are gone. */
export function undoMetRefresh(graph: StoreGraph): Undo {
  const before = graph.filterEdges((_, e) => isTieKind(e.kind)).map((id) => graph.getEdgeAttributes(id));
  return () => {
    const touched: string[] = [];
    for (const id of graph.filterEdges((_, e) => isTieKind(e.kind))) {
      touched.push(graph.source(id), graph.target(id));
      graph.dropEdge(id);
    }
    for (const e of before) {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
      touched.push(e.source, e.target);
    }
    return touched;
  };
}

/** The same for a refresh around some persons: only their ties can change, so only theirs are kept. */
export function undoTiesOf(graph: StoreGraph, persons: ReadonlySet<string>): Undo {
  const tiesOf = () =>
    new Set(
      [...persons].flatMap((p) =>
        graph.hasNode(p) ? graph.filterEdges(p, (_, e) => isTieKind(e.kind)) : [],
      ),
    );
  const before = [...tiesOf()].map((id) => graph.getEdgeAttributes(id));
  return () => {
    const touched: string[] = [];
    for (const id of tiesOf()) {
      touched.push(graph.source(id), graph.target(id));
      graph.dropEdge(id);
    }
    for (const e of before) {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
      touched.push(e.source, e.target);
    }
    return touched;
  };
}
