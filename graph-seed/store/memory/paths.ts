/**
 * paths(query) on the embedded store: the k shortest simple paths up to maxLength (Yen's algorithm).
 * The shortest-path step is a depth-bounded bidirectional breadth-first search that can skip the nodes
 * and edges Yen excludes: graphology's bidirectional search has neither a filter nor a depth bound, and
 * its answer among equally short paths would depend on insertion order, which differs between the two
 * stores. Here neighbours come in id order and ties go to the first path in id order, so the answer
 * depends only on the graph.
 */
import type { GraphPath, PathQuery, PathResult, PathStep } from "../../../model/api.ts";
import type { GraphEdge } from "../../../model/graph.ts";
import { type StepSupport, stepSupport } from "../ties/stepSupport.ts";
import { refById } from "./events.ts";
import { PathMarks } from "./pathMarks.ts";
import type { Projection } from "./projection.ts";
import type { StoreGraph } from "./state.ts";

/** What a spur search must avoid: Yen's root nodes, and per node the neighbours it may not step to. */
interface Blocked {
  nodes: readonly number[];
  edges: ReadonlyMap<number, ReadonlySet<number>>;
}

const NOTHING: Blocked = { nodes: [], edges: new Map() };

/** One search's view of the projection: node numbers, their ids for ordering, scratch marks. */
interface Walk {
  proj: Projection;
  marks: PathMarks;
}

const marksOf = new WeakMap<Projection, PathMarks>();

/** Shorter first, then the first in id order (element by element, as joining the ids would compare). */
function precedes(proj: Projection, a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    return proj.idOf(a[i]!) < proj.idOf(b[i]!);
  }
  return false;
}

/**
 * A shortest path within maxDepth hops avoiding the blocked nodes and edges, or null. Bidirectional,
 * layer by layer from the smaller side, so hubs on one side do not make the search cover the graph.
 */
function shortestPath(
  w: Walk,
  from: number,
  to: number,
  maxDepth: number,
  blocked: Blocked,
): number[] | null {
  const { proj, marks } = w;
  marks.begin(proj.size);
  marks.set(0, from, -1);
  marks.set(1, to, -1);
  const frontiers: number[][] = [[from], [to]];
  for (let hops = 0; hops < maxDepth; hops++) {
    const side = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
    const other = 1 - side;
    const next: number[] = [];
    let best: number[] | null = null;
    for (const n of frontiers[side]!) {
      const banned = blocked.edges.get(n);
      const neighbours = proj.neighbours(n);
      marks.fit(proj.size);
      for (const m of neighbours) {
        if (blocked.nodes.includes(m) || banned?.has(m)) continue;
        if (marks.has(other, m)) {
          const [left, right] = side === 0 ? [n, m] : [m, n];
          const path = [...marks.chain(0, left), ...marks.chain(1, right).reverse()];
          if (path.length - 1 <= maxDepth && (!best || precedes(proj, path, best))) best = path;
        } else if (!best && !marks.has(side, m)) {
          // Once the sides meet this layer is the last: only more meeting points matter.
          marks.set(side, m, n);
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

const samePrefix = (path: number[], root: number[]) => root.every((n, i) => path[i] === n);

/** The edges a spur at root's last node may not take: the next step of every found path sharing root. */
function bannedSteps(found: number[][], root: number[]): Map<number, Set<number>> {
  const j = root.length - 1;
  const banned = new Map<number, Set<number>>();
  const ban = (a: number, b: number) => {
    const set = banned.get(a) ?? new Set<number>();
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
function kShortest(w: Walk, from: number, to: number, k: number, maxLength: number): number[][] {
  const first = shortestPath(w, from, to, maxLength, NOTHING);
  if (!first) return [];
  const found: number[][] = [first];
  const seen = new Set<string>([first.join(",")]);
  const candidates: number[][] = [];
  while (found.length < k) {
    const prev = found[found.length - 1]!;
    for (let j = 0; j + 1 < prev.length; j++) {
      const root = prev.slice(0, j + 1);
      const spur = shortestPath(w, prev[j]!, to, maxLength - j, {
        nodes: root.slice(0, -1),
        edges: bannedSteps(found, root),
      });
      if (!spur) continue;
      const path = [...root.slice(0, -1), ...spur];
      const key = path.join(",");
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(path);
      }
    }
    let at = -1;
    for (let i = 0; i < candidates.length; i++)
      if (at < 0 || precedes(w.proj, candidates[i]!, candidates[at]!)) at = i;
    if (at < 0) break;
    found.push(candidates.splice(at, 1)[0]!);
  }
  return found;
}

/**
 * Of the stored edges between two nodes, one with a sentence naming both ends speaks best for the step,
 * then the one with the most evidence (two people who met and spoke: the meeting, if it is quoted).
 */
function stepEdge(proj: Projection, a: string, b: string): { edge: GraphEdge; support: StepSupport } {
  const options = proj.edgesBetween(a, b).map((edge) => ({ edge, support: stepSupport(edge) }));
  return options.sort(
    (x, y) =>
      Number(x.support.inferred) - Number(y.support.inferred) ||
      y.edge.evidence.length - x.edge.evidence.length ||
      (x.edge.id < y.edge.id ? -1 : 1),
  )[0]!;
}

export function toGraphPath(graph: StoreGraph, proj: Projection, nodes: string[]): GraphPath {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [a, b] = [nodes[i]!, nodes[i + 1]!];
    const { edge, support } = stepEdge(proj, a, b);
    steps.push({ edge, from: refById(graph, a), to: refById(graph, b), ...support });
  }
  return { nodes: nodes.map((n) => refById(graph, n)), steps };
}

export function pathsQuery(graph: StoreGraph, proj: Projection, q: PathQuery): PathResult | null {
  if (!graph.hasNode(q.from) || !graph.hasNode(q.to)) return null;
  if (q.from === q.to) return { paths: [{ nodes: [refById(graph, q.from)], steps: [] }] };
  if (!proj.hasNode(q.from) || !proj.hasNode(q.to)) return { paths: [] };
  let marks = marksOf.get(proj);
  if (!marks) {
    marks = new PathMarks();
    marksOf.set(proj, marks);
  }
  const walk: Walk = { proj, marks };
  const found = kShortest(walk, proj.numberOf(q.from), proj.numberOf(q.to), q.k, q.maxLength);
  const ids = found.map((p) => p.map((n) => proj.idOf(n)));
  return { paths: ids.map((p) => toGraphPath(graph, proj, p)) };
}
