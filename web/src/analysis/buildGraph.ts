/**
 * GraphPayload → graphology graphs for the metrics. Kept apart from the metrics so each piece is a
 * plain function that tests can feed small hand-made payloads.
 */
import Graph from "graphology";
import type { GraphPayload } from "../../../model/api.ts";
import { isTieKind } from "../../../model/kinds.ts";

/** The drawn graph as an undirected simple graph: direction and parallel kinds do not matter to centrality. */
export function toUndirected(payload: GraphPayload): Graph {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const node of payload.nodes) graph.mergeNode(node.id, { kind: node.kind });
  for (const edge of payload.edges) {
    if (edge.source === edge.target) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target);
  }
  return graph;
}

/**
 * Who is close to whom among people: the ties where the payload has them (people view: met in person
 * and spoke by call alike), and in the events view two people are joined when they took part in the same
 * event. Weight = shared occasions or events.
 */
export function personGraph(payload: GraphPayload): Graph {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const kindOf = new Map(payload.nodes.map((n) => [n.id as string, n.kind]));
  for (const node of payload.nodes) if (node.kind === "Person") graph.addNode(node.id);
  const link = (a: string, b: string, weight: number) => {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) return;
    graph.updateEdge(a, b, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + weight }));
  };
  const participants = new Map<string, string[]>();
  for (const edge of payload.edges) {
    if (isTieKind(edge.kind)) link(edge.source, edge.target, edge.weight ?? 1);
    if (edge.kind === "PARTICIPATED_IN" && kindOf.get(edge.source) === "Person") {
      const list = participants.get(edge.target) ?? [];
      list.push(edge.source);
      participants.set(edge.target, list);
    }
  }
  for (const people of participants.values())
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) link(people[i]!, people[j]!, 1);
  return graph;
}
