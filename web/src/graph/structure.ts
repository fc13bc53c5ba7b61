/**
 * Degree and community (Louvain over all nodes) of every node: what the overview folds by. The costly
 * part of the overview (Louvain is hundreds of ms on thousands of nodes), so the page asks a worker for
 * it (structureWorker.ts); this module is what that worker runs, and what tests call directly.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { GraphPayload } from "../../../model/api.ts";
import { type Structure, type StructureJob, structureJob } from "./structureJob.ts";

export type { Structure };

/** A seeded generator, so the same graph always folds into the same clusters. */
function seeded(seed = 7): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function structureOfJob(job: StructureJob): Structure {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const id of job.ids) graph.mergeNode(id);
  for (let i = 0; i < job.edges.length; i += 2) {
    const s = job.ids[job.edges[i]!]!;
    const t = job.ids[job.edges[i + 1]!]!;
    if (s !== t) graph.mergeEdge(s, t);
  }
  const degree: Record<string, number> = {};
  graph.forEachNode((id) => {
    degree[id] = graph.degree(id);
  });
  const community: Record<string, number> =
    graph.size > 0
      ? louvain(graph, { rng: seeded() })
      : Object.fromEntries(graph.nodes().map((id, i) => [id, i]));
  return { degree, community };
}

export const structureOf = (payload: GraphPayload): Structure => structureOfJob(structureJob(payload));
