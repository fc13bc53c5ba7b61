/** Reading events out of the embedded graph: summaries with participants, place, topics and sources. */
import type { EventSummary, NodeRef } from "../../../model/api.ts";
import type { GraphNode, Provenance, Review } from "../../../model/graph.ts";
import { type ArticleId, articleIdOfNode, type NodeId } from "../../../model/ids.ts";
import { isRejected } from "../curation/rules.ts";
import type { TieEventFacts } from "../ties/deriveMet.ts";
import { byProvenance, unionEvidence } from "./merge.ts";
import type { StoreGraph } from "./state.ts";

export const refOf = (node: GraphNode): NodeRef => ({ id: node.id, kind: node.kind, name: node.name });

export const refById = (graph: StoreGraph, id: string): NodeRef => refOf(graph.getNodeAttributes(id));

/** Event nodes, optionally only those passing a test. */
export function eventNodes(graph: StoreGraph, keep: (n: GraphNode) => boolean = () => true): GraphNode[] {
  const out: GraphNode[] = [];
  graph.forEachNode((_, n) => {
    if (n.kind === "Event" && keep(n)) out.push(n);
  });
  return out;
}

/** The articles reporting an event and the evidence sentences, from its REPORTED_IN edges. */
function sourcesOf(graph: StoreGraph, eventId: string) {
  const articles: ArticleId[] = [];
  let evidence: Provenance[] = [];
  graph.forEachOutEdge(eventId, (_, e) => {
    if (e.kind !== "REPORTED_IN") return;
    const a = articleIdOfNode(e.target);
    if (a) articles.push(a);
    evidence = unionEvidence(evidence, e.evidence);
  });
  return { articles: articles.sort(), evidence: evidence.sort(byProvenance) };
}

interface Participation {
  id: NodeId;
  role: string | null;
  confidence: number | null;
  evidence: Provenance[];
  /** Rejected in review: shown only when asked for, never counted in ties. */
  rejected: boolean;
  review: Review | undefined;
}

export function participantsOf(graph: StoreGraph, eventId: string): Participation[] {
  const out: Participation[] = [];
  graph.forEachInEdge(eventId, (_, e) => {
    if (e.kind !== "PARTICIPATED_IN") return;
    out.push({
      id: e.source,
      role: e.role ?? null,
      confidence: e.confidence ?? null,
      evidence: e.evidence,
      rejected: isRejected(e),
      review: e.review,
    });
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Prefer a Place over a Country as "where", since HELD_IN may name both. */
function placeOf(graph: StoreGraph, eventId: string): NodeRef | null {
  const places: NodeRef[] = [];
  graph.forEachOutEdge(eventId, (_, e, _s, _t, _sa, target) => {
    if (e.kind === "HELD_IN") places.push(refOf(target));
  });
  return places.find((p) => p.kind === "Place") ?? places[0] ?? null;
}

/** Only participations an editor reviewed: most events have none, and then the field is left out. */
function participantReview(participants: Participation[]): Pick<EventSummary, "participantReview"> {
  const reviewed = participants.filter((p) => p.review && p.review.status !== "extracted");
  return reviewed.length === 0
    ? {}
    : { participantReview: Object.fromEntries(reviewed.map((p) => [p.id, p.review!])) };
}

export function eventSummary(graph: StoreGraph, eventId: string, forNode?: string): EventSummary {
  const participants = participantsOf(graph, eventId);
  const topics: NodeRef[] = [];
  graph.forEachOutEdge(eventId, (_, e, _s, _t, _sa, target) => {
    if (e.kind === "DISCUSSED") topics.push(refOf(target));
  });
  return {
    event: graph.getNodeAttributes(eventId),
    role: participants.find((p) => p.id === forNode)?.role ?? null,
    participants: participants.map((p) => refById(graph, p.id)),
    participantConfidence: Object.fromEntries(
      participants.flatMap((p) => (p.confidence === null ? [] : [[p.id, p.confidence]])),
    ),
    ...participantReview(participants),
    place: placeOf(graph, eventId),
    topics: topics.sort((a, b) => (a.id < b.id ? -1 : 1)),
    ...sourcesOf(graph, eventId),
  };
}

/** What the tie projection needs of an event; `dateUncertain` comes from a time-filtered view. */
export function tieFactsOf(graph: StoreGraph, event: GraphNode, dateUncertain?: boolean): TieEventFacts {
  const persons = participantsOf(graph, event.id)
    .filter((p) => graph.getNodeAttribute(p.id, "kind") === "Person" && !p.rejected)
    .map((p) => ({ id: p.id, naming: p.evidence }));
  return {
    id: event.id,
    eventType: event.eventType ?? null,
    date: event.date ?? null,
    encounter: event.encounter ?? null,
    planned: event.planned === true,
    rejected: isRejected(event),
    ...(dateUncertain === undefined ? {} : { dateUncertain }),
    persons,
    evidence: sourcesOf(graph, event.id).evidence,
  };
}
