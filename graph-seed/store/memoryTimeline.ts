/** timeline(query) on the embedded store: events in date order, by participant, type and range. */
import type { TimelinePayload, TimelineQuery } from "../../model/api.ts";
import type { GraphNode } from "../../model/graph.ts";
import { compareDates, inDateRange } from "./dateRange.ts";
import { eventNodes, eventSummary } from "./memoryEvents.ts";
import type { StoreGraph } from "./memoryState.ts";

/** A participant's own events when one is given (cheap), otherwise every event. */
function candidates(graph: StoreGraph, participant: string | undefined): GraphNode[] {
  if (!participant) return eventNodes(graph);
  if (!graph.hasNode(participant)) return [];
  const out: GraphNode[] = [];
  graph.forEachOutEdge(participant, (_, e, _s, _t, _sa, target) => {
    if (e.kind === "PARTICIPATED_IN" && target.kind === "Event") out.push(target);
  });
  return out;
}

export function timelineQuery(graph: StoreGraph, q: TimelineQuery): TimelinePayload {
  const types = q.types?.length ? new Set<string>(q.types) : null;
  const events = candidates(graph, q.participant)
    .filter((ev) => {
      if (types && !types.has(ev.eventType ?? "")) return false;
      if (q.includePlanned === false && ev.planned) return false;
      if (!inDateRange(ev.date, q.from, q.to)) return false;
      return true;
    })
    .sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
  return {
    events: events.slice(0, q.limit).map((ev) => eventSummary(graph, ev.id, q.participant)),
    truncated: events.length > q.limit,
  };
}
