/**
 * What the curation planner reads of a store: records by id, a node's edges, article texts. The embedded
 * store answers from memory; Neo4j from inside the write transaction the change will be written in.
 */
import type { GraphEdge, GraphNode, Provenance } from "../../../model/graph.ts";

export interface FactReader {
  node(id: string): Promise<GraphNode | null>;
  edge(id: string): Promise<GraphEdge | null>;
  /** Every edge into or out of the node, derived ties (MET, SPOKE_WITH) left out. */
  edgesOf(id: string): Promise<GraphEdge[]>;
  articleText(articleId: string): Promise<string | null>;
}

/** The records a change writes: a record replaces the stored one whole; null deletes it. */
export interface RecordChange {
  nodes: Map<string, GraphNode | null>;
  edges: Map<string, GraphEdge | null>;
}

export const emptyChange = (): RecordChange => ({ nodes: new Map(), edges: new Map() });

/**
 * Reads through a change being built, so later steps of one plan see earlier ones (a bulk confirm of an
 * event and one of its participations, a merge followed by a split).
 */
export function overlay(reader: FactReader, change: RecordChange): FactReader {
  return {
    node: async (id) => (change.nodes.has(id) ? change.nodes.get(id)! : reader.node(id)),
    edge: async (id) => (change.edges.has(id) ? change.edges.get(id)! : reader.edge(id)),
    async edgesOf(id) {
      const stored = (await reader.edgesOf(id)).filter((e) => !change.edges.has(e.id));
      const changed = [...change.edges.values()].filter(
        (e): e is GraphEdge => e !== null && (e.source === id || e.target === id),
      );
      return [...stored, ...changed];
    },
    articleText: (id) => reader.articleText(id),
  };
}

const spanKey = (p: { articleId: string; start: number; end: number }) =>
  `${p.articleId}:${p.start}-${p.end}`;

/** Distinct spans, in a stable order, at most `max`: enough to find a fact again by its sentence. */
export function spansOf(evidence: Provenance[], max = 5) {
  const seen = new Map<string, { articleId: string; start: number; end: number }>();
  for (const p of evidence) seen.set(spanKey(p), { articleId: p.articleId, start: p.start, end: p.end });
  return [...seen.values()].sort((a, b) => spanKey(a).localeCompare(spanKey(b))).slice(0, max);
}

/** Mention spans (the name itself, not its sentence) of MENTIONS evidence. */
export function mentionSpansOf(evidence: Provenance[], max = 5) {
  return spansOf(
    evidence
      .filter((p) => p.mentionStart !== undefined && p.mentionEnd !== undefined)
      .map((p) => ({ ...p, start: p.mentionStart!, end: p.mentionEnd! })),
    max,
  );
}

export const overlaps = (
  a: { articleId: string; start: number; end: number },
  b: { articleId: string; start: number; end: number },
) => a.articleId === b.articleId && a.start < b.end && b.start < a.end;

/** `KIND:source->target#qualifier` → its parts (see edgeIdOf in model/graph.ts). */
export function parseEdgeId(id: string) {
  const match = /^([A-Z_]+):(.+?)->(.+?)(?:#(.*))?$/.exec(id);
  if (!match) return null;
  return { kind: match[1]!, source: match[2]!, target: match[3]!, qualifier: match[4] };
}
