/**
 * The who-met-whom projection: two persons who took part in the same held event "met". One MET edge per
 * unordered pair (source id < target id) with the number of shared events, first and last dates, the
 * events themselves and their evidence. Pure, so both stores and the filtered people view share it.
 */
import { edgeIdOf, type GraphEdge, type Provenance } from "../../model/graph.ts";
import type { NodeId } from "../../model/ids.ts";
import { compareDates } from "./dateRange.ts";
import { byProvenance, unionEvidence } from "./memoryMerge.ts";

/** What the projection needs to know about one event. */
export interface MetEventFacts {
  id: NodeId;
  date: string | null;
  planned: boolean;
  /** Person participants only. */
  persons: NodeId[];
  evidence: Provenance[];
}

function addToPair(edge: GraphEdge, ev: MetEventFacts) {
  edge.weight = (edge.weight ?? 0) + 1;
  edge.eventIds = [...(edge.eventIds ?? []), ev.id];
  if (ev.date) {
    if (!edge.firstDate || compareDates(ev.date, edge.firstDate) < 0) edge.firstDate = ev.date;
    if (!edge.lastDate || compareDates(ev.date, edge.lastDate) > 0) edge.lastDate = ev.date;
  }
  edge.evidence = unionEvidence(edge.evidence, ev.evidence);
}

/** Planned events are not meetings yet, so they do not count. */
export function deriveMet(events: MetEventFacts[]): GraphEdge[] {
  const pairs = new Map<string, GraphEdge>();
  const ordered = [...events].sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
  for (const ev of ordered) {
    if (ev.planned) continue;
    const persons = [...new Set(ev.persons)].sort();
    for (let i = 0; i < persons.length; i++) {
      for (let j = i + 1; j < persons.length; j++) {
        const [source, target] = [persons[i]!, persons[j]!];
        const id = edgeIdOf("MET", source, target);
        const edge = pairs.get(id) ?? {
          id,
          kind: "MET",
          source,
          target,
          weight: 0,
          firstDate: null,
          lastDate: null,
          eventIds: [],
          evidence: [],
        };
        addToPair(edge, ev);
        pairs.set(id, edge);
      }
    }
  }
  for (const edge of pairs.values()) edge.evidence.sort(byProvenance);
  return [...pairs.values()];
}
