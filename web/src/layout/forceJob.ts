/**
 * A force layout job as the page hands it to the worker, and how many iterations it gets. Apart from
 * forceSteps.ts so the page does not load graphology and ForceAtlas2: only the worker runs them.
 */

export interface LayoutJob {
  /** Node ids, in a stable order (the caller sorts them). */
  ids: string[];
  /** Edges as pairs of indexes into `ids`: [s0, t0, s1, t1, …]. */
  edges: Uint32Array;
  /** Starting x, y per node, interleaved. */
  positions: Float64Array;
  /** 1 for a node that must not move (pinned by the user). */
  fixed: Uint8Array;
  iterations: number;
}

export interface LayoutStep {
  positions: Float64Array;
  done: number;
  total: number;
}

/** Iterations per posted batch: small graphs finish in one, big ones report progress several times a second. */
export function batchSize(nodeCount: number): number {
  return Math.max(5, Math.min(100, Math.round(20000 / Math.max(1, nodeCount))));
}

/** Iterations for a fresh layout: more for small graphs, which are cheap and read closely. */
export function iterationsFor(nodeCount: number, incremental: boolean): number {
  const full = nodeCount < 500 ? 500 : nodeCount < 3000 ? 300 : 200;
  return incremental ? Math.round(full / 3) : full;
}
