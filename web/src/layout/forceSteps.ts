/**
 * ForceAtlas2 (graphology) in steps: the worker runs a batch of iterations, posts the positions, and
 * goes on, so the page can draw progress and cancel between batches. Pure and deterministic: the same
 * job gives the same positions (no randomness; starting positions come with the job).
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

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

function buildGraph(job: LayoutJob): Graph {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  job.ids.forEach((id, i) => {
    graph.addNode(id, { x: job.positions[2 * i], y: job.positions[2 * i + 1], fixed: job.fixed[i] === 1 });
  });
  for (let i = 0; i < job.edges.length; i += 2) {
    const s = job.ids[job.edges[i]!]!;
    const t = job.ids[job.edges[i + 1]!]!;
    if (s !== t) graph.mergeEdge(s, t);
  }
  return graph;
}

/** Pinned nodes are given back exactly: the layout works in 32-bit floats. */
function positionsOf(graph: Graph, job: LayoutJob): Float64Array {
  const out = new Float64Array(job.ids.length * 2);
  job.ids.forEach((id, i) => {
    const pinned = job.fixed[i] === 1;
    out[2 * i] = pinned ? job.positions[2 * i]! : graph.getNodeAttribute(id, "x");
    out[2 * i + 1] = pinned ? job.positions[2 * i + 1]! : graph.getNodeAttribute(id, "y");
  });
  return out;
}

export function* forceSteps(job: LayoutJob): Generator<LayoutStep> {
  const graph = buildGraph(job);
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Barnes–Hut from a few hundred nodes: exact repulsion is quadratic (4.5 s at 1,279 nodes).
    barnesHutOptimize: graph.order > 400,
    // Spread so that cytoscape's 26–70 px nodes sit about one edge length (≈ 80 px) apart.
    scalingRatio: 40,
    gravity: 0.5,
    slowDown: 2,
  };
  const batch = batchSize(job.ids.length);
  for (let done = 0; done < job.iterations; ) {
    const n = Math.min(batch, job.iterations - done);
    forceAtlas2.assign(graph, { iterations: n, settings, getEdgeWeight: null });
    done += n;
    yield { positions: positionsOf(graph, job), done, total: job.iterations };
  }
}
