/**
 * stats() on Neo4j: counts by label and relationship type from the count store, the article count, and
 * the event date range from the two ends of the event_date index: no statement scans the graph.
 */
import type { Stats } from "../../../model/api.ts";
import { EDGE_KINDS, type EdgeKind, NODE_KINDS, type NodeKind } from "../../../model/kinds.ts";
import {
  STATS_ARTICLES,
  STATS_EDGES_BY_TYPE,
  STATS_FIRST_DATE,
  STATS_LAST_DATE,
  STATS_NODES_BY_LABEL,
} from "./cypherReads.ts";
import type { CypherRunner, Row } from "./session.ts";
import { toJsNumber } from "./values.ts";

/** Every known kind present, zero when absent; kinds the model does not know are ignored. */
export function countsByKind<K extends string>(kinds: readonly K[], rows: Row[]): Record<K, number> {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) {
    const kind = String(row.kind) as K;
    if (kind in counts) counts[kind] += toJsNumber(row.count);
  }
  return counts;
}

export async function readStats(db: CypherRunner): Promise<Stats> {
  const [nodeRows, edgeRows, articleRows, firstRows, lastRows] = await Promise.all([
    db.read(STATS_NODES_BY_LABEL),
    db.read(STATS_EDGES_BY_TYPE),
    db.read(STATS_ARTICLES),
    db.read(STATS_FIRST_DATE),
    db.read(STATS_LAST_DATE),
  ]);
  const dateOf = (rows: Row[]) => (typeof rows[0]?.date === "string" ? rows[0].date : null);
  return {
    store: "neo4j",
    nodes: countsByKind<NodeKind>(NODE_KINDS, nodeRows),
    edges: countsByKind<EdgeKind>(EDGE_KINDS, edgeRows),
    articles: toJsNumber(articleRows[0]?.count ?? 0),
    dateRange: { from: dateOf(firstRows), to: dateOf(lastRows) },
  };
}
