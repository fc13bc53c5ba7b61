/**
 * paths(query) on the embedded store: the k shortest simple paths up to maxLength. Distances from both
 * ends (graphology-shortest-path) keep only the nodes that can lie on a short enough path; the simple
 * paths (graphology-simple-path) are enumerated in that small subgraph, widening one hop at a time until
 * k are found, so hubs elsewhere in a large graph cost nothing.
 */
import { undirectedSingleSourceLength } from "graphology-shortest-path/unweighted";
import { allSimplePaths } from "graphology-simple-path";
import type { GraphPath, PathQuery, PathResult, PathStep } from "../../model/api.ts";
import type { GraphEdge } from "../../model/graph.ts";
import { refById } from "./memoryEvents.ts";
import { inducedSubgraph, type Projection } from "./memoryProjection.ts";
import type { StoreGraph } from "./memoryState.ts";

/** Past this many candidate nodes, enumerating longer paths could explode; stop widening. */
const MAX_CANDIDATES = 4000;

function candidatePaths(
  proj: Projection,
  from: string,
  to: string,
  k: number,
  maxLength: number,
): string[][] {
  const fromDist = undirectedSingleSourceLength(proj, from);
  const shortest = fromDist[to];
  if (shortest === undefined || shortest > maxLength) return [];
  const toDist = undirectedSingleSourceLength(proj, to);
  let paths: string[][] = [];
  for (let depth = shortest; depth <= maxLength; depth++) {
    const keep = new Set(
      Object.keys(fromDist).filter((n) => fromDist[n]! + (toDist[n] ?? Infinity) <= depth),
    );
    paths = allSimplePaths(inducedSubgraph(proj, keep), from, to, { maxDepth: depth });
    if (paths.length >= k || keep.size > MAX_CANDIDATES) break;
  }
  return paths;
}

/** Of the stored edges between two nodes, the one with the most evidence speaks best for the step. */
function stepEdge(graph: StoreGraph, proj: Projection, a: string, b: string): GraphEdge {
  const ids = proj.getEdgeAttributes(proj.edge(a, b)!).edges;
  const edges = ids.map((id) => graph.getEdgeAttributes(id));
  return edges.sort((x, y) => y.evidence.length - x.evidence.length || (x.id < y.id ? -1 : 1))[0]!;
}

function toGraphPath(graph: StoreGraph, proj: Projection, nodes: string[]): GraphPath {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [a, b] = [nodes[i]!, nodes[i + 1]!];
    steps.push({ edge: stepEdge(graph, proj, a, b), from: refById(graph, a), to: refById(graph, b) });
  }
  return { nodes: nodes.map((n) => refById(graph, n)), steps };
}

export function pathsQuery(graph: StoreGraph, proj: Projection, q: PathQuery): PathResult | null {
  if (!graph.hasNode(q.from) || !graph.hasNode(q.to)) return null;
  if (q.from === q.to) return { paths: [{ nodes: [refById(graph, q.from)], steps: [] }] };
  if (!proj.hasNode(q.from) || !proj.hasNode(q.to)) return { paths: [] };
  const found = candidatePaths(proj, q.from, q.to, q.k, q.maxLength)
    .sort((a, b) => a.length - b.length || a.join("\u0000").localeCompare(b.join("\u0000")))
    .slice(0, q.k);
  return { paths: found.map((p) => toGraphPath(graph, proj, p)) };
}
