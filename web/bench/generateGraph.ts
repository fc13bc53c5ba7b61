/**
 * A synthetic events graph of about `elements` nodes + edges, shaped like the real one: people holding
 * offices in countries, events with 2–4 participants held in a place and discussing a topic.
 * Deterministic (seeded), so runs are comparable.
 */
import type { GraphPayload } from "../../model/api.ts";
import type { GraphEdge, GraphNode } from "../../model/graph.ts";
import { edgeIdOf } from "../../model/graph.ts";
import { type NodeId, nodeId } from "../../model/ids.ts";
import { type EdgeKind, EVENT_TYPES, type NodeKind } from "../../model/kinds.ts";
import { seededRandom } from "../../model/seededRandom.ts";

const node = (kind: NodeKind, i: number, extra: Partial<GraphNode> = {}): GraphNode => ({
  id: nodeId(`${kind.toLowerCase()}:g${i}`),
  kind,
  name: { ar: `${kind} ${i}`, en: `${kind} ${i}` },
  ...extra,
});

const edge = (kind: EdgeKind, source: NodeId, target: NodeId): GraphEdge => ({
  id: edgeIdOf(kind, source, target),
  kind,
  source,
  target,
  evidence: [],
});

/** About 5 edges per event and 1 per person: events ≈ elements / 8 gives the wanted total. */
export function generateGraph(elements: number, seed = 1): GraphPayload {
  const random = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const eventCount = Math.max(1, Math.round(elements / 8));
  const count = (share: number) => Math.max(2, Math.round(eventCount * share));
  const people = Array.from({ length: count(0.6) }, (_, i) => node("Person", i));
  const countries = Array.from({ length: count(0.08) }, (_, i) => node("Country", i));
  const places = Array.from({ length: count(0.15) }, (_, i) => node("Place", i));
  const topics = Array.from({ length: count(0.05) }, (_, i) => node("Topic", i));
  const nodes = [...people, ...countries, ...places, ...topics];
  const edges = new Map<string, GraphEdge>();
  const add = (e: GraphEdge) => edges.set(e.id, e);
  for (const p of people) add(edge("HOLDS_OFFICE", p.id, pick(countries).id));
  for (let i = 0; nodes.length + edges.size < elements; i++) {
    const day = `${2015 + (i % 8)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const ev = node("Event", i, { eventType: EVENT_TYPES[i % EVENT_TYPES.length], date: day });
    nodes.push(ev);
    const participants = 2 + Math.floor(random() * 3);
    for (let j = 0; j < participants; j++) add(edge("PARTICIPATED_IN", pick(people).id, ev.id));
    add(edge("HELD_IN", ev.id, pick(places).id));
    if (random() < 0.6) add(edge("DISCUSSED", ev.id, pick(topics).id));
  }
  return {
    nodes,
    edges: [...edges.values()],
    truncated: false,
    total: { nodes: nodes.length, edges: edges.size },
  };
}

/**
 * About the elements of a 500-article corpus: the issue measured 465 articles as 3,136 nodes and 11,376
 * edges, so 500 articles ≈ 15,600 elements of the same shape.
 */
export const CORPUS_500_ELEMENTS = 15600;

/** The bench's `size` parameter: a number of elements, or `corpus500`. */
export function benchPayload(size: string): GraphPayload {
  return generateGraph(size === "corpus500" ? CORPUS_500_ELEMENTS : Number(size));
}
