/**
 * Writing a planned change and its corrections inside one Neo4j write transaction: the same order as the
 * embedded store (edges deleted, nodes written, edges written, nodes deleted), then the ties recomputed
 * and the audit entries created as (:Correction) nodes. Nothing is visible to others before the commit.
 */
import type { AuditEntry, CurationInput } from "../../../model/curation.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { articleNodeId, articleId as toArticleId } from "../../../model/ids.ts";
import type { EdgeKind, NodeKind } from "../../../model/kinds.ts";
import { type FactReader, parseEdgeId, type RecordChange } from "../curation/reader.ts";
import { chunks, groupBy } from "./batches.ts";
import {
  ARTICLE_BY_ID,
  DELETE_EDGES_BY_ID,
  DELETE_NODES_BY_ID,
  EDGES_OF_NODE,
  NODE_LABEL_BY_KIND,
  READ_EDGES_BY_ID,
  READ_NODES_BY_ID,
  REMOVE_KIND_LABELS,
  WRITE_CORRECTIONS,
  WRITE_EDGES_BY_KIND,
  WRITE_NODES,
} from "./cypher.ts";
import { edgeFromRecord, edgeToRow, nodeFromProps, nodeToRow } from "./mapping.ts";
import type { TxRun } from "./session.ts";
import { asMap } from "./values.ts";

/** What the planner reads, from inside the write transaction (so it sees the locks' winner's writes). */
export function txReader(run: TxRun): FactReader {
  return {
    async node(id) {
      const [row] = await run(READ_NODES_BY_ID, { ids: [id] });
      return row ? nodeFromProps(asMap(row.props)) : null;
    },
    async edge(id) {
      const ends = parseEdgeId(id);
      if (!ends) return null;
      const [row] = await run(READ_EDGES_BY_ID, { rows: [{ id, source: ends.source, target: ends.target }] });
      return row
        ? edgeFromRecord({ props: asMap(row.props), source: String(row.source), target: String(row.target) })
        : null;
    },
    async edgesOf(id) {
      const rows = await run(EDGES_OF_NODE, { id });
      return rows.map((row) =>
        edgeFromRecord({ props: asMap(row.props), source: String(row.source), target: String(row.target) }),
      );
    },
    async articleText(id) {
      const [row] = await run(ARTICLE_BY_ID, { id });
      const text = row ? asMap(row.article).text : null;
      return typeof text === "string" ? text : null;
    },
  };
}

const edgeRef = (id: string) => {
  const ends = parseEdgeId(id);
  return ends ? [{ id, source: ends.source, target: ends.target }] : [];
};

export async function writeChange(run: TxRun, change: RecordChange) {
  const gone = [...change.edges].filter(([, e]) => e === null).flatMap(([id]) => edgeRef(id));
  for (const rows of chunks(gone)) await run(DELETE_EDGES_BY_ID, { rows });
  const nodes = [...change.nodes.values()].filter((n): n is GraphNode => n !== null);
  for (const part of chunks(nodes)) {
    await run(REMOVE_KIND_LABELS, { ids: part.map((n) => n.id) });
    await run(WRITE_NODES, { rows: part.map(nodeToRow) });
  }
  for (const [kind, group] of groupBy(nodes, (n) => n.kind as NodeKind)) {
    for (const part of chunks(group)) await run(NODE_LABEL_BY_KIND[kind], { ids: part.map((n) => n.id) });
  }
  const edges = [...change.edges.values()].filter((e): e is GraphEdge => e !== null);
  for (const [kind, group] of groupBy(edges, (e) => e.kind as EdgeKind)) {
    for (const part of chunks(group)) await run(WRITE_EDGES_BY_KIND[kind], { rows: part.map(edgeToRow) });
  }
  const deleted = [...change.nodes].filter(([, n]) => n === null).map(([id]) => id);
  for (const ids of chunks(deleted)) await run(DELETE_NODES_BY_ID, { ids });
}

/** An audit entry as a (:Correction) node: the filterable fields as properties, the whole entry as JSON. */
const correctionRow = (entry: AuditEntry) => {
  const props: Record<string, unknown> = {
    at: entry.at,
    by: entry.by,
    action: entry.action,
    targetKind: entry.target.kind,
    targetId: entry.target.id,
    touched: entry.touched,
    entry: JSON.stringify(entry),
  };
  if (entry.reason !== null) props.reason = entry.reason;
  if (entry.revertOf !== null) props.revertOf = entry.revertOf;
  return { id: entry.id, props };
};

export async function writeCorrections(run: TxRun, entries: AuditEntry[]) {
  for (const part of chunks(entries)) await run(WRITE_CORRECTIONS, { rows: part.map(correctionRow) });
}

const nodesOfEdge = (id: string) => {
  const ends = parseEdgeId(id);
  return ends ? [ends.source, ends.target] : [];
};

/**
 * The nodes whose write locks a change takes first: the facts it names (an edge through its two ends), and
 * for facts added by hand the article, so two editors adding from one quote queue up.
 */
export function lockIdsOf(inputs: CurationInput[]): string[] {
  const ids = inputs.flatMap((input): string[] => {
    switch (input.action) {
      case "set-status":
        return input.target.kind === "event" || input.target.kind === "entity"
          ? [input.target.id]
          : nodesOfEdge(input.target.id);
      case "edit-event":
      case "edit-entity":
      case "split-entity":
        return [input.id];
      case "merge-entities":
        return [input.id, input.into];
      case "edit-office":
        return nodesOfEdge(input.id);
      case "add-event":
        return [articleNodeId(toArticleId(input.event.source.articleId))];
      case "add-entity":
        return [articleNodeId(toArticleId(input.entity.source.articleId))];
      case "add-office":
        return [input.office.person, articleNodeId(toArticleId(input.office.source.articleId))];
      default:
        // A revert locks what its entry touched (lockIdsOfEntry).
        return [];
    }
  });
  // Sorted, so two transactions lock shared nodes in the same order and do not deadlock each other.
  return [...new Set(ids)].sort();
}

/** A revert locks every node its entry touched. */
export const lockIdsOfEntry = (entry: AuditEntry) =>
  [...new Set(entry.touched.flatMap((id) => (parseEdgeId(id) ? nodesOfEdge(id) : [id])))].sort();
