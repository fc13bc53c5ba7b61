/**
 * The people-ties graph read from events: who met or spoke with whom (per the tie mode), with the
 * occasions behind each tie, and its Louvain communities. Built from timeline reads only, so it is the
 * same on either store.
 */

import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import type { EventSummary, NodeRef } from "../../model/api.ts";
import type { TieMode } from "../../model/questions.ts";
import { seededRandom } from "../../model/seededRandom.ts";
import { addOccasion, fitsMode, type Occasions } from "./occasions.ts";

/** Person id → each person they share occasions with → those occasions. */
export type Ties = Map<string, Map<string, Occasions>>;

export function tiesOf(events: EventSummary[], mode: TieMode): Ties {
  const ties: Ties = new Map();
  for (const s of events) {
    if (!fitsMode(s, mode)) continue;
    const people = [
      ...new Map(s.participants.filter((p) => p.kind === "Person").map((p) => [p.id, p])).values(),
    ];
    for (const a of people) {
      const mine = ties.get(a.id) ?? new Map<string, Occasions>();
      for (const b of people) if (b.id !== a.id) addOccasion(mine, b, s);
      if (mine.size > 0) ties.set(a.id, mine);
    }
  }
  return ties;
}

/**
 * Louvain communities (weight = shared occasions, as the graph's tie weights), seeded and fed in id
 * order so the answer never depends on the store's order. `alsoPeople` without ties are each alone.
 */
export function communitiesOf(ties: Ties, alsoPeople: string[]): Map<string, number> {
  const graph = new UndirectedGraph();
  const ids = [...new Set([...ties.keys(), ...alsoPeople])].sort();
  for (const id of ids) graph.addNode(id);
  for (const a of ids)
    for (const [b, o] of [...(ties.get(a) ?? [])].sort(([x], [y]) => x.localeCompare(y)))
      if (a < b) graph.addEdge(a, b, { weight: o.encounters.size });
  if (graph.size === 0) return new Map(ids.map((id, i) => [id, i]));
  const found = louvain(graph, { getEdgeWeight: "weight", rng: seededRandom() });
  return new Map(Object.entries(found));
}

/** Every person the ties name, by id. */
export function peopleIn(ties: Ties): Map<string, NodeRef> {
  const people = new Map<string, NodeRef>();
  for (const mine of ties.values()) for (const o of mine.values()) people.set(o.other.id, o.other);
  return people;
}
