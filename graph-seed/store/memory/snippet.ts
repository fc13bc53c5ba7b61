/** A search hit's snippet: the first sentence of an article that mentions the node, or that reports it. */
import type { StoreGraph } from "./state.ts";

export function snippetFor(graph: StoreGraph, id: string): string | null {
  let snippet: string | null = null;
  graph.someInEdge(id, (_, e) => {
    if (e.kind === "MENTIONS" && e.evidence[0]) snippet = e.evidence[0].quote;
    return snippet !== null;
  });
  if (snippet !== null) return snippet;
  graph.someOutEdge(id, (_, e) => {
    if (e.kind === "REPORTED_IN" && e.evidence[0]) snippet = e.evidence[0].quote;
    return snippet !== null;
  });
  return snippet;
}
