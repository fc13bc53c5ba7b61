/**
 * The occasions a person shared with each counterpart, read from the person's timeline. A meeting, the
 * joint press conference after it and the agreement signed there share an encounter key and count once,
 * as the graph's tie weights do; planned events did not happen yet and do not count.
 */
import type { EventSummary, NodeRef, ReviewFilter } from "../../model/api.ts";
import { nodeId } from "../../model/ids.ts";
import { tieKindOf } from "../../model/kinds.ts";
import type { TieMode } from "../../model/questions.ts";
import type { GraphStore } from "../../model/store.ts";

/** The most events one question reads: the timeline's own cap. */
export const MAX_EVENTS = 5000;

export interface Occasions {
  other: NodeRef;
  encounters: Set<string>;
  first: string | null;
  last: string | null;
  events: EventSummary[];
}

export interface Scope extends ReviewFilter {
  from?: string;
  to?: string;
}

export const dayOf = (s: EventSummary) => s.event.date ?? s.event.dateFrom ?? null;
export const encounterOf = (s: EventSummary) => s.event.encounter ?? s.event.id;

export function fitsMode(s: EventSummary, mode: TieMode) {
  if (mode === "any") return true;
  return (tieKindOf(s.event.eventType) === "MET") === (mode === "in-person");
}

export async function eventsOf(store: GraphStore, participant: string | undefined, scope: Scope) {
  const { events, truncated } = await store.timeline({
    participant: participant === undefined ? undefined : nodeId(participant),
    from: scope.from,
    to: scope.to,
    includePlanned: false,
    limit: MAX_EVENTS,
    includeRejected: scope.includeRejected,
    confirmedOnly: scope.confirmedOnly,
  });
  return { events, truncated };
}

/** Adds one event to what `byOther` holds about `other`. */
export function addOccasion(byOther: Map<string, Occasions>, other: NodeRef, s: EventSummary) {
  const o = byOther.get(other.id) ?? { other, encounters: new Set(), first: null, last: null, events: [] };
  const day = dayOf(s);
  o.encounters.add(encounterOf(s));
  o.events.push(s);
  if (day && (!o.first || day < o.first)) o.first = day;
  if (day && (!o.last || day > o.last)) o.last = day;
  byOther.set(other.id, o);
}

/** Counterparts (persons only) of `x`, each with the occasions they shared under `mode`. */
export function occasionsOf(x: string, events: EventSummary[], mode: TieMode): Map<string, Occasions> {
  const byOther = new Map<string, Occasions>();
  for (const s of events) {
    if (!fitsMode(s, mode)) continue;
    for (const other of s.participants)
      if (other.id !== x && other.kind === "Person") addOccasion(byOther, other, s);
  }
  return byOther;
}

/** Ties broken by name, so an answer never depends on the store's order. */
export const byName = (a: NodeRef, b: NodeRef) =>
  (a.name.en || a.name.ar).localeCompare(b.name.en || b.name.ar);
