/**
 * upsert() on Neo4j, in one write transaction: read the records the batch touches, merge them with the
 * embedded store's own rules (upsertInto on a small in-memory copy: same validation, same counts), then
 * write the merged records back whole. A batch that fails validation (an edge to an unknown node, an edge
 * id already used between other nodes) throws before anything is written.
 */
import type { GraphBatch, GraphEdge, GraphNode } from "../../../model/graph.ts";
import type { NodeKind } from "../../../model/kinds.ts";
import type { UpsertResult } from "../../../model/store.ts";
import { upsertInto } from "../memory/state.ts";
import { chunks, groupBy } from "./batches.ts";
import {
  NODE_LABEL_BY_KIND,
  READ_EDGES_WITH_IDS,
  READ_NODES_BY_ID,
  WRITE_EDGES_BY_KIND,
  WRITE_NODES,
} from "./cypher.ts";
import { edgeFromRecord, edgeToRow, nodeFromProps, nodeToRow } from "./mapping.ts";
import type { TxRun } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { asMap, toPlain } from "./values.ts";

/** Round-trips records through the stored form, so old and new compare field by field, not by key order. */
const canonicalNode = (n: GraphNode) => nodeFromProps(asMap(toPlain(nodeToRow(n).props)));
const canonicalEdge = (e: GraphEdge) =>
  edgeFromRecord({ props: asMap(toPlain(edgeToRow(e).props)), source: e.source, target: e.target });

/** Checks the shape before mapping, so a malformed record gets a message instead of a TypeError. */
function assertShape(batch: GraphBatch) {
  if (!Array.isArray(batch?.nodes) || !Array.isArray(batch?.edges)) {
    throw new Error("upsert: a batch needs `nodes` and `edges` arrays");
  }
  for (const n of batch.nodes) {
    if (!n?.id || !n.kind || !n.name)
      throw new Error(`upsert: node ${JSON.stringify(n?.id)} lacks id, kind or name`);
  }
  for (const e of batch.edges) {
    if (!e?.id || !e.kind || !e.source || !e.target)
      throw new Error(`upsert: edge ${JSON.stringify(e?.id)} lacks id, kind or ends`);
  }
}

async function readNodes(run: TxRun, builder: SubgraphBuilder, ids: string[]) {
  for (const part of chunks(ids)) {
    for (const row of await run(READ_NODES_BY_ID, { ids: part })) builder.addNodeProps(asMap(row.props));
  }
}

/**
 * The stored records a batch touches. Edges are looked up by id alone, with both their ends, so an id
 * already used between other nodes reaches the merge, whose validation refuses it ("already joins").
 */
async function readExisting(run: TxRun, batch: GraphBatch) {
  const nodeIds = new Set([
    ...batch.nodes.map((n) => n.id),
    ...batch.edges.flatMap((e) => [e.source, e.target]),
  ]);
  const builder = new SubgraphBuilder();
  await readNodes(run, builder, [...nodeIds]);
  const otherEnds = new Set<string>();
  const named = new Set<string>(nodeIds);
  for (const ids of chunks([...new Set(batch.edges.map((e) => e.id))])) {
    const rows = await run(READ_EDGES_WITH_IDS, { ids });
    builder.addRows(rows);
    for (const row of rows) {
      for (const end of [String(row.source), String(row.target)]) if (!named.has(end)) otherEnds.add(end);
    }
  }
  await readNodes(run, builder, [...otherEnds]);
  return builder;
}

async function writeMerged(run: TxRun, nodes: GraphNode[], edges: GraphEdge[]) {
  for (const rows of chunks(nodes.map(nodeToRow))) await run(WRITE_NODES, { rows });
  for (const [kind, group] of groupBy(nodes, (n) => n.kind as NodeKind)) {
    for (const part of chunks(group)) await run(NODE_LABEL_BY_KIND[kind], { ids: part.map((n) => n.id) });
  }
  for (const [kind, group] of groupBy(edges, (e) => e.kind)) {
    for (const part of chunks(group)) await run(WRITE_EDGES_BY_KIND[kind], { rows: part.map(edgeToRow) });
  }
}

/** Merges and writes a batch; returns the counts and the nodes as now stored (for the search index). */
export async function upsertBatch(
  run: TxRun,
  batch: GraphBatch,
): Promise<{ result: UpsertResult; nodes: GraphNode[] }> {
  assertShape(batch);
  const canonical: GraphBatch = {
    nodes: batch.nodes.map(canonicalNode),
    edges: batch.edges.map((e) => canonicalEdge({ ...e, evidence: e.evidence ?? [] })),
  };
  const state = (await readExisting(run, canonical)).build();
  const result = upsertInto(state, canonical);
  const nodeIds = new Set(canonical.nodes.map((n) => n.id));
  const edgeIds = new Set(canonical.edges.map((e) => e.id));
  const nodes = [...nodeIds].map((id) => state.graph.getNodeAttributes(id));
  const edges = [...edgeIds].map((id) => state.graph.getEdgeAttributes(id));
  await writeMerged(run, nodes, edges);
  return { result, nodes };
}
