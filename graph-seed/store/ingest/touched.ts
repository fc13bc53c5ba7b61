/**
 * The events whose ties (MET, SPOKE_WITH) a batch can change: written event nodes (date, type, planned)
 * and the events at the end of written participation and report edges. A batch carrying tie edges
 * itself can change any pair: "all". Both stores re-derive the ties of exactly these events' persons.
 */
import type { GraphBatch } from "../../../model/graph.ts";
import { isTieKind } from "../../../model/kinds.ts";

export function eventsTouchedBy(batch: GraphBatch): Set<string> | "all" {
  if (batch.edges.some((e) => isTieKind(e.kind))) return "all";
  const events = new Set<string>();
  for (const n of batch.nodes) if (n.kind === "Event") events.add(n.id);
  for (const e of batch.edges) {
    if (e.kind === "PARTICIPATED_IN") events.add(e.target);
    if (e.kind === "REPORTED_IN") events.add(e.source);
  }
  return events;
}
