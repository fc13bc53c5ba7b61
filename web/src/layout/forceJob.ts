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

/**
 * Iterations for a fresh layout. ForceAtlas2 has settled by 300 on the graphs a page draws whole: at
 * 262 nodes the next 200 moved nodes by 1.4 % of the picture's width on average, and cost 0.2–0.3 s
 * before a small graph's first frame, which waits for the layout (canvas/workerLayout.ts).
 */
export function iterationsFor(nodeCount: number, incremental: boolean): number {
  const full = nodeCount < 3000 ? 300 : 200;
  return incremental ? Math.round(full / 3) : full;
}
