/**
 * The undirected, simple view of the store graph that path searches walk: entity–event edges for the
 * "events" view, MET for "people". Paths ignore edge direction. Neighbour lists are computed per node on
 * first use and kept sorted by id, so a search's answer depends only on the ids (the same in either store,
 * however the graph was loaded), and a write only forgets the lists of the nodes it touched: no rebuild of
 * the whole projection after an ingest.
 */
import type { GraphEdge } from "../../model/graph.ts";
import type { GraphView } from "../../model/kinds.ts";
import { EVENT_VIEW_EDGES } from "./memoryGraphQuery.ts";
import type { StoreGraph } from "./memoryState.ts";

const walksIn = (view: GraphView) =>
  view === "people" ? (e: GraphEdge) => e.kind === "MET" : (e: GraphEdge) => EVENT_VIEW_EDGES.has(e.kind);

const NONE: readonly string[] = Object.freeze([]);

export class Projection {
  private readonly lists = new Map<string, readonly string[]>();
  readonly walks: (e: GraphEdge) => boolean;

  constructor(
    private readonly graph: StoreGraph,
    readonly view: GraphView,
  ) {
    this.walks = walksIn(view);
  }

  /** The other ends of the walkable edges at `n`, each once, in id order (empty for an unknown node). */
  neighbors(n: string): readonly string[] {
    let list = this.lists.get(n);
    if (!list) {
      list = this.compute(n);
      this.lists.set(n, list);
    }
    return list;
  }

  /** A node is on the projection when it has at least one walkable edge. */
  hasNode(n: string): boolean {
    return this.neighbors(n).length > 0;
  }

  /** The stored walkable edges joining a and b in either direction, in id order. */
  edgesBetween(a: string, b: string): GraphEdge[] {
    const out: GraphEdge[] = [];
    for (const [s, t] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!this.graph.hasNode(s) || !this.graph.hasNode(t)) continue;
      this.graph.forEachDirectedEdge(s, t, (_, e) => void (this.walks(e) && out.push(e)));
    }
    return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  /** Forgets the lists of nodes whose edges changed; they are recomputed on next use. */
  invalidate(nodes: Iterable<string>) {
    for (const n of nodes) this.lists.delete(n);
  }

  reset() {
    this.lists.clear();
  }

  private compute(n: string): readonly string[] {
    if (!this.graph.hasNode(n)) return NONE;
    const others = new Set<string>();
    this.graph.forEachEdge(n, (_, e, source, target) => {
      if (source !== target && this.walks(e)) others.add(source === n ? target : source);
    });
    return others.size === 0 ? NONE : [...others].sort();
  }
}

/** A projection of `graph` for `view`; cheap to make, since lists are filled as searches need them. */
export const buildProjection = (graph: StoreGraph, view: GraphView) => new Projection(graph, view);
