/**
 * node(id) on the embedded store: names, offices, ties (met, spoke with), events with dates, mentions and
 * the articles behind them.
 */
import type {
  ArticleSummary,
  EventSummary,
  NodeDetails,
  OfficeHeld,
  TieSummary,
} from "../../../model/api.ts";
import type { Provenance } from "../../../model/graph.ts";
import { articleIdOfNode } from "../../../model/ids.ts";
import { isTieKind } from "../../../model/kinds.ts";
import { compareDates, compareEvents } from "../time/dateRange.ts";
import { eventSummary, refById, refOf } from "./events.ts";
import { byProvenance, unionEvidence } from "./merge.ts";
import type { MemoryState, StoreGraph } from "./state.ts";

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
      ...(e.review ? { review: e.review } : {}),
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
  return [...ids].map((ev) => eventSummary(graph, ev, id)).sort((a, b) => compareEvents(a.event, b.event));
}

/** A person's ties, one entry per other person: most occasions (met and spoke) first, then by id. */
function tiesOf(graph: StoreGraph, id: string): TieSummary[] {
  const byOther = new Map<string, TieSummary>();
  graph.forEachEdge(id, (_, e, source, target) => {
    if (!isTieKind(e.kind)) return;
    const other = source === id ? target : source;
    const tie = byOther.get(other) ?? { other: refById(graph, other), met: null, spoke: null };
    if (e.kind === "MET") tie.met = e;
    else tie.spoke = e;
    byOther.set(other, tie);
  });
  const occasions = (t: TieSummary) => (t.met?.weight ?? 0) + (t.spoke?.weight ?? 0);
  return [...byOther.values()].sort(
    (a, b) => occasions(b) - occasions(a) || (a.other.id < b.other.id ? -1 : 1),
  );
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
    ties: tiesOf(graph, id),
    events,
    mentions: mentionsOf(graph, id),
    articles: articlesOf(state, id, events),
    // Distinct neighbours: two terms in one office, or several mentions in one article, are one connection.
    degree: graph.neighbors(id).length,
  };
}
