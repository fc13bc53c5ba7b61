/**
 * The undirected, simple view of the store graph that path searches walk: entity–event edges for the
 * "events" view, the ties (MET, SPOKE_WITH) for "people". Paths ignore edge direction. Nodes get small integer numbers on first
 * use so searches can mark them in typed arrays instead of hashing ids; neighbour lists are computed per
 * node on first use and kept in id order, so a search's answer depends only on the ids (the same in either
 * store, however the graph was loaded), and a write only forgets the lists of the nodes it touched: no
 * rebuild of the whole projection after an ingest.
 */
import type { GraphEdge } from "../../../model/graph.ts";
import { type GraphView, isTieKind } from "../../../model/kinds.ts";
import { EVENT_VIEW_EDGES } from "./graphQuery.ts";
import type { StoreGraph } from "./state.ts";

const walksIn = (view: GraphView) =>
  view === "people" ? (e: GraphEdge) => isTieKind(e.kind) : (e: GraphEdge) => EVENT_VIEW_EDGES.has(e.kind);

const NONE = new Int32Array(0);

export class Projection {
  /** Node id ↔ number; numbers are never reused, so marks made with them stay meaningful. */
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly lists: (Int32Array | undefined)[] = [];
  readonly walks: (e: GraphEdge) => boolean;

  constructor(
    private readonly graph: StoreGraph,
    readonly view: GraphView,
  ) {
    this.walks = walksIn(view);
  }

  /** How many nodes have a number: typed arrays indexed by number need this many slots. */
  get size() {
    return this.ids.length;
  }

  numberOf(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.numbers.set(id, n);
      this.ids.push(id);
    }
    return n;
  }

  idOf(n: number): string {
    return this.ids[n]!;
  }

  /** The numbers of the other ends of the walkable edges at node `n`, each once, in id order. */
  neighbours(n: number): Int32Array {
    let list = this.lists[n];
    if (!list) {
      list = this.compute(this.ids[n]!);
      this.lists[n] = list;
    }
    return list;
  }

  /** The other ends' ids, in id order (empty for an unknown node). */
  neighbors(id: string): string[] {
    return [...this.neighbours(this.numberOf(id))].map((m) => this.ids[m]!);
  }

  /** A node is on the projection when it has at least one walkable edge. */
  hasNode(id: string): boolean {
    return this.neighbours(this.numberOf(id)).length > 0;
  }

  /** The stored walkable edges joining a and b in either direction, in id order. */
  edgesBetween(a: string, b: string): GraphEdge[] {
    const out: GraphEdge[] = [];
    for (const [s, t] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!this.graph.hasNode(s) || !this.graph.hasNode(t)) continue;
      this.graph.forEachOutEdge(s, t, (_, e) => void (this.walks(e) && out.push(e)));
    }
    return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  /** Forgets the lists of nodes whose edges changed; they are recomputed on next use. */
  invalidate(ids: Iterable<string>) {
    for (const id of ids) {
      const n = this.numbers.get(id);
      if (n !== undefined) this.lists[n] = undefined;
    }
  }

  reset() {
    this.lists.length = 0;
  }

  private compute(id: string): Int32Array {
    if (!this.graph.hasNode(id)) return NONE;
    const others = new Set<string>();
    this.graph.forEachEdge(id, (_, e, source, target) => {
      if (source !== target && this.walks(e)) others.add(source === id ? target : source);
    });
    if (others.size === 0) return NONE;
    return Int32Array.from([...others].sort(), (o) => this.numberOf(o));
  }
}

/** A projection of `graph` for `view`; cheap to make, since lists are filled as searches need them. */
export const buildProjection = (graph: StoreGraph, view: GraphView) => new Projection(graph, view);
