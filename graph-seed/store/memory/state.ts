/**
 * The embedded store's state: a graphology MultiDirectedGraph whose node and edge attributes are the
 * model's GraphNode and GraphEdge records, plus article texts. Everything else reads from here.
 */
import { MultiDirectedGraph } from "graphology";
import type { GraphBatch, GraphEdge, GraphNode } from "../../../model/graph.ts";
import { EDGE_KINDS, NODE_KINDS } from "../../../model/kinds.ts";
import type { ArticleRecord, UpsertResult } from "../../../model/store.ts";
import { mergeEdge, mergeNode, sameRecord } from "./merge.ts";

export type StoreGraph = MultiDirectedGraph<GraphNode, GraphEdge>;

export interface MemoryState {
  graph: StoreGraph;
  articles: Map<string, ArticleRecord>;
}

export const createState = (): MemoryState => ({
  graph: new MultiDirectedGraph<GraphNode, GraphEdge>(),
  articles: new Map(),
});

const unknownKind = (what: string, id: unknown, kind: unknown) =>
  new Error(`upsert: ${what} ${JSON.stringify(id)} has unknown kind ${JSON.stringify(kind)}`);

/** Rejects a batch before touching the graph, so a bad batch leaves the store as it was. */
function validateBatch(graph: StoreGraph, batch: GraphBatch) {
  const incoming = new Set<string>();
  for (const n of batch.nodes) {
    if (!NODE_KINDS.includes(n?.kind)) throw unknownKind("node", n?.id, n?.kind);
    if (!n.id || !n.name) throw new Error(`upsert: node ${JSON.stringify(n.id)} lacks an id or a name`);
    const old = graph.hasNode(n.id) ? graph.getNodeAttributes(n.id) : null;
    if (old && old.kind !== n.kind) throw new Error(`upsert: node ${n.id} is a ${old.kind}, not a ${n.kind}`);
    incoming.add(n.id);
  }
  for (const e of batch.edges) {
    if (!EDGE_KINDS.includes(e?.kind)) throw unknownKind("edge", e?.id, e?.kind);
    const ends = graph.hasEdge(e.id) ? graph.extremities(e.id) : null;
    if (ends && (ends[0] !== e.source || ends[1] !== e.target)) {
      throw new Error(`upsert: edge ${e.id} already joins ${ends[0]} -> ${ends[1]}`);
    }
    // On Neo4j an edge's kind is its relationship type, which a write cannot change.
    const oldKind = ends ? graph.getEdgeAttribute(e.id, "kind") : null;
    if (oldKind && oldKind !== e.kind)
      throw new Error(`upsert: edge ${e.id} is a ${oldKind}, not a ${e.kind}`);
    for (const end of [e.source, e.target]) {
      if (!incoming.has(end) && !graph.hasNode(end)) {
        throw new Error(`upsert: edge ${e.id} points to unknown node ${end}`);
      }
    }
  }
}

/**
 * Copies deep enough that later changes to the caller's objects cannot reach the store: merges build new
 * objects and lists, so the top level and its lists are all that is shared. (structuredClone was the
 * slowest part of loading a 100k-node graph.)
 */
const copyNode = (n: GraphNode): GraphNode => ({
  ...n,
  name: { ...n.name },
  ...(n.aliases ? { aliases: [...n.aliases] } : {}),
});

/** `beforeChange` runs once the batch has passed validation, before anything is written. */
export function upsertInto(
  { graph }: MemoryState,
  batch: GraphBatch,
  beforeChange?: () => void,
): UpsertResult {
  validateBatch(graph, batch);
  beforeChange?.();
  const result: UpsertResult = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  for (const n of batch.nodes) {
    if (!graph.hasNode(n.id)) {
      graph.addNode(n.id, copyNode(n));
      result.nodesCreated++;
      continue;
    }
    const old = graph.getNodeAttributes(n.id);
    const merged = mergeNode(old, copyNode(n));
    if (!sameRecord(old, merged)) result.nodesUpdated++;
    graph.replaceNodeAttributes(n.id, merged);
  }
  for (const e of batch.edges) {
    const edge: GraphEdge = { ...e, evidence: [...(e.evidence ?? [])] };
    if (!graph.hasEdge(e.id)) {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edge);
      result.edgesCreated++;
      continue;
    }
    const old = graph.getEdgeAttributes(e.id);
    const merged = mergeEdge(old, edge);
    if (!sameRecord(old, merged)) result.edgesUpdated++;
    graph.replaceEdgeAttributes(e.id, merged);
  }
  return result;
}

export const nodeOf = ({ graph }: MemoryState, id: string) =>
  graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
