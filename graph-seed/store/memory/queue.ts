/** The review queue on the embedded store: unreviewed events, lowest confidence first (unscored first of all). */
import type { ArticleSummary } from "../../../model/api.ts";
import type { QueueParticipant, ReviewQueuePage, ReviewQueueQuery } from "../../../model/curation.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { reviewOf } from "../curation/rules.ts";
import { eventNodes, eventSummary, refById } from "./events.ts";
import type { MemoryState } from "./state.ts";

const byConfidence = (a: GraphNode, b: GraphNode) =>
  (a.confidence ?? -1) - (b.confidence ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function reviewQueue(state: MemoryState, q: ReviewQueueQuery): ReviewQueuePage {
  const { graph } = state;
  const waiting = eventNodes(graph, (n) => reviewOf(n).status === "extracted").sort(byConfidence);
  const items = waiting.slice(q.offset, q.offset + q.limit).map((event) => {
    const summary = eventSummary(graph, event.id);
    const participants: QueueParticipant[] = [];
    graph.forEachInEdge(event.id, (edgeId, e) => {
      if (e.kind !== "PARTICIPATED_IN") return;
      participants.push({
        ...refById(graph, e.source),
        edgeId,
        role: e.role ?? null,
        confidence: e.confidence ?? null,
        review: reviewOf(e),
      });
    });
    const articles = summary.articles
      .map((id) => state.articles.get(id)?.summary)
      .filter((a): a is ArticleSummary => a !== undefined);
    return {
      event,
      review: reviewOf(event),
      articles,
      evidence: summary.evidence,
      participants: participants.sort((a, b) => (a.id < b.id ? -1 : 1)),
      place: summary.place,
      topics: summary.topics,
    };
  });
  return { items, remaining: waiting.length, offset: q.offset, limit: q.limit };
}
