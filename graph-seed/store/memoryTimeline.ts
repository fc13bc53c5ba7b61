/** timeline(query) on the embedded store: events in date order, by participant, type and range. */
import type { TimelinePayload, TimelineQuery } from "../../model/api.ts";
import { compareDates, inDateRange } from "./dateRange.ts";
import { eventNodes, eventSummary, participantsOf } from "./memoryEvents.ts";
import type { StoreGraph } from "./memoryState.ts";

export function timelineQuery(graph: StoreGraph, q: TimelineQuery): TimelinePayload {
  const types = q.types?.length ? new Set<string>(q.types) : null;
  const events = eventNodes(graph, (ev) => {
    if (types && !types.has(ev.eventType ?? "")) return false;
    if (q.includePlanned === false && ev.planned) return false;
    if (!inDateRange(ev.date, q.from, q.to)) return false;
    return !q.participant || participantsOf(graph, ev.id).some((p) => p.id === q.participant);
  }).sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
  return {
    events: events.slice(0, q.limit).map((ev) => eventSummary(graph, ev.id, q.participant)),
    truncated: events.length > q.limit,
  };
}
