/** timeline(query) on the embedded store: events in date order, by participant, type and range. */
import type { TimelinePayload, TimelineQuery } from "../../../model/api.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { asShown, compareEvents, rangeFitOf } from "../time/dateRange.ts";
import { eventNodes, eventSummary } from "./events.ts";
import type { StoreGraph } from "./state.ts";

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

/** Events in range and those only possibly in it (flagged `dateUncertain`); those surely outside go. */
export function timelineQuery(graph: StoreGraph, q: TimelineQuery): TimelinePayload {
  const types = q.types?.length ? new Set<string>(q.types) : null;
  const events = candidates(graph, q.participant)
    .filter((ev) => (!types || types.has(ev.eventType ?? "")) && (q.includePlanned !== false || !ev.planned))
    .flatMap((ev) => {
      const fit = rangeFitOf(ev, q);
      return fit === "out" ? [] : [asShown(ev, fit)];
    })
    .sort(compareEvents);
  return {
    events: events
      .slice(0, q.limit)
      .map((ev) => ({ ...eventSummary(graph, ev.id, q.participant), event: ev })),
    truncated: events.length > q.limit,
  };
}
