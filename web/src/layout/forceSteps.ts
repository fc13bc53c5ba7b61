/**
 * ForceAtlas2 (graphology) in steps: the worker runs a batch of iterations, posts the positions, and
 * goes on, so the page can draw progress and cancel between batches. Pure and deterministic: the same
 * job gives the same positions (no randomness; starting positions come with the job).
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { batchSize, type LayoutJob, type LayoutStep } from "./forceJob.ts";

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
