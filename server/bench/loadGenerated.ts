/**
 * Loads bench:api's generated graph into a store the way a large import would: slices of the batch through
 * upsert() (on Neo4j each slice is one write transaction of UNWIND statements of ≤1000 rows), nodes first,
 * then the ties derived once. Returns the timings and the persons the scenarios ask about.
 */
import type { GraphBatch } from "../../model/graph.ts";
import type { NodeId } from "../../model/ids.ts";
import type { GraphStore } from "../../model/store.ts";
import { generateGraph } from "./generateGraph.ts";

export interface LoadTimings {
  nodes: number;
  edges: number;
  /** Nodes and edges written per second by the upserts. */
  elementsPerSecond: number;
  upsertMs: number;
  tiesMs: number;
}

function slices(batch: GraphBatch, size: number): GraphBatch[] {
  const out: GraphBatch[] = [];
  for (let i = 0; i < batch.nodes.length; i += size)
    out.push({ nodes: batch.nodes.slice(i, i + size), edges: [] });
  for (let i = 0; i < batch.edges.length; i += size)
    out.push({ nodes: [], edges: batch.edges.slice(i, i + size) });
  return out;
}

export async function loadGenerated(
  store: GraphStore,
  totalNodes: number,
  sliceSize: number,
  log: (line: string) => void,
): Promise<{ timings: LoadTimings; persons: NodeId[] }> {
  const { batch, persons } = generateGraph(totalNodes);
  const elements = batch.nodes.length + batch.edges.length;
  const parts = slices(batch, sliceSize);
  const t0 = performance.now();
  let done = 0;
  for (const part of parts) {
    await store.upsert(part);
    done += part.nodes.length + part.edges.length;
    if (parts.length > 10 && done % (sliceSize * 20) < sliceSize) log(`  ${done} / ${elements} elements`);
  }
  const upsertMs = performance.now() - t0;
  const t1 = performance.now();
  await store.refreshDerived();
  const tiesMs = performance.now() - t1;
  return {
    persons,
    timings: {
      nodes: batch.nodes.length,
      edges: batch.edges.length,
      elementsPerSecond: Math.round(elements / (upsertMs / 1000)),
      upsertMs: Math.round(upsertMs),
      tiesMs: Math.round(tiesMs),
    },
  };
}
