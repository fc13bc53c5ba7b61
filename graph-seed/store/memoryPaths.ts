/**
 * paths(query) on the embedded store: the k shortest simple paths up to maxLength (Yen's algorithm).
 * The shortest-path step is a depth-bounded bidirectional breadth-first search that can skip the nodes
 * and edges Yen excludes: graphology's bidirectional search has neither a filter nor a depth bound, and
 * its answer among equally short paths would depend on insertion order, which differs between the two
 * stores. Here neighbours come in id order and ties go to the first path in id order, so the answer
 * depends only on the graph.
 */
import type { GraphPath, PathQuery, PathResult, PathStep } from "../../model/api.ts";
import type { GraphEdge } from "../../model/graph.ts";
import { refById } from "./memoryEvents.ts";
import type { Projection } from "./memoryProjection.ts";
import type { StoreGraph } from "./memoryState.ts";

/** What a spur search must avoid: Yen's root nodes, and per node the neighbours it may not step to. */
interface Blocked {
  nodes: ReadonlySet<string>;
  edges: ReadonlyMap<string, ReadonlySet<string>>;
}

const NOTHING: Blocked = { nodes: new Set(), edges: new Map() };

/** from → … → n, following parent links back from n. */
function chain(parent: Map<string, string>, n: string): string[] {
  const path = [n];
  for (let p = parent.get(n); p; p = parent.get(p)) path.push(p);
  return path.reverse();
}

/** Shorter first, then the first in id order (element by element, as joining the ids would compare). */
function precedes(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

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
    let best: string[] | null = null;
    for (const n of frontiers[side]!) {
      const banned = blocked.edges.get(n);
      for (const m of proj.neighbors(n)) {
        if (blocked.nodes.has(m) || banned?.has(m)) continue;
        if (other.has(m)) {
          const [left, right] = side === 0 ? [n, m] : [m, n];
          const path = [...chain(parents[0], left), ...chain(parents[1], right).reverse()];
          if (path.length - 1 <= maxDepth && (!best || precedes(path, best))) best = path;
        } else if (!best && !mine.has(m)) {
          // Once the sides meet this layer is the last: only more meeting points matter.
          mine.set(m, n);
          next.push(m);
        }
      }
    }
    if (best) return best;
    if (next.length === 0) return null;
    frontiers[side] = next;
  }
  return null;
}

const samePrefix = (path: string[], root: string[]) => root.every((n, i) => path[i] === n);

/** The edges a spur at root's last node may not take: the next step of every found path sharing root. */
function bannedSteps(found: string[][], root: string[]): Map<string, Set<string>> {
  const j = root.length - 1;
  const banned = new Map<string, Set<string>>();
  const ban = (a: string, b: string) => {
    const set = banned.get(a) ?? new Set<string>();
    set.add(b);
    banned.set(a, set);
  };
  for (const p of found) {
    if (p.length <= j + 1 || !samePrefix(p, root)) continue;
    ban(p[j]!, p[j + 1]!);
    ban(p[j + 1]!, p[j]!);
  }
  return banned;
}

/** Yen: each next path leaves the previous one at some spur node, avoiding the paths already found. */
function kShortest(proj: Projection, from: string, to: string, k: number, maxLength: number): string[][] {
  const first = shortestPath(proj, from, to, maxLength, NOTHING);
  if (!first) return [];
  const found: string[][] = [first];
  const seen = new Set<string>([first.join("\u0000")]);
  const candidates: string[][] = [];
  while (found.length < k) {
    const prev = found[found.length - 1]!;
    for (let j = 0; j + 1 < prev.length; j++) {
      const root = prev.slice(0, j + 1);
      const spur = shortestPath(proj, prev[j]!, to, maxLength - j, {
        nodes: new Set(root.slice(0, -1)),
        edges: bannedSteps(found, root),
      });
      if (!spur) continue;
      const path = [...root.slice(0, -1), ...spur];
      const key = path.join("\u0000");
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(path);
      }
    }
    let at = -1;
    for (let i = 0; i < candidates.length; i++)
      if (at < 0 || precedes(candidates[i]!, candidates[at]!)) at = i;
    if (at < 0) break;
    found.push(candidates.splice(at, 1)[0]!);
  }
  return found;
}

/** Of the stored edges between two nodes, the one with the most evidence speaks best for the step. */
function stepEdge(proj: Projection, a: string, b: string): GraphEdge {
  const edges = proj.edgesBetween(a, b);
  return edges.sort((x, y) => y.evidence.length - x.evidence.length || (x.id < y.id ? -1 : 1))[0]!;
}

function toGraphPath(graph: StoreGraph, proj: Projection, nodes: string[]): GraphPath {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [a, b] = [nodes[i]!, nodes[i + 1]!];
    steps.push({ edge: stepEdge(proj, a, b), from: refById(graph, a), to: refById(graph, b) });
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
