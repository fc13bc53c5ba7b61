/**
 * Keeping the stored tie projection (MET and SPOKE_WITH) up to date. A full refresh recomputes every pair from every event;
 * after an ingest only the persons of the events that changed can have new or different pairs, so the
 * refresh recomputes just the pairs that involve them, from all of their events (which gives each such
 * pair exactly the events a full refresh would). Both return the nodes whose MET edges changed.
 */
import { isTieKind } from "../../../model/kinds.ts";
import { deriveTies } from "../ties/deriveMet.ts";
import { eventNodes, participantsOf, tieFactsOf } from "./events.ts";
import type { StoreGraph } from "./state.ts";

const isPerson = (graph: StoreGraph, id: string) => graph.getNodeAttribute(id, "kind") === "Person";

/** Drops tie edges (all, or those touching `persons`), returning their ends. */
function dropMet(graph: StoreGraph, persons: ReadonlySet<string> | null): Set<string> {
  const ends = new Set<string>();
  const doomed = persons
    ? [...persons].flatMap((p) => graph.filterEdges(p, (_, e) => isTieKind(e.kind)))
    : graph.filterEdges((_, e) => isTieKind(e.kind));
  for (const id of new Set(doomed)) {
    ends.add(graph.source(id)).add(graph.target(id));
    graph.dropEdge(id);
  }
  return ends;
}

export function refreshAllMet(graph: StoreGraph): Set<string> {
  const touched = dropMet(graph, null);
  for (const e of deriveTies(eventNodes(graph).map((ev) => tieFactsOf(graph, ev)))) {
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
    touched.add(e.source).add(e.target);
  }
  return touched;
}

/** The persons taking part in some events: the ones whose pairs a change to those events can alter. */
export function personsAround(graph: StoreGraph, events: Iterable<string>): Set<string> {
  const persons = new Set<string>();
  for (const ev of events) {
    if (!graph.hasNode(ev)) continue;
    for (const p of participantsOf(graph, ev)) if (isPerson(graph, p.id)) persons.add(p.id);
  }
  return persons;
}

/** Recomputes the pairs of every person taking part in one of `events` (ids of Event nodes). */
export function refreshMetAround(graph: StoreGraph, events: Iterable<string>): Set<string> {
  const persons = personsAround(graph, events);
  const theirEvents = new Set<string>();
  for (const p of persons)
    graph.forEachOutEdge(p, (_, e, _s, target) => {
      if (e.kind === "PARTICIPATED_IN" && graph.getNodeAttribute(target, "kind") === "Event")
        theirEvents.add(target);
    });
  const touched = dropMet(graph, persons);
  const facts = [...theirEvents].map((ev) => tieFactsOf(graph, graph.getNodeAttributes(ev)));
  for (const e of deriveTies(facts)) {
    if (!persons.has(e.source) && !persons.has(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
    touched.add(e.source).add(e.target);
  }
  return touched;
}
