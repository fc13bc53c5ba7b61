/**
 * A synthetic diplomatic graph of any size, built directly as a GraphBatch (no extraction), for
 * benchmarks: persons, countries, places and topics around events. Deterministic for a given seed.
 */
import { edgeIdOf, type GraphBatch, type GraphEdge, type GraphNode } from "../../model/graph.ts";
import { type NodeId, nodeId } from "../../model/ids.ts";
import { EVENT_TYPES } from "../../model/kinds.ts";
import { seededRandom } from "../../model/seededRandom.ts";

const FIRST = [
  ["Vladimir", "فلاديمير"],
  ["Sergei", "سيرغي"],
  ["Abdel", "عبد"],
  ["Sameh", "سامح"],
  ["Bashar", "بشار"],
  ["Faisal", "فيصل"],
  ["Recep", "رجب"],
  ["Hassan", "حسن"],
] as const;
const LAST = [
  ["Putin", "بوتين"],
  ["Lavrov", "لافروف"],
  ["Sisi", "السيسي"],
  ["Shoukry", "شكري"],
  ["Assad", "الأسد"],
  ["Mekdad", "المقداد"],
  ["Erdogan", "أردوغان"],
  ["Rouhani", "روحاني"],
] as const;

export interface GeneratedGraph {
  batch: GraphBatch;
  persons: NodeId[];
}

function entities(
  prefix: string,
  kind: GraphNode["kind"],
  count: number,
  label: (i: number) => GraphNode["name"],
) {
  return Array.from(
    { length: count },
    (_, i): GraphNode => ({ id: nodeId(`${prefix}:${i}`), kind, name: label(i) }),
  );
}

const edge = (
  kind: GraphEdge["kind"],
  source: NodeId,
  target: NodeId,
  extra: Partial<GraphEdge> = {},
): GraphEdge => ({
  id: edgeIdOf(kind, source, target),
  kind,
  source,
  target,
  evidence: [],
  ...extra,
});

/** About 80% of the nodes are events; each links 2–3 people, a country, a place and 1–2 topics. */
export function generateGraph(totalNodes: number, seed = 42): GeneratedGraph {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const persons = entities("person", "Person", Math.floor(totalNodes * 0.15), (i) => {
    const [fe, fa] = pick(FIRST);
    const [le, la] = pick(LAST);
    return { en: `${fe} ${le} ${i}`, ar: `${fa} ${la} ${i}` };
  });
  const countries = entities("country", "Country", 200, (i) => ({ en: `Country ${i}`, ar: `دولة ${i}` }));
  const places = entities("place", "Place", Math.floor(totalNodes * 0.02), (i) => ({
    en: `City ${i}`,
    ar: `مدينة ${i}`,
  }));
  const topics = entities("topic", "Topic", 500, (i) => ({ en: `Topic ${i}`, ar: `ملف ${i}` }));
  const eventCount = totalNodes - persons.length - countries.length - places.length - topics.length;
  const nodes: GraphNode[] = [...persons, ...countries, ...places, ...topics];
  const edges: GraphEdge[] = [];
  for (const p of persons)
    edges.push(edge("HOLDS_OFFICE", p.id, pick(countries).id, { office: { ar: "وزير", en: "Minister" } }));
  for (let i = 0; i < eventCount; i++) {
    const id = nodeId(`event:${i}`);
    const date = new Date(Date.UTC(2000, 0, 1) + Math.floor(rand() * 25 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    nodes.push({
      id,
      kind: "Event",
      name: { ar: `حدث ${i}`, en: `Event ${i}` },
      eventType: pick(EVENT_TYPES),
      date,
      datePrecision: "day",
      planned: false,
    });
    const people = new Set<NodeId>([
      pick(persons).id,
      pick(persons).id,
      ...(rand() < 0.3 ? [pick(persons).id] : []),
    ]);
    for (const person of people) edges.push(edge("PARTICIPATED_IN", person, id));
    edges.push(edge("PARTICIPATED_IN", pick(countries).id, id));
    edges.push(edge("HELD_IN", id, pick(places).id));
    const subjects = new Set<NodeId>([pick(topics).id, ...(rand() < 0.5 ? [pick(topics).id] : [])]);
    for (const topic of subjects) edges.push(edge("DISCUSSED", id, topic));
  }
  return { batch: { nodes, edges }, persons: persons.map((p) => p.id) };
}
