/** node(id) on the embedded store: names, offices, events with dates, mentions and the articles behind them. */
import type { ArticleSummary, EventSummary, NodeDetails, OfficeHeld } from "../../model/api.ts";
import type { Provenance } from "../../model/graph.ts";
import { articleIdOfNode } from "../../model/ids.ts";
import { compareDates } from "./dateRange.ts";
import { eventSummary, refOf } from "./memoryEvents.ts";
import { byProvenance, unionEvidence } from "./memoryMerge.ts";
import type { MemoryState, StoreGraph } from "./memoryState.ts";

function officesOf(graph: StoreGraph, id: string): OfficeHeld[] {
  const out: OfficeHeld[] = [];
  graph.forEachOutEdge(id, (_, e, _s, _t, _sa, target) => {
    if (e.kind !== "HOLDS_OFFICE") return;
    out.push({
      office: e.office ?? { ar: "", en: null },
      of: refOf(target),
      from: e.from ?? null,
      to: e.to ?? null,
      evidence: e.evidence,
    });
  });
  return out.sort(
    (a, b) => compareDates(a.from, b.from) || (a.of.id < b.of.id ? -1 : a.of.id > b.of.id ? 1 : 0),
  );
}

/** Events the node took part in, was the place of, or was discussed at; an event is its own event. */
function eventsOf(graph: StoreGraph, id: string): EventSummary[] {
  if (graph.getNodeAttribute(id, "kind") === "Event") return [eventSummary(graph, id)];
  const ids = new Set<string>();
  graph.forEachNeighbor(id, (other, attrs) => {
    if (attrs.kind === "Event") ids.add(other);
  });
  return [...ids]
    .map((ev) => eventSummary(graph, ev, id))
    .sort((a, b) => compareDates(a.event.date, b.event.date) || (a.event.id < b.event.id ? -1 : 1));
}

function mentionsOf(graph: StoreGraph, id: string): Provenance[] {
  let out: Provenance[] = [];
  graph.forEachInEdge(id, (_, e) => {
    if (e.kind === "MENTIONS") out = unionEvidence(out, e.evidence);
  });
  return out.sort(byProvenance);
}

/** Articles that mention the node, report its events, or (for an article) itself. */
function articlesOf(state: MemoryState, id: string, events: EventSummary[]): ArticleSummary[] {
  const ids = new Set<string>();
  const own = articleIdOfNode(id as never);
  if (own) ids.add(own);
  state.graph.forEachInEdge(id, (_, e) => {
    const a = e.kind === "MENTIONS" ? articleIdOfNode(e.source) : null;
    if (a) ids.add(a);
  });
  for (const ev of events) for (const a of ev.articles) ids.add(a);
  return [...ids]
    .map((a) => state.articles.get(a)?.summary)
    .filter((s): s is ArticleSummary => s !== undefined)
    .sort((a, b) => compareDates(a.published, b.published) || (a.id < b.id ? -1 : 1));
}

export function nodeDetails(state: MemoryState, id: string): NodeDetails | null {
  const { graph } = state;
  if (!graph.hasNode(id)) return null;
  const events = eventsOf(graph, id);
  return {
    node: graph.getNodeAttributes(id),
    offices: officesOf(graph, id),
    events,
    mentions: mentionsOf(graph, id),
    articles: articlesOf(state, id, events),
    // Distinct neighbours: two terms in one office, or several mentions in one article, are one connection.
    degree: graph.neighbors(id).length,
  };
}
