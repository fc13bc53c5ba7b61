/**
 * paths(query) on the embedded store: the k shortest simple paths up to maxLength (Yen's algorithm).
 * The shortest-path step is a depth-bounded breadth-first search that can skip the nodes and edges Yen
 * excludes: graphology's bidirectional search has neither a filter nor a depth bound, and its answer
 * among equally short paths would depend on insertion order, which differs between the two stores.
 */
import type { GraphPath, PathQuery, PathResult, PathStep } from "../../model/api.ts";
import type { GraphEdge } from "../../model/graph.ts";
import { refById } from "./memoryEvents.ts";
import type { Projection } from "./memoryProjection.ts";
import type { StoreGraph } from "./memoryState.ts";

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

interface Blocked {
  nodes: Set<string>;
  edges: Set<string>;
}

/** from → … → n, following parent links back from n. */
function chain(parent: Map<string, string>, n: string): string[] {
  const path = [n];
  for (let p = parent.get(n); p; p = parent.get(p)) path.push(p);
  return path.reverse();
}

/** Of equally short paths, the first in id order, so the answer depends only on the graph. */
const best = (paths: string[][]) =>
  paths.sort((a, b) => a.length - b.length || (a.join("\u0000") < b.join("\u0000") ? -1 : 1))[0] ?? null;

/**
 * A shortest path within maxDepth hops avoiding the blocked nodes and edges, or null. Bidirectional,
 * layer by layer from the smaller side, so hubs on one side do not make the search cover the graph.
 */
function shortestPath(
  proj: Projection,
  from: string,
  to: string,
  maxDepth: number,
  blocked: Blocked,
): string[] | null {
  const parents = [new Map([[from, ""]]), new Map([[to, ""]])] as const;
  const frontiers: string[][] = [[from], [to]];
  for (let hops = 0; hops < maxDepth; hops++) {
    const side = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
    const [mine, other] = [parents[side], parents[1 - side]!];
    const next: string[] = [];
    const meets: string[][] = [];
    for (const n of frontiers[side]!) {
      for (const m of proj.neighbors(n)) {
        if (blocked.nodes.has(m) || blocked.edges.has(pairKey(n, m))) continue;
        if (other.has(m)) {
          const [left, right] = side === 0 ? [n, m] : [m, n];
          meets.push([...chain(parents[0], left), ...chain(parents[1], right).reverse()]);
        } else if (!mine.has(m)) {
          mine.set(m, n);
          next.push(m);
        }
      }
    }
    if (meets.length > 0) return best(meets.filter((p) => p.length - 1 <= maxDepth));
    if (next.length === 0) return null;
    frontiers[side] = next;
  }
  return null;
}

const samePrefix = (path: string[], root: string[]) => root.every((n, i) => path[i] === n);

/** Yen: each next path leaves the previous one at some spur node, avoiding the paths already found. */
function kShortest(proj: Projection, from: string, to: string, k: number, maxLength: number): string[][] {
  const first = shortestPath(proj, from, to, maxLength, { nodes: new Set(), edges: new Set() });
  if (!first) return [];
  const found: string[][] = [first];
  const candidates = new Map<string, string[]>();
  while (found.length < k) {
    const prev = found[found.length - 1]!;
    for (let j = 0; j + 1 < prev.length; j++) {
      const root = prev.slice(0, j + 1);
      const edges = found
        .filter((p) => p.length > j + 1 && samePrefix(p, root))
        .map((p) => pairKey(p[j]!, p[j + 1]!));
      const spur = shortestPath(proj, prev[j]!, to, maxLength - j, {
        nodes: new Set(root.slice(0, -1)),
        edges: new Set(edges),
      });
      if (spur)
        candidates.set([...root.slice(0, -1), ...spur].join("\u0000"), [...root.slice(0, -1), ...spur]);
    }
    for (const p of found) candidates.delete(p.join("\u0000"));
    const next = [...candidates.entries()].sort(
      ([ka, a], [kb, b]) => a.length - b.length || (ka < kb ? -1 : 1),
    )[0];
    if (!next) break;
    candidates.delete(next[0]);
    found.push(next[1]);
  }
  return found;
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
  const found = kShortest(proj, q.from, q.to, q.k, q.maxLength);
  return { paths: found.map((p) => toGraphPath(graph, proj, p)) };
}
