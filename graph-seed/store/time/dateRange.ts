/**
 * Time filters on events, the same in every view: an event's interval of days (model/dateInterval.ts)
 * is in the range, out of it, or uncertain (it straddles an edge, or its days are unknown). Uncertain
 * events are kept and flagged rather than dropped, so an undated meeting does not vanish from a view.
 */
import { eventInterval, fitInRange, type RangeFit, sortDayOf } from "../../../model/dateInterval.ts";
import type { GraphNode } from "../../../model/graph.ts";

export interface TimeRange {
  from?: string;
  to?: string;
}

export const rangeFitOf = (event: GraphNode, range: TimeRange): RangeFit =>
  fitInRange(eventInterval(event), range.from, range.to);

/** The event as an answer shows it: a copy flagged `dateUncertain` when it only possibly lies in range. */
export const asShown = (event: GraphNode, fit: RangeFit): GraphNode =>
  fit === "uncertain" ? { ...event, dateUncertain: true } : event;

/** Orders dated items first, oldest first; undated last. */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  if (a && b) return a < b ? -1 : a > b ? 1 : 0;
  return a ? -1 : b ? 1 : 0;
}

/** Events by date, an undated one by the known end of its interval, then by id. */
export const compareEvents = (a: GraphNode, b: GraphNode) =>
  compareDates(sortDayOf(a), sortDayOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
