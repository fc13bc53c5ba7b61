/**
 * The overview's structure as the page and the structure worker exchange it. Apart from structure.ts so
 * the page can build a job without loading graphology and Louvain: only the worker runs them.
 */
import type { GraphPayload } from "../../../model/api.ts";

export interface Structure {
  degree: Record<string, number>;
  community: Record<string, number>;
}

/** The graph as the worker receives it: node ids and edges as index pairs, in payload order. */
export interface StructureJob {
  ids: string[];
  /** [s0, t0, s1, t1, …] indexes into `ids`. */
  edges: Uint32Array;
}

/** Edges whose ends are both in the payload, as index pairs (the order decides Louvain's result). */
export function structureJob(payload: GraphPayload): StructureJob {
  const ids = payload.nodes.map((n) => n.id as string);
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs: number[] = [];
  for (const e of payload.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) pairs.push(s, t);
  }
  return { ids, edges: new Uint32Array(pairs) };
}
