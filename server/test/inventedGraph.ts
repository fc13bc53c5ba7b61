/** A small invented graph for question tests: people, topics and events built by hand, counts known. */
import { edgeIdOf, type GraphBatch, type GraphEdge, type GraphNode } from "../../model/graph.ts";
import { nodeId } from "../../model/ids.ts";
import type { EventType } from "../../model/kinds.ts";

export const person = (slug: string, name: string): GraphNode => ({
  id: nodeId(`person:${slug}`),
  kind: "Person",
  name: { ar: name, en: name },
});

export const topic = (slug: string): GraphNode => ({
  id: nodeId(`topic:${slug}`),
  kind: "Topic",
  name: { ar: slug, en: slug },
});

const link = (kind: "PARTICIPATED_IN" | "DISCUSSED", source: string, target: string): GraphEdge => ({
  id: edgeIdOf(kind, nodeId(source), nodeId(target)),
  kind,
  evidence: [],
  source: nodeId(source),
  target: nodeId(target),
});

/** Collects events with their participants (person slugs) and topics (topic slugs) into one batch. */
export function inventedGraph(nodes: GraphNode[]) {
  const events: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  function event(
    id: string,
    type: EventType,
    date: string,
    who: string[],
    about: string[] = [],
    extra: Partial<GraphNode> = {},
  ) {
    const ev: GraphNode = {
      id: nodeId(`event:${id}`),
      kind: "Event",
      name: { ar: id, en: id },
      eventType: type,
      date,
      datePrecision: "day",
      dateFrom: date,
      dateTo: date,
      ...extra,
    };
    events.push(ev);
    for (const p of who) edges.push(link("PARTICIPATED_IN", `person:${p}`, ev.id));
    for (const t of about) edges.push(link("DISCUSSED", ev.id, `topic:${t}`));
  }
  const batch = (): GraphBatch => ({ nodes: [...nodes, ...events], edges });
  return { event, batch };
}
